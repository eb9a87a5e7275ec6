/**
 * The package is importable: `npm pack` (whose `prepack` compiles dist/), install the tarball into a fresh
 * project outside the repository, type-check there with the repo's TypeScript version the consumers in
 * tests/package/consumer/ (ESM, and CommonJS through require(esm)) and the gateway documentation's own SDK
 * snippets (seed 000, verbatim), then run the consumers against a local server and check what went over the wire.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { loadApiInference } from '../../scripts/conformance/infer-api.ts';
import { Contract } from '../../scripts/lib/contract.ts';
import { SEED_FILE, seedCreateBody, seedSnippets, seedUpdateBody } from '../sdk/seed.ts';
import { vendorAnswers } from './vendor-answers.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const consumerSources = ['consumer.mts', 'consumer.cts'].map((name) => fileURLToPath(new URL(`./consumer/${name}`, import.meta.url)));
const repoPackage = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));

const credentials = {
  gatewayApiKey: 'key_test_gateway',
  razorpayBasic: `Basic ${Buffer.from('rzp_test_key:rzp_test_secret').toString('base64')}`,
  juspayBasic: `Basic ${Buffer.from('juspay_test_key:').toString('base64')}`,
};

/**
 * `npm test` runs under npm, which exports `npm_*` variables (its own prefix, the repo's package.json);
 * nested npm calls would inherit them and act on the repository instead of the temporary project.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

async function sh(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, env: cleanEnv(), maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`,
      { cause: error },
    );
  }
}

/**
 * The seed's four snippets as they stand, one function each, with the seed's "Body Parameters" as `data` for the
 * two calls that send one: what an integrator who copies the documentation compiles.
 */
function seedModule(): string {
  const bodies = [seedCreateBody, seedUpdateBody];
  const functions = seedSnippets.map((snippet, index) => {
    const data = snippet.call.includes('(data)') || snippet.call.includes(', data)') ? bodies.shift() : undefined;
    return [
      `export async function snippet${index}(customerId: string) {`,
      ...(data ? [`  const data = ${JSON.stringify(data, null, 2).replaceAll('\n', '\n  ')};`] : []),
      ...snippet.lines.map((line) => `  ${line}`),
      '  return { customerId, response };',
      '}',
    ].join('\n');
  });
  return [
    `// ${SEED_FILE}: its SDK snippets, verbatim.`,
    `import { CloudlessPayment } from 'cloudlesspay-contracts/gateway';`,
    ...functions,
    '',
  ].join('\n\n');
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let workDir: string;
let projectDir: string;
let packed: PackResult;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'cloudlesspay-pack-'));
  packed = (JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', workDir], repoRoot)) as PackResult[])[0]!;

  projectDir = join(workDir, 'consumer');
  await mkdir(projectDir);
  await writeFile(join(projectDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  await writeFile(
    join(projectDir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023'],
          types: ['node'],
          strict: true,
          resolveJsonModule: true,
          outDir: 'out',
        },
        files: ['consumer.mts', 'consumer.cts', 'seed.mts'],
      },
      null,
      2,
    ),
  );
  for (const source of consumerSources) await copyFile(source, join(projectDir, basename(source)));
  await writeFile(join(projectDir, 'seed.mts'), seedModule());
  await sh(
    'npm',
    [
      'install',
      join(workDir, packed.filename),
      `typescript@${repoPackage.devDependencies.typescript}`,
      `@types/node@${repoPackage.devDependencies['@types/node']}`,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    projectDir,
  );
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships compiled JS and declarations for every entry point, and neither specs, tests nor docs', async () => {
    const files = packed.files.map((file) => file.path);
    for (const api of API_NAMES) {
      for (const file of ['client.js', 'client.d.ts', 'types.js', 'types.d.ts']) expect(files).toContain(`dist/${api}/${file}`);
      expect(files).toContain(`generated/${api}/openapi.json`);
    }
    for (const file of ['sdk-runtime.js', 'sdk-runtime.d.ts', 'strict-client.d.ts']) expect(files).toContain(`dist/${file}`);
    expect(files.filter((file) => /^(spec|tests|scripts|generated\/docs)\//.test(file))).toEqual([]);

    // The exports are patterns (`./*` → `./dist/*/client.js`): every API of the registry fills each of them.
    const installed = JSON.parse(await readFile(join(projectDir, 'node_modules/cloudlesspay-contracts/package.json'), 'utf8'));
    const targets = Object.values<string | Record<string, string>>(installed.exports)
      .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
      .flatMap((target) => API_NAMES.map((api) => target.replace(/^\.\//, '').replace('*', api)));
    expect(targets.filter((target) => !files.includes(target))).toEqual([]);
  });

  it("type-checks consumers of ./gateway, ./razorpay and ./juspay (ESM and CommonJS) and the seed's SDK snippets", async () => {
    expect(seedSnippets).toHaveLength(4);
    await sh(join(projectDir, 'node_modules/.bin/tsc'), ['-p', '.', '--noEmit'], projectDir);
  }, 60_000);
});

interface ReceivedRequest {
  api: ApiName;
  operationId: string | undefined;
  method: string;
  url: URL;
  pathParams: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('the installed clients against a local server', () => {
  const contracts = Object.fromEntries(API_NAMES.map((api) => [api, Contract.load(api)])) as Record<ApiName, Contract>;
  const received: ReceivedRequest[] = [];
  let server: Server;
  let origin: string;

  /** Routes by the registry's path prefixes, as conformance recognises recorded traffic. */
  const inferApi = loadApiInference();
  function apiOf(pathname: string): ApiName {
    const api = inferApi(pathname);
    if (!api) throw new Error(`no API serves ${pathname}`);
    return api;
  }

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const api = apiOf(url.pathname);
        const match = contracts[api].match(request.method ?? 'GET', url.pathname);
        const operationId = match?.info.operationId;
        received.push({
          api,
          operationId,
          method: request.method ?? '',
          url,
          pathParams: match?.pathParams ?? {},
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const answer = operationId ? vendorAnswers[api][operationId] : undefined;
        if (!answer) {
          response
            .writeHead(501, { 'content-type': 'application/json' })
            .end(JSON.stringify({ unexpected: `${request.method} ${request.url}` }));
          return;
        }
        response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server?.close((error) => (error ? reject(error) : resolve())));
  });

  it('answers only what the contract documents', () => {
    for (const api of API_NAMES) {
      for (const [operationId, answer] of Object.entries(vendorAnswers[api])) {
        const violations = contracts[api].validateResponse(operationId, answer.status, answer.body, {
          contentType: 'application/json',
          headers: answer.headers ?? {},
        });
        expect(violations, `${api} ${operationId} ${answer.status}`).toEqual([]);
      }
    }
  });

  it('sends each vendor its authentication and body encoding, and narrows the answers', async () => {
    // Type-checking is the previous test's job; emit without it so a type error is reported once.
    await sh(join(projectDir, 'node_modules/.bin/tsc'), ['-p', '.', '--noCheck'], projectDir);
    const stdout = await sh(process.execPath, [join(projectDir, 'out/consumer.mjs'), `${origin}/api`, `${origin}/v1`, origin], projectDir);
    const printed = JSON.parse(stdout.trim().split('\n').at(-1)!);

    const gateway = vendorAnswers.gateway;
    const gatewayCustomer = (gateway.createCustomer!.body as any).data.result.data;
    const gatewayPage = (gateway.fetchCustomers!.body as any).data.result.data;
    const gatewayRefusal = (gateway.updateCustomer!.body as any).error.vendor_error.error;
    const razorpayRefusal = (vendorAnswers.razorpay.fetchCustomer!.body as any).error;
    const juspayCustomer = vendorAnswers.juspay.createCustomer!.body as any;
    const juspayMissing = vendorAnswers.juspay.getCustomer!.body as any;
    const servers = Object.fromEntries(API_NAMES.map((api) => [api, contracts[api].spec.servers[0].url])) as Record<ApiName, string>;

    expect(printed).toEqual({
      defaultRequestUrls: [
        `${servers.gateway}/customer/get`,
        `${servers.razorpay}/customers`,
        `${servers.juspay}/customers/cst_om2l6ctlptxwxuzj`,
      ],
      gatewaySpecVersion: contracts.gateway.spec.openapi,
      gatewayCustomerId: gatewayCustomer.id,
      gatewayListCount: gatewayPage.items.length,
      gatewayUpdateStatus: gateway.updateCustomer!.status,
      gatewayVendorError: gatewayRefusal.description,
      razorpayCustomerId: (vendorAnswers.razorpay.createCustomer!.body as any).id,
      razorpayMissingStatus: vendorAnswers.razorpay.fetchCustomer!.status,
      razorpayMissingCode: razorpayRefusal.code,
      juspayCustomerId: juspayCustomer.id,
      juspayToken: juspayCustomer.juspay.client_auth_token,
      juspayMissingStatus: vendorAnswers.juspay.getCustomer!.status,
      juspayErrorCode: juspayMissing.error_info.code,
      sdk: {
        customerId: gatewayCustomer.id,
        listCount: gatewayPage.items.length,
        errorStatus: gateway.updateCustomer!.status,
        errorCode: 'VENDOR_ERROR',
        errorVendorStatus: (gateway.updateCustomer!.body as any).error.vendor_status,
      },
    });

    expect(received.map(({ api, operationId }) => `${api} ${operationId}`)).toEqual([
      'gateway createCustomer',
      'gateway fetchCustomers',
      'gateway updateCustomer',
      'gateway createCustomer',
      'gateway fetchCustomers',
      'gateway updateCustomer',
      'razorpay createCustomer',
      'razorpay fetchCustomer',
      'juspay createCustomer',
      'juspay getCustomer',
    ]);

    for (const request of received.filter((r) => r.api === 'gateway')) {
      expect(request.headers['x-api-key'], request.operationId).toBe(credentials.gatewayApiKey);
      expect(request.headers.authorization, request.operationId).toBeUndefined();
    }
    for (const request of received.filter((r) => r.api === 'razorpay')) {
      expect(request.headers.authorization, request.operationId).toBe(credentials.razorpayBasic);
    }
    for (const request of received.filter((r) => r.api === 'juspay')) {
      expect(request.headers.authorization, request.operationId).toBe(credentials.juspayBasic);
      expect(request.headers['x-merchantid'], request.operationId).toBe('merchant_id');
      expect(request.headers.version, request.operationId).toBe('2019-05-07');
    }

    const byOperation = (api: ApiName, operationId: string) => received.find((r) => r.api === api && r.operationId === operationId)!;
    const gatewayCreate = byOperation('gateway', 'createCustomer');
    expect(gatewayCreate.headers['content-type']).toBe('application/json');
    expect(JSON.parse(gatewayCreate.body)).toEqual({
      name: 'Gaurav Kumar',
      email: 'gaurav.kumar@example.com',
      contact: '+919876543210',
      fail_existing: '0',
    });
    expect(byOperation('gateway', 'updateCustomer').url.searchParams.get('id')).toBe('cust_JbRkXMROZUMCVq');

    const razorpayCreate = byOperation('razorpay', 'createCustomer');
    expect(razorpayCreate.headers['content-type']).toBe('application/json');
    expect(JSON.parse(razorpayCreate.body)).toEqual({
      name: 'Gaurav Kumar',
      email: 'gaurav.kumar@example.com',
      notes: { notes_key_1: 'Tea, Earl Grey, Hot' },
    });

    const juspayCreate = byOperation('juspay', 'createCustomer');
    expect(juspayCreate.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded\b/);
    // The token option is one flat key with a dot in it, not `options[get_client_auth_token]` or JSON.
    expect(juspayCreate.body).toContain('options.get_client_auth_token=true');
    expect(Object.fromEntries(new URLSearchParams(juspayCreate.body))).toEqual({
      object_reference_id: 'user01@example.com',
      mobile_number: '9988776655',
      email_address: 'user01@example.com',
      'options.get_client_auth_token': 'true',
    });
    const juspayGet = byOperation('juspay', 'getCustomer');
    expect(juspayGet.url.searchParams.get('options.get_client_auth_token')).toBe('true');
    expect(juspayGet.body).toBe('');

    for (const request of received) {
      const contentType = request.headers['content-type'];
      const violations = contracts[request.api].validateRequest(request.operationId!, {
        path: request.pathParams,
        query: Object.fromEntries(request.url.searchParams),
        headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
        ...(request.body
          ? { body: contentType?.includes('json') ? JSON.parse(request.body) : request.body, contentType: contentType?.split(';')[0] }
          : {}),
      });
      expect(violations, `${request.api} ${request.operationId}`).toEqual([]);
    }
  }, 60_000);

  it('serves the SDK to CommonJS: require() of the package, the same error class', async () => {
    // The ESM test compiled out/ (tsc --noCheck); this one runs the CommonJS consumer it emitted.
    expect(await readFile(join(projectDir, 'out/consumer.cjs'), 'utf8')).toContain('require("cloudlesspay-contracts/gateway")');
    const before = received.length;
    const stdout = await sh(process.execPath, [join(projectDir, 'out/consumer.cjs'), `${origin}/api`], projectDir);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
      customerId: (vendorAnswers.gateway.createCustomer!.body as any).data.result.data.id,
      errorIsCloudlessPaymentError: true,
      errorCode: 'VENDOR_ERROR',
    });
    expect(received.slice(before).map(({ api, operationId }) => `${api} ${operationId}`)).toEqual([
      'gateway createCustomer',
      'gateway updateCustomer',
    ]);
  }, 60_000);
});
