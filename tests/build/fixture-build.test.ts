import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildContracts, type BuildResult } from '../../scripts/build/build-contracts.mjs';
import { fixtureWorkspace, repoRoot } from './workspace.ts';

const apis = ['gateway', 'juspay', 'razorpay'];
let workspace: { dir: string; configPath: string };
let outDir: string;
let result: BuildResult;
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  // Inside the repo so the generated clients resolve openapi-fetch.
  workspace = await fixtureWorkspace(repoRoot);
  outDir = path.join(workspace.dir, 'generated');
  result = await buildContracts({ configPath: workspace.configPath, outDir });
}, 60_000);
afterAll(() => rm(workspace.dir, { recursive: true, force: true }));

describe('build output', () => {
  it('writes the documented files and nothing else', () => {
    expect(result.files).toEqual([
      'README.md',
      'build-inputs.sha256',
      'docs/gateway.html',
      'docs/index.html',
      'docs/juspay.html',
      'docs/razorpay.html',
      ...apis.flatMap((api) => [`${api}/client.ts`, `${api}/openapi.json`, `${api}/openapi.yaml`, `${api}/types.ts`]),
    ]);
  });

  it('marks every text file it can as generated, naming its source and the command', async () => {
    for (const api of apis) {
      for (const file of [`${api}/openapi.yaml`, `${api}/types.ts`, `${api}/client.ts`, `docs/${api}.html`]) {
        const head = (await read(file)).slice(0, 400);
        expect(head, file).toContain('Generated — do not edit.');
        expect(head, file).toContain(`spec/${api}/`);
        expect(head, file).toContain('npm run build');
      }
    }
    expect(await read('README.md')).toMatch(/every file in this directory is generated/i);
  });

  it('bundles exactly like `redocly bundle <alias>`', async () => {
    const cliOut = path.join(workspace.dir, 'cli-bundle.json');
    await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/redocly'), ['bundle', 'gateway@v1', '--ext', 'json', '-o', cliOut], {
      cwd: workspace.dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    expect(JSON.parse(await read('gateway/openapi.json'))).toEqual(JSON.parse(await readFile(cliOut, 'utf8')));
  }, 20_000);

  it('keeps code samples out of the published bundle', async () => {
    expect(await read('razorpay/openapi.json')).not.toContain('x-codeSamples');
  });

  it('types tagged unions with exact literals and keeps defaulted request fields optional', async () => {
    const gateway = await read('gateway/types.ts');
    expect(gateway).toMatch(/vendor: "razorpay";/);
    expect(gateway).toMatch(/vendor: "juspay";/);
    const razorpay = await read('razorpay/types.ts');
    expect(razorpay).toMatch(/entity: "collection";/);
    expect(razorpay).toMatch(/fail_existing\?: "0" \| "1";/);
  });
});

describe('docs', () => {
  it('render offline: no script, stylesheet, font or image is loaded from the network', async () => {
    for (const api of apis) {
      const html = await read(`docs/${api}.html`);
      expect(html, api).not.toMatch(/<(script|img|iframe)\b[^>]*\bsrc=["']?(https?:)?\/\//i);
      expect(html, api).not.toMatch(/<link\b[^>]*\bhref=["']?(https?:)?\/\//i);
      expect(html, api).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
      expect(html, api).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
    }
  });

  it('carry a curl and a TypeScript sample for every operation, built from the examples', async () => {
    const definition = (html: string) => JSON.parse(/const __redoc_definition = (.*);\n/.exec(html)![1]!.replace(/\\u003c/g, '<'));
    for (const api of apis) {
      const bundled = JSON.parse(await read(`${api}/openapi.json`));
      const docs = definition(await read(`docs/${api}.html`));
      for (const [route, item] of Object.entries<any>(docs.paths)) {
        for (const [method, operation] of Object.entries<any>(item)) {
          if (method === 'parameters') continue;
          const [curl, typescript] = operation['x-codeSamples'];
          expect(curl.label).toBe('curl');
          expect(curl.source).toContain(`curl --request ${method.toUpperCase()}`);
          expect(curl.source).toContain(bundled.servers[0].url + route.split('{')[0]);
          expect(typescript.label).toBe('TypeScript');
          expect(typescript.source).toContain(`from 'cloudlesspay-contracts/${api}'`);
          expect(typescript.source).toContain(`.${method.toUpperCase()}("${route}"`);
        }
      }
    }
    const juspay = definition(await read('docs/juspay.html'));
    const [curl, typescript] = juspay.paths['/customers'].post['x-codeSamples'];
    expect(curl.source).toContain(`--data-urlencode 'options.get_client_auth_token=true'`);
    expect(curl.source).toContain(`--header 'x-merchantid: guest_merchant'`);
    expect(typescript.source).toContain('"options.get_client_auth_token": "true"');
    expect(typescript.source).not.toContain('x-merchantid');
  });

  it('land on an index linking each reference with its title, version and operation count', async () => {
    const index = await read('docs/index.html');
    for (const api of apis) expect(index).toContain(`href="${api}.html"`);
    expect(index).toContain('Razorpay Customers (fixture)</a> <small>v1.0.0</small>');
    expect(index).toContain('2 operations');
    expect(index).toContain('1 operation ');
    expect(index).not.toMatch(/(src|href)=["']?https?:/);
  });
});

describe('generated clients', () => {
  const requests: Request[] = [];
  const importClient = (api: string) => import(pathToFileURL(path.join(outDir, api, 'client.ts')).href);
  const stubFetch = (body: unknown) =>
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push(request);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  afterEach(() => {
    vi.unstubAllGlobals();
    requests.length = 0;
  });

  it('gateway: x-api-key and the production base URL by default', async () => {
    stubFetch({ vendor: 'razorpay', data: { id: 'cust_1', entity: 'customer' } });
    const { createGatewayClient } = await importClient('gateway');
    const { data } = await createGatewayClient({ apiKey: 'test_key' }).POST('/customer/create', { body: { name: 'Kumar' } });
    expect(data.vendor).toBe('razorpay');
    expect(requests[0]!.url).toBe('https://www.cloudlesspayment.com/api/customer/create');
    expect(requests[0]!.headers.get('x-api-key')).toBe('test_key');
  });

  it('razorpay: Basic keyId:keySecret, overridable base URL', async () => {
    stubFetch({ id: 'cust_1', entity: 'customer' });
    const { createRazorpayClient } = await importClient('razorpay');
    const client = createRazorpayClient({ keyId: 'rzp_test_a', keySecret: 's3cret', baseUrl: 'http://127.0.0.1:4010' });
    await client.GET('/customers/{id}', { params: { path: { id: 'cust_1Aa00000000001' } } });
    expect(requests[0]!.url).toBe('http://127.0.0.1:4010/customers/cust_1Aa00000000001');
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa('rzp_test_a:s3cret')}`);
  });

  it('juspay: key-only Basic auth, merchant and version headers, form-encoded flat body', async () => {
    stubFetch({ id: 'cth_1', object: 'customer' });
    const { createJuspayClient } = await importClient('juspay');
    const client = createJuspayClient({ apiKey: 'jp_key', merchantId: 'guest_merchant', version: '2019-05-07' });
    await client.POST('/customers', {
      body: { object_reference_id: 'a@example.com', mobile_number: '9988776655', 'options.get_client_auth_token': 'true' },
    });
    const request = requests[0]!;
    expect(request.url).toBe('https://api.juspay.in/customers');
    expect(request.headers.get('authorization')).toBe(`Basic ${btoa('jp_key:')}`);
    expect(request.headers.get('x-merchantid')).toBe('guest_merchant');
    expect(request.headers.get('version')).toBe('2019-05-07');
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(await request.text()).toBe('object_reference_id=a%40example.com&mobile_number=9988776655&options.get_client_auth_token=true');
  });
});
