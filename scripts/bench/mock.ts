/**
 * `npm run bench:mock`: throughput and latency of the mocks against a bare node:http server returning the
 * same bytes (the ceiling) and stock `prism mock` (the baseline), time from start to all three ready, then a
 * soak at 50 connections (5xx, dropped connections, RSS drift). Every server runs in its own process; the
 * load generator (autocannon) runs here.
 *
 * BENCH_SECONDS (default 5) per throughput run; SOAK_SECONDS (default 60) for the soak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

type Result = Awaited<ReturnType<typeof autocannon>>;
import { API_DEFINITIONS, API_NAMES, portVariable, type ApiName } from '../apis/index.mjs';
import { Contract } from '../lib/contract.ts';
import { portFromEnv } from '../mock/ports.ts';
import { authHeaders, sampleRequest, type SampleRequest } from '../mock/sample-requests.ts';

const BENCH_SECONDS = portFromEnv('BENCH_SECONDS', 5);
const SOAK_SECONDS = portFromEnv('SOAK_SECONDS', 60);
const CONNECTIONS = 10;
const SOAK_CONNECTIONS = 50;
const children: ChildProcess[] = [];

/** Spawns a server process and resolves once `ready` has matched `count` lines of its output. */
async function spawnServer(
  command: string,
  args: string[],
  ready: RegExp,
  count: number,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; lines: RegExpExecArray[]; ms: number }> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: RegExpExecArray[] = [];
  const output = createInterface({ input: child.stdout! });
  for await (const line of output) {
    const found = ready.exec(line);
    if (found) lines.push(found);
    if (lines.length === count) break;
  }
  if (lines.length < count) throw new Error(`${command} ${args.join(' ')} exited before it was ready`);
  return { child, lines, ms: performance.now() - started };
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

interface Target {
  url: string;
  request: SampleRequest;
  headers: Record<string, string>;
}

function load(target: Target, connections: number, duration: number): Promise<Result> {
  const search = new URLSearchParams(target.request.query).toString();
  return autocannon({
    url: `${target.url}${target.request.path}${search ? `?${search}` : ''}`,
    connections,
    duration,
    method: target.request.method,
    headers: {
      ...target.request.headers,
      ...target.headers,
      ...(target.request.contentType ? { 'content-type': target.request.contentType } : {}),
    },
    ...(target.request.body !== undefined ? { body: target.request.body } : {}),
  });
}

/** The bytes the mock answers to a request, for the bare server to replay. */
async function capture(target: Target): Promise<{ status: number; contentType: string; body: string }> {
  const search = new URLSearchParams(target.request.query).toString();
  const response = await fetch(`${target.url}${target.request.path}${search ? `?${search}` : ''}`, {
    method: target.request.method,
    headers: {
      ...target.request.headers,
      ...target.headers,
      ...(target.request.contentType ? { 'content-type': target.request.contentType } : {}),
    },
    ...(target.request.body !== undefined ? { body: target.request.body } : {}),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

const BARE_SERVER = `
const http = require('node:http');
const { status, contentType, body } = JSON.parse(process.env.BARE_RESPONSE);
const bytes = Buffer.from(body);
http.createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(status, { 'content-type': contentType, 'content-length': bytes.length }); res.end(bytes); });
}).listen(0, '127.0.0.1', function () { console.log('bare ready ' + this.address().port); });
`;

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  const contracts = Object.fromEntries(API_NAMES.map((api) => [api, Contract.load(api)])) as Record<ApiName, Contract>;
  const portEnv = Object.fromEntries(API_DEFINITIONS.map((definition) => [portVariable(definition), '0']));

  const mock = await spawnServer(
    process.execPath,
    ['--import', 'tsx', 'scripts/mock.ts'],
    /^(\w+)\s+mock ready at (\S+)$/,
    API_NAMES.length,
    portEnv,
  );
  console.log(`mocks: all ${API_NAMES.length} ready ${mock.ms.toFixed(0)} ms after spawn (node --import tsx scripts/mock.ts)`);
  const urls = Object.fromEntries(mock.lines.map((m) => [m[1], m[2]])) as Record<ApiName, string>;

  const stock = {} as Record<ApiName, string>;
  let stockReady = 0;
  for (const api of API_NAMES) {
    const started = await spawnServer(
      'node_modules/.bin/prism',
      ['mock', `generated/${api}/openapi.json`, '-p', '0', '-h', '127.0.0.1'],
      /Prism is listening on (\S+)/,
      1,
    );
    // Stock Prism ignores the base path of servers[0].url: it serves /customers, not /v1/customers.
    stock[api] = started.lines[0]![1]!.replace(/\/$/, '');
    stockReady = Math.max(stockReady, started.ms);
  }
  console.log(`stock prism: slowest of the three ready ${stockReady.toFixed(0)} ms after spawn\n`);

  const operations: Record<ApiName, { post: string; get: string }> = {
    gateway: { post: 'createCustomer', get: 'fetchCustomers' },
    razorpay: { post: 'createCustomer', get: 'fetchCustomer' },
    juspay: { post: 'createCustomer', get: 'getCustomer' },
  };
  console.log(`${CONNECTIONS} connections, ${BENCH_SECONDS} s each; req/s and latency (ms)`);
  console.log(
    `${'request'.padEnd(36)}${'bare r/s'.padStart(9)}${'mock r/s'.padStart(9)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'prism r/s'.padStart(10)}${'p99'.padStart(8)}${'mock/prism'.padStart(11)}${'mock/bare'.padStart(10)}`,
  );
  for (const api of API_NAMES) {
    for (const operationId of Object.values(operations[api])) {
      const request = sampleRequest(contracts[api], operationId);
      const headers = authHeaders(api);
      const target: Target = { url: urls[api], request, headers };
      const bytes = await capture(target);
      if (bytes.status >= 300) throw new Error(`${api} ${operationId}: the mock answered ${bytes.status}: ${bytes.body}`);
      const bare = await spawnServer(process.execPath, ['-e', BARE_SERVER], /^bare ready (\d+)$/, 1, {
        BARE_RESPONSE: JSON.stringify(bytes),
      });
      const bareResult = await load({ ...target, url: `http://127.0.0.1:${bare.lines[0]![1]}` }, CONNECTIONS, BENCH_SECONDS);
      bare.child.kill();
      const mockResult = await load(target, CONNECTIONS, BENCH_SECONDS);
      const prismResult = await load({ ...target, url: stock[api] }, CONNECTIONS, BENCH_SECONDS);
      for (const [name, result] of [
        ['mock', mockResult],
        ['stock prism', prismResult],
      ] as const) {
        if (result.non2xx || result.errors) console.log(`  ! ${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      }
      console.log(
        `${`${api} ${request.method} ${operationId}`.padEnd(36)}${fmt(bareResult.requests.average)} ${fmt(mockResult.requests.average)}${fmt(mockResult.latency.p50, 1)}${fmt(mockResult.latency.p99, 1)}${fmt(prismResult.requests.average).padStart(10)}${fmt(prismResult.latency.p99, 1)}${fmt(mockResult.requests.average / prismResult.requests.average, 1).padStart(11)}${fmt(mockResult.requests.average / bareResult.requests.average, 2).padStart(10)}`,
      );
    }
  }

  const rssStart = rssMb(mock.child.pid!);
  console.log(`\nsoak: ${SOAK_CONNECTIONS} connections for ${SOAK_SECONDS} s over the three mocks (POST and GET each)`);
  const targets: Target[] = API_NAMES.flatMap((api) =>
    Object.values(operations[api]).map((operationId) => ({
      url: urls[api],
      request: sampleRequest(contracts[api], operationId),
      headers: authHeaders(api),
    })),
  );
  const split = targets.map((_, i) => Math.floor(SOAK_CONNECTIONS / targets.length) + (i < SOAK_CONNECTIONS % targets.length ? 1 : 0));
  const results = await Promise.all(targets.map((target, i) => load(target, split[i]!, SOAK_SECONDS)));
  const rssEnd = rssMb(mock.child.pid!);
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  const serverErrors = results.reduce(
    (sum, r) =>
      sum +
      Object.entries(r.statusCodeStats)
        .filter(([code]) => code.startsWith('5'))
        .reduce((s, [, v]) => s + v.count, 0),
    0,
  );
  const dropped = results.reduce((sum, r) => sum + r.errors + r.timeouts + r.resets, 0);
  const p99 = Math.max(...results.map((r) => r.latency.p99));
  console.log(
    `requests ${total} (${(total / SOAK_SECONDS).toFixed(0)}/s), 5xx ${serverErrors}, errors+timeouts+resets ${dropped}, worst p99 ${p99.toFixed(1)} ms`,
  );
  console.log(`RSS ${rssStart.toFixed(1)} MB → ${rssEnd.toFixed(1)} MB (${(((rssEnd - rssStart) / rssStart) * 100).toFixed(1)}%)`);
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
