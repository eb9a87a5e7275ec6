/**
 * The conformance CLI on hostile recordings: prototype-polluting keys, a 10 MB line, a line nested 200,000
 * levels deep and invalid UTF-8 are each reported with their line number (as malformed, or as the violations
 * they are), the lines around them are still checked, and nothing reaches Object.prototype or carries over
 * from one line to the next.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConformance, type MalformedItem, type ReportedViolation } from '../../scripts/conformance/run.ts';
import { MAX_LINE_BYTES } from '../../scripts/conformance/read-ndjson.ts';
import { customer, runCli, tempFile } from './helpers.ts';

const good = JSON.stringify({
  method: 'GET',
  url: 'https://api.razorpay.com/v1/customers/cust_1Aa00000000001',
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: customer,
});
const exchangeWith = (body: string) =>
  `{"method":"GET","url":"https://api.razorpay.com/v1/customers/cust_1Aa00000000001","status":200,"headers":{"content-type":"application/json"},"body":${body}}`;

/** Line by line: what each is, in file order. */
const LINES: Array<[string, Buffer]> = [
  ['good', Buffer.from(good)],
  [
    'polluting keys',
    Buffer.from(
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"method":"GET","url":"https://api.razorpay.com/v1/customers","status":200,"headers":{"__proto__":"x","content-type":"application/json"},"body":{"__proto__":{"polluted":1},"entity":"collection","count":0,"items":[]},"request":{"headers":{"__proto__":"y"}}}',
    ),
  ],
  ['good', Buffer.from(good)],
  ['10 MB line', Buffer.from(exchangeWith(JSON.stringify({ ...customer, name: 'x'.repeat(10_000_000) })))],
  ['good', Buffer.from(good)],
  ['200,000 levels deep', Buffer.from(exchangeWith(`${'{"notes":'.repeat(200_000)}1${'}'.repeat(200_000)}`))],
  ['invalid UTF-8', Buffer.concat([Buffer.from(exchangeWith('{"name":"')), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')])],
  ['good', Buffer.from(good)],
];

function writeHostileFile(): string {
  const file = tempFile('hostile.ndjson', '');
  writeFileSync(file, Buffer.concat(LINES.flatMap(([, line]) => [line, Buffer.from('\n')])));
  return file;
}

describe('the conformance checker on hostile recordings', () => {
  it('reports each hostile line by number and checks the lines around it', async () => {
    const malformed: MalformedItem[] = [];
    const violations: ReportedViolation[] = [];
    const summary = await runConformance(writeHostileFile(), {
      onMalformed: (item) => malformed.push(item),
      onViolation: (v) => violations.push(v),
    });
    expect(malformed).toEqual([
      { number: 4, message: `the line is longer than ${MAX_LINE_BYTES} bytes` },
      { number: 7, message: 'the line is not valid UTF-8' },
    ]);
    // The deep line is parsed (without recursion) and its body reported as not a customer, at line 6; the
    // polluting line is checked as data: its keys are just keys of a valid collection answer.
    expect(new Set(violations.map((v) => v.number))).toEqual(new Set([6]));
    expect(violations.map((v) => v.pointer)).toContain('/id');
    expect(summary.exchanges).toBe(6);
    expect(summary.operations.find((o) => o.operation === 'fetchCustomer')).toMatchObject({ exchanges: 5, failed: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  }, 60_000);

  it('the CLI prints the malformed lines and exits 1, having checked the rest', () => {
    const { status, stdout, stderr } = runCli([writeHostileFile()]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toMatch(/line 4: .*longer than/);
    expect(stdout).toMatch(/line 6: razorpay fetchCustomer GET 200 response_schema_conformance body \/id/);
    expect(stdout).toMatch(/line 7: .*not valid UTF-8/);
    expect(stdout).toMatch(/^razorpay\s+fetchCustomer\s+5\s+4\s+1\s+\d+$/m);
  }, 60_000);
});
