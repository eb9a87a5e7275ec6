/**
 * `npm run bench:mock`: the sandbox (what `npm run mock` serves) against stock `prism mock` (the baseline), each in
 * its own process, the load generator (autocannon) here:
 * - time from spawn to all three APIs ready: the sandbox, the examples mode (`--examples`, which loads Prism) and
 *   stock Prism;
 * - per API, a create + fetch + list mix at 10 connections (each create with a new contact or reference, so the
 *   sandbox really stores it; Juspay has no list, its third call reads by `object_reference_id`), the same requests
 *   to both;
 * - a soak: 50 connections creating customers for SOAK_SECONDS, counting 5xx and dropped connections, with the
 *   sandbox's RSS once its collections reach their bound and at the end.
 *
 * BENCH_SECONDS (default 5) per throughput run; SOAK_SECONDS (default 60) for the soak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon, { type Request, type Result } from 'autocannon';
import { API_DEFINITIONS, API_NAMES, apiDefinition, portVariable, type ApiName } from '../apis/index.mjs';
import { portFromEnv } from '../mock/ports.ts';
import { authHeaders } from '../mock/sample-requests.ts';
import { DEFAULT_LIMITS } from '../sandbox/state.ts';

const BENCH_SECONDS = portFromEnv('BENCH_SECONDS', 5);
const SOAK_SECONDS = portFromEnv('SOAK_SECONDS', 60);
const CONNECTIONS = 10;
const SOAK_CONNECTIONS = 50;
const children: ChildProcess[] = [];
const portEnv = Object.fromEntries(API_DEFINITIONS.map((definition) => [portVariable(definition), '0']));

/** Spawns a server process and resolves once `ready` has matched `count` lines of its output. */
async function spawnServer(
  command: string,
  args: string[],
  ready: RegExp,
  count: number,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; lines: RegExpExecArray[]; ms: number }> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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

const spawnMocks = (args: string[]) =>
  spawnServer(
    process.execPath,
    ['--import', 'tsx', 'scripts/mock.ts', ...args],
    /^(\w+)\s+mock ready at (\S+)$/,
    API_NAMES.length,
    portEnv,
  );

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** Numbers no two creates share, across every run of this process: contacts and references stay unique. */
let serial = 0;
const json = { 'content-type': 'application/json' };

/** What a client of the API sends on every call: its credentials, and for Juspay the merchant id its calls require. */
const callerHeaders = (api: ApiName): Record<string, string> =>
  api === 'juspay' ? { ...authHeaders(api), 'x-merchantid': apiDefinition(api).auth.sampleCredentials.merchantId! } : authHeaders(api);
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** A create that sends a new customer each time, as autocannon's setupRequest builds it. */
function creating(api: ApiName, path: string): Request {
  const body = (n: number): string =>
    api === 'juspay'
      ? new URLSearchParams({ object_reference_id: `bench-${process.pid}-${n}`, mobile_number: '9000090000' }).toString()
      : JSON.stringify({ name: 'Bench Customer', contact: String(9_000_000_000 + n) });
  return {
    method: 'POST',
    path,
    headers: api === 'juspay' ? form : json,
    setupRequest: (request) => ({ ...request, body: body(++serial) }),
  };
}

/** The create + fetch + list mix of an API, with `base` the path prefix the server expects. */
function mix(api: ApiName, base: string, seeded: { id: string; reference?: string }): Request[] {
  switch (api) {
    case 'gateway':
      return [
        creating(api, `${base}/customer/create`),
        { method: 'GET', path: `${base}/customer/get?id=${seeded.id}` },
        { method: 'GET', path: `${base}/customer/get` },
      ];
    case 'razorpay':
      return [
        creating(api, `${base}/customers`),
        { method: 'GET', path: `${base}/customers/${seeded.id}` },
        { method: 'GET', path: `${base}/customers?count=10` },
      ];
    case 'juspay':
      return [
        creating(api, `${base}/customers`),
        { method: 'GET', path: `${base}/customers/${seeded.id}` },
        { method: 'GET', path: `${base}/customers/${seeded.reference}` },
      ];
  }
}

/** One customer per API in the sandbox, for the mix's reads. */
async function seed(api: ApiName, url: string): Promise<{ id: string; reference?: string }> {
  const create = creating(api, '');
  const response = await fetch(`${url}${api === 'gateway' ? '/customer/create' : '/customers'}`, {
    method: 'POST',
    headers: { ...callerHeaders(api), ...create.headers },
    body: create.setupRequest!({}, {}).body,
  });
  const answer = await response.json();
  if (response.status !== 200) throw new Error(`${api}: the sandbox refused the seed customer: ${JSON.stringify(answer)}`);
  const customer = api === 'gateway' ? answer.data.result.data : answer;
  return { id: customer.id, reference: customer.object_reference_id };
}

function load(url: string, api: ApiName, requests: Request[], connections: number, duration: number): Promise<Result> {
  const { origin } = new URL(url);
  return autocannon({ url: origin, connections, duration, headers: callerHeaders(api), requests });
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
const serverErrors = (result: Result) =>
  Object.entries(result.statusCodeStats)
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, stats]) => sum + stats.count, 0);

async function main(): Promise<void> {
  const sandbox = await spawnMocks([]);
  console.log(`sandbox: all ${API_NAMES.length} APIs ready ${sandbox.ms.toFixed(0)} ms after spawn (node --import tsx scripts/mock.ts)`);
  const urls = Object.fromEntries(sandbox.lines.map((m) => [m[1], m[2]])) as Record<ApiName, string>;
  const examples = await spawnMocks(['--examples']);
  console.log(`examples mode: ready ${examples.ms.toFixed(0)} ms after spawn (--examples loads Prism before it says ready)`);
  examples.child.kill();

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

  console.log(`create + fetch + list, ${CONNECTIONS} connections, ${BENCH_SECONDS} s each; req/s and latency (ms)`);
  console.log(
    `${'api'.padEnd(10)}${'sandbox r/s'.padStart(12)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'prism r/s'.padStart(11)}${'p99'.padStart(8)}${'sandbox/prism'.padStart(15)}`,
  );
  for (const api of API_NAMES) {
    const seeded = await seed(api, urls[api]);
    const sandboxResult = await load(
      urls[api],
      api,
      mix(api, new URL(urls[api]).pathname.replace(/\/$/, ''), seeded),
      CONNECTIONS,
      BENCH_SECONDS,
    );
    const prismResult = await load(stock[api], api, mix(api, '', seeded), CONNECTIONS, BENCH_SECONDS);
    for (const [name, result] of [
      ['sandbox', sandboxResult],
      ['stock prism', prismResult],
    ] as const) {
      if (result.non2xx || result.errors) console.log(`  ! ${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
    console.log(
      `${api.padEnd(10)}${fmt(sandboxResult.requests.average).padStart(12)}${fmt(sandboxResult.latency.p50, 1)}${fmt(sandboxResult.latency.p99, 1)}${fmt(prismResult.requests.average).padStart(11)}${fmt(prismResult.latency.p99, 1)}${fmt(sandboxResult.requests.average / prismResult.requests.average, 1).padStart(15)}`,
    );
  }

  console.log(`\nsoak: ${SOAK_CONNECTIONS} connections creating customers for ${SOAK_SECONDS} s over the three APIs`);
  const rssStart = rssMb(sandbox.child.pid!);
  const split = API_NAMES.map(
    (_, i) => Math.floor(SOAK_CONNECTIONS / API_NAMES.length) + (i < SOAK_CONNECTIONS % API_NAMES.length ? 1 : 0),
  );
  let rssAtBound: number | undefined;
  const bound = setInterval(() => {
    // Each key's customers reach the bound of their collection after DEFAULT_LIMITS.maxObjects creates.
    if (rssAtBound === undefined && serial > DEFAULT_LIMITS.maxObjects * API_NAMES.length) rssAtBound = rssMb(sandbox.child.pid!);
  }, 250);
  const results = await Promise.all(
    API_NAMES.map((api, i) => {
      const base = new URL(urls[api]).pathname.replace(/\/$/, '');
      return load(
        urls[api],
        api,
        [creating(api, api === 'gateway' ? `${base}/customer/create` : `${base}/customers`)],
        split[i]!,
        SOAK_SECONDS,
      );
    }),
  );
  clearInterval(bound);
  const rssEnd = rssMb(sandbox.child.pid!);
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  const non2xx = results.reduce((sum, r) => sum + r.non2xx, 0);
  const dropped = results.reduce((sum, r) => sum + r.errors + r.timeouts, 0);
  const p99 = Math.max(...results.map((r) => r.latency.p99));
  console.log(
    `creates ${total} (${(total / SOAK_SECONDS).toFixed(0)}/s), non-2xx ${non2xx} (5xx ${results.reduce((sum, r) => sum + serverErrors(r), 0)}), errors+timeouts ${dropped}, worst p99 ${p99.toFixed(1)} ms`,
  );
  console.log(
    `RSS ${rssStart.toFixed(1)} MB at the start, ${rssAtBound === undefined ? 'the bound not reached' : `${rssAtBound.toFixed(1)} MB once each collection held ${DEFAULT_LIMITS.maxObjects} customers`}, ${rssEnd.toFixed(1)} MB at the end`,
  );
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
