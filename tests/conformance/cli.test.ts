/**
 * The conformance CLI end to end: exit codes, per-violation lines with line/entry numbers and pointers,
 * malformed lines, HAR input and API inference.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApiInference } from '../../scripts/conformance/infer-api.ts';
import { SPLIT_MIN_BYTES } from '../../scripts/conformance/split-ndjson.ts';
import { customer, recordings, repoRoot, runCli, tempFile } from './helpers.ts';

const json = { 'content-type': 'application/json' };

const ndjson = (...lines: unknown[]): string => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');

describe('conformance CLI', () => {
  it('exits 0 and prints the per-operation summary for conforming recordings', () => {
    const { status, stdout } = runCli([recordings('juspay.ndjson')]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^API\s+Operation\s+Exchanges\s+Passed\s+Failed\s+Violations$/m);
    expect(stdout).toMatch(/^juspay\s+createCustomer\s+5\s+5\s+0\s+0$/m);
  });

  it('exits 1 and names line, operation, status, check and pointer of each violation', () => {
    const file = tempFile(
      'bad.ndjson',
      ndjson(
        { method: 'GET', url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001', status: 200, headers: json, body: customer },
        {
          method: 'GET',
          url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
          status: 200,
          headers: json,
          body: { ...customer, created_at: '2022-06-15' },
        },
        {
          method: 'GET',
          url: 'https://api.razorpay.com/v1/customers?count=101',
          status: 200,
          headers: json,
          body: { entity: 'collection', count: 0, items: [] },
        },
        { method: 'GET', url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001', status: 503, headers: json, body: {} },
        {
          method: 'GET',
          url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
          status: 200,
          headers: { 'content-type': 'text/html' },
          body: '<html></html>',
        },
        { method: 'PATCH', url: 'https://api.razorpay.com/v1/customers', status: 200 },
      ),
    );
    const { status, stdout } = runCli([file]);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'line 2: razorpay fetchCustomer GET 200 response_schema_conformance body /created_at — /created_at must be integer',
    );
    expect(stdout).toContain('line 3: razorpay fetchAllCustomers GET 200 negative_data_rejection query /count');
    expect(stdout).toContain('line 4: razorpay fetchCustomer GET 503 not_a_server_error');
    expect(stdout).toContain('line 4: razorpay fetchCustomer GET 503 status_code_conformance');
    expect(stdout).toContain('line 5: razorpay fetchCustomer GET 200 content_type_conformance');
    expect(stdout).toMatch(/line 6: razorpay \(undocumented route\) PATCH 200 route_documented .*PATCH \/v1\/customers is not documented/);
    expect(stdout).not.toMatch(/^line 1:/m);
    expect(stdout).toMatch(/^razorpay\s+fetchCustomer\s+4\s+1\s+3\s+4$/m);
  });

  it('reports required response headers that are missing', () => {
    const file = tempFile(
      'headers.ndjson',
      ndjson({
        method: 'POST',
        url: 'https://www.cloudlesspayment.com/api/customer/create',
        status: 429,
        headers: json,
        body: { status: 'error', message: 'Too many requests' },
      }),
    );
    const { status, stdout } = runCli([file]);
    expect(status).toBe(1);
    expect(stdout).toContain('line 1: gateway createCustomer POST 429 response_headers_conformance header /Retry-After');
  });

  it('reports a malformed line with its number and still checks the rest', () => {
    const file = tempFile(
      'mixed.ndjson',
      ndjson(
        '{"method": "GET", "url": ',
        {
          method: 'GET',
          url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
          status: 200,
          headers: json,
          body: { ...customer, created_at: '2022-06-15' },
        },
        '',
        { url: 'https://api.razorpay.com/v1/customers', status: 200 },
      ),
    );
    const { status, stdout } = runCli([file]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^line 1: malformed: not valid JSON/m);
    expect(stdout).toContain(
      'line 2: razorpay fetchCustomer GET 200 response_schema_conformance body /created_at — /created_at must be integer',
    );
    expect(stdout).toMatch(/^line 4: malformed: "method" must be a non-empty string/m);
    expect(stdout).toContain('2 malformed lines could not be checked');
  });

  it('checks a file too large for one process in two parts, with absolute line numbers and one summary', () => {
    const good = JSON.stringify({
      method: 'GET',
      url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
      status: 200,
      headers: json,
      body: customer,
    });
    const bad = JSON.stringify({
      method: 'GET',
      url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
      status: 200,
      headers: json,
      body: { ...customer, created_at: '2022-06-15' },
    });
    const count = Math.ceil(SPLIT_MIN_BYTES / good.length) + 1_000;
    const lines = Array.from({ length: count }, () => good);
    lines[2] = bad; // line 3, in the first part
    lines[19_999] = '{"method": '; // line 20000, malformed
    lines[count - 1_000] = bad; // in the second part
    const file = tempFile('large.ndjson', lines.join('\n'));
    expect(statSync(file).size).toBeGreaterThanOrEqual(SPLIT_MIN_BYTES);

    // Every process of the run notes its entry script, through a module Node preloads in each (NODE_OPTIONS).
    const dir = mkdtempSync(join(tmpdir(), 'conformance-processes-'));
    const log = join(dir, 'processes.txt');
    const preload = join(dir, 'note-process.mjs');
    writeFileSync(preload, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, process.argv[1] + '\\n');\n`);
    const split = runCli([file, '--jobs', '2'], {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
    });
    const entries = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((entry) => relative(repoRoot, entry));
    expect(entries.sort()).toEqual(['scripts/conformance.ts', 'scripts/conformance/check-part.ts', 'scripts/conformance/check-part.ts']);

    expect(split.status).toBe(1);
    const first = split.stdout.indexOf('line 3: razorpay fetchCustomer GET 200 response_schema_conformance body /created_at');
    const last = split.stdout.indexOf(`line ${count - 999}: razorpay fetchCustomer GET 200 response_schema_conformance body /created_at`);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    expect(split.stdout).toMatch(/^line 20000: malformed: not valid JSON/m);
    expect(split.stdout).toMatch(new RegExp(`^razorpay\\s+fetchCustomer\\s+${count - 1}\\s+${count - 3}\\s+2\\s+2$`, 'm'));
    // One process reads the same file to the same report, byte for byte.
    const single = runCli([file]);
    expect([split.status, split.stdout]).toEqual([single.status, single.stdout]);
  }, 60_000);

  it('reads HAR files entry by entry, numbering entries', () => {
    const entry = (url: string, status: number, body: unknown) => ({
      startedDateTime: '2025-01-01T00:00:00Z',
      request: {
        method: 'GET',
        url,
        headers: [
          { name: 'Authorization', value: 'Basic eW91cl9hcGlfa2V5Og==' },
          { name: 'x-merchantid', value: 'merchant_id' },
        ],
      },
      response: {
        status,
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        content: { mimeType: 'application/json', text: JSON.stringify(body) },
      },
    });
    const good = {
      id: 'cst_om2l6ctlptxwxuzj',
      object: 'customer',
      object_reference_id: 'user01@example.com',
      mobile_number: '9988776655',
      date_created: '2016-08-02T08:07:52+0000',
      last_updated: '2016-08-02T08:07:52+0000',
      email_address: 'user01@example.com',
      first_name: 'John',
      last_name: 'Smith',
      mobile_country_code: '91',
    };
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'test', version: '1' },
        entries: [
          entry('https://api.juspay.in/customers/cst_om2l6ctlptxwxuzj', 200, good),
          entry('https://sandbox.juspay.in/customers/cst_om2l6ctlptxwxuzj', 200, {
            ...good,
            mobile_number: 9988776655,
            note: 'braces } and [ in "strings"',
          }),
          { request: { url: 'https://api.juspay.in/customers' } },
        ],
      },
    };
    const { status, stdout } = runCli([tempFile('traffic.har', JSON.stringify(har, null, 2))]);
    expect(status).toBe(1);
    expect(stdout).not.toMatch(/^entry 1:/m);
    expect(stdout).toContain('entry 2: juspay getCustomer GET 200 response_schema_conformance body /mobile_number');
    expect(stdout).toMatch(/^entry 3: malformed: entry has no request.method/m);
    expect(stdout).toMatch(/^juspay\s+getCustomer\s+2\s+1\s+1\s+1$/m);
  });

  // Five runs of the CLI, each starting tsx and loading the contracts: slow on a loaded machine.
  it('checks relative URLs against the API given with --api, and rejects unknown options', () => {
    const file = tempFile(
      'relative.ndjson',
      ndjson({ method: 'GET', url: '/orders/order_1Aa00000000002', status: 200, headers: json, body: { id: 'order_1Aa00000000002' } }),
    );
    const inferred = runCli([file]);
    expect(inferred.stdout).toContain('cannot tell which API /orders/order_1Aa00000000002 belongs to');
    const given = runCli([file, '--api', 'razorpay']);
    expect(given.stdout).toMatch(/^razorpay\s+fetchOrder\s+1/m);
    expect(runCli([file, '--api', 'stripe']).status).toBe(2);
    expect(runCli([]).status).toBe(2);
    expect(runCli(['no-such-file.ndjson']).stderr).toContain('no such file');
    const directory = runCli(['tests/recordings']);
    expect(directory).toMatchObject({ status: 2, stderr: expect.stringContaining('tests/recordings is not a file') });
    expect(directory.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  }, 30_000);
});

describe("API inference (hosts from each spec's servers, paths from the registry)", () => {
  const inferApi = loadApiInference();
  it.each([
    ['https://www.cloudlesspayment.com/api/customer/get?id=cust_QvyFrutz4UBEbh', 'gateway'],
    ['http://127.0.0.1:4010/api/customer/create', 'gateway'],
    ['https://api.razorpay.com/v1/customers', 'razorpay'],
    ['/v1/orders/order_1Aa00000000002', 'razorpay'],
    ['https://sandbox.juspay.in/customers/cst_om2l6ctlptxwxuzj', 'juspay'],
    ['https://api.juspay.in/customers', 'juspay'],
    ['/customers/cst_om2l6ctlptxwxuzj', 'juspay'],
    ['https://example.com/other', undefined],
  ])('%s → %s', (url, api) => {
    expect(inferApi(url)).toBe(api);
  });
});

describe('HAR reader', () => {
  it('cuts entries out across read chunks, whatever strings they hold', async () => {
    const { readHar } = await import('../../scripts/conformance/read-har.ts');
    // Bodies longer than the reader's 64 KiB chunk, with braces, brackets, quotes and escapes inside strings.
    const text = `x{}[]"\\\\ ${'y'.repeat(70_000)} \\"}`;
    const entries = Array.from({ length: 5 }, (_, i) => ({
      request: { method: 'GET', url: `https://api.juspay.in/customers/cst_${i}`, headers: [] },
      response: { status: 200, headers: [], content: { mimeType: 'application/json', text: JSON.stringify({ i, text }) } },
    }));
    const file = tempFile('big.har', JSON.stringify({ log: { version: '1.2', pages: [{ id: '[{' }], entries } }));
    const seen: Array<{ number: number; i: unknown }> = [];
    for await (const items of readHar(file)) {
      for (const item of items)
        seen.push({
          number: item.number,
          i:
            (item.value as { body: { i: number; text: string } }).body.text === text
              ? (item.value as { body: { i: number } }).body.i
              : 'corrupt',
        });
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => ({ number: i + 1, i })));
  });
});
