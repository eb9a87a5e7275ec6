/**
 * `npm run bench:mock`: the sandbox (what `npm run mock` serves) against stock `prism mock` (the baseline), each in
 * its own process, the load generator (autocannon) here:
 * - time from spawn to all three APIs ready: the sandbox, the examples mode (`--examples`, which loads Prism) and
 *   stock Prism;
 * - per API, a create + fetch + list mix at 10 connections (each create with a new contact or reference, so the
 *   sandbox really stores it; each fetch reads back what its connection created; Juspay has no list, its third call
 *   reads by `object_reference_id`), the same requests to both, each server warmed up for WARMUP_SECONDS first:
 *   throughput and latency at saturation and the server's own CPU time per request (from /proc), the median of
 *   ROUNDS runs of each taken in alternation;
 * - the same mix at a steady offered load of LATENCY_RATE requests a second over at most 10 connections
 *   (steady-load.ts), for the latency a client sees when it does not saturate the server: at saturation, latency is
 *   the queue that the connections build (about connections ÷ throughput), whatever the server's speed. Beside
 *   them, the floor: the same load against a node:http server answering a constant body (constant-server.mjs),
 *   which is what the machine and the load generator add to any server;
 * - a soak: 50 connections creating customers for SOAK_SECONDS, counting 5xx and dropped connections, with the
 *   sandbox's RSS once its collections reach their bound and at the end.
 *
 * BENCH_SECONDS (default 5) per measured run; SOAK_SECONDS (default 60) for the soak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon, { type Request, type Result } from 'autocannon';
import { API_DEFINITIONS, API_NAMES, apiDefinition, portVariable, type ApiName } from '../apis/index.mjs';
import { portFromEnv } from '../mock/ports.ts';
import { authHeaders } from '../mock/sample-requests.ts';
import { DEFAULT_LIMITS } from '../sandbox/state.ts';
import { cpuSeconds } from './proc-stat.ts';
import { steadyLoad, type SteadyLoadResult } from './steady-load.ts';

const BENCH_SECONDS = portFromEnv('BENCH_SECONDS', 5);
const SOAK_SECONDS = portFromEnv('SOAK_SECONDS', 60);
const CONNECTIONS = 10;
/** Long enough for both servers' JIT to settle: stock Prism serves its first 5 s at about half its later rate. */
const WARMUP_SECONDS = 5;
/** Saturated runs per server, alternating; the median counts. */
const ROUNDS = 3;
/** Requests per second over the 10 connections in the latency run: what ten busy test workers send, below saturation. */
const LATENCY_RATE = 1000;
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
  // Drained from here on, so that a server that logs every request (stock Prism does) never waits on a full pipe.
  child.stdout!.resume();
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

/**
 * What a client of the API sends on every call: its credentials, and for Juspay the merchant id its calls require.
 * Juspay's key goes as `key:`, which its server accepts besides the SDK's colon-less form: stock Prism answers a
 * Basic token without a colon with 401, and the benchmark would time its refusals instead of its answers.
 */
function callerHeaders(api: ApiName): Record<string, string> {
  if (api !== 'juspay') return authHeaders(api);
  const { auth } = apiDefinition(api);
  const { apiKey, merchantId } = auth.sampleCredentials;
  return { ...auth.headers({ apiKey: `${apiKey}:` }), 'x-merchantid': merchantId! };
}
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** The customer a connection created last, read back by the fetches that follow it (autocannon's context). */
interface Created {
  id?: string;
  reference?: string;
}

/** What a create answered: the customer's id (and Juspay's reference), out of the gateway's envelope for the gateway. */
function createdCustomer(api: ApiName, body: string): Created {
  const answer = JSON.parse(body);
  const customer = api === 'gateway' ? answer.data?.result?.data : answer;
  return { id: customer?.id, reference: customer?.object_reference_id };
}

/** A create that sends a new customer each time and keeps what it answered for the connection's next fetches. */
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
    onResponse: (_status, answer, context) => Object.assign(context, createdCustomer(api, answer)),
  };
}

/** A read of what the connection created last: it exists whatever the collection evicted meanwhile. */
const reading = (path: (created: Created) => string): Request => ({
  method: 'GET',
  setupRequest: (request, context) => ({ ...request, path: path(context as Created) }),
});

/**
 * The create + fetch + list mix of an API, with `base` the path prefix the server expects. Each connection reads
 * back the customer it has just created (Prism answers its example's id, which it then serves too).
 */
function mix(api: ApiName, base: string): Request[] {
  switch (api) {
    case 'gateway':
      return [
        creating(api, `${base}/customer/create`),
        reading(({ id }) => `${base}/customer/get?id=${id}`),
        { method: 'GET', path: `${base}/customer/get` },
      ];
    case 'razorpay':
      return [
        creating(api, `${base}/customers`),
        reading(({ id }) => `${base}/customers/${id}`),
        { method: 'GET', path: `${base}/customers?count=10` },
      ];
    case 'juspay':
      return [
        creating(api, `${base}/customers`),
        reading(({ id }) => `${base}/customers/${id}`),
        reading(({ reference }) => `${base}/customers/${reference}`),
      ];
  }
}

function load(url: string, api: ApiName, requests: Request[], connections: number, duration: number): Promise<Result> {
  const { origin } = new URL(url);
  return autocannon({ url: origin, connections, duration, headers: callerHeaders(api), requests });
}

interface Server {
  url: string;
  /** The path prefix the server expects. */
  base: string;
  pid: number;
}

interface Saturated {
  result: Result;
  /** The server's CPU time per request, in microseconds. */
  cpuPerRequest: number;
}

interface Measured {
  /** The median of the saturated runs by throughput. */
  saturated: Saturated;
  /** Every saturated run, for their failures. */
  runs: Saturated[];
  offered: SteadyLoadResult;
}

/** One saturated run of the mix, with the server's CPU time per request. */
async function saturate(server: Server, api: ApiName): Promise<Saturated> {
  const cpuBefore = cpuSeconds(server.pid);
  const result = await load(server.url, api, mix(api, server.base), CONNECTIONS, BENCH_SECONDS);
  return { result, cpuPerRequest: ((cpuSeconds(server.pid) - cpuBefore) * 1e6) / result.requests.total };
}

/** The mix at LATENCY_RATE requests a second, steadily, over at most CONNECTIONS connections. */
const steadily = (server: Server, api: ApiName): Promise<SteadyLoadResult> =>
  steadyLoad({
    url: new URL(server.url).origin,
    headers: callerHeaders(api),
    requests: mix(api, server.base),
    rate: LATENCY_RATE,
    connections: CONNECTIONS,
    seconds: BENCH_SECONDS,
  });

const median = (runs: Saturated[]): Saturated =>
  [...runs].sort((a, b) => a.result.requests.average - b.result.requests.average)[Math.floor(runs.length / 2)]!;

/**
 * Both servers warmed up, then ROUNDS saturated runs of each in alternation, so that whatever else the machine
 * does falls on both alike; the median run stands for each. Then each at the steady load.
 */
async function compare(servers: Record<'sandbox' | 'prism', Server>, api: ApiName): Promise<Record<'sandbox' | 'prism', Measured>> {
  for (const server of Object.values(servers)) await load(server.url, api, mix(api, server.base), CONNECTIONS, WARMUP_SECONDS);
  const runs: Record<'sandbox' | 'prism', Saturated[]> = { sandbox: [], prism: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.sandbox.push(await saturate(servers.sandbox, api));
    runs.prism.push(await saturate(servers.prism, api));
  }
  return {
    sandbox: { saturated: median(runs.sandbox), runs: runs.sandbox, offered: await steadily(servers.sandbox, api) },
    prism: { saturated: median(runs.prism), runs: runs.prism, offered: await steadily(servers.prism, api) },
  };
}

const fmt = (n: number, width: number, digits = 0) => n.toFixed(digits).padStart(width);
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

  const stock = {} as Record<ApiName, { url: string; pid: number }>;
  let stockReady = 0;
  for (const api of API_NAMES) {
    const started = await spawnServer(
      'node_modules/.bin/prism',
      ['mock', `generated/${api}/openapi.json`, '-p', '0', '-h', '127.0.0.1'],
      /Prism is listening on (\S+)/,
      1,
    );
    // Stock Prism ignores the base path of servers[0].url: it serves /customers, not /v1/customers.
    stock[api] = { url: started.lines[0]![1]!.replace(/\/$/, ''), pid: started.child.pid! };
    stockReady = Math.max(stockReady, started.ms);
  }
  console.log(`stock prism: slowest of the three ready ${stockReady.toFixed(0)} ms after spawn\n`);
  const constant = await spawnServer(process.execPath, ['scripts/bench/constant-server.mjs'], /listening on (\S+)/, 1);
  const floorUrl = constant.lines[0]![1]!;

  const measured = {} as Record<ApiName, { sandbox: Measured; prism: Measured }>;
  const floors = {} as Record<ApiName, SteadyLoadResult>;
  for (const api of API_NAMES) {
    const base = new URL(urls[api]).pathname.replace(/\/$/, '');
    measured[api] = await compare(
      { sandbox: { url: urls[api], base, pid: sandbox.child.pid! }, prism: { url: stock[api].url, base: '', pid: stock[api].pid } },
      api,
    );
    floors[api] = await steadily({ url: floorUrl, base: '', pid: constant.child.pid! }, api);
    for (const [name, { runs, offered }] of Object.entries(measured[api])) {
      for (const { result } of runs) {
        if (result.non2xx || result.errors || result.timeouts) {
          const codes = Object.entries(result.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`);
          console.log(
            `  ! ${api} ${name}, saturated: ${result.errors} errors, ${result.timeouts} timeouts, status codes ${codes.join(', ')}`,
          );
        }
      }
      if (Object.keys(offered.failures).length > 0)
        console.log(`  ! ${api} ${name}, steady load: non-2xx ${JSON.stringify(offered.failures)}`);
    }
  }

  console.log(
    `create + fetch + list at ${CONNECTIONS} connections, saturated: median of ${ROUNDS} alternating runs of ${BENCH_SECONDS} s after ${WARMUP_SECONDS} s of warm-up; latency in ms, server CPU in µs per request`,
  );
  console.log(
    `${'api'.padEnd(10)}${'sandbox r/s'.padStart(12)}${'p50'.padStart(6)}${'p99'.padStart(6)}${'CPU'.padStart(6)}${'prism r/s'.padStart(11)}${'p50'.padStart(6)}${'p99'.padStart(6)}${'CPU'.padStart(7)}${'sandbox/prism'.padStart(15)}${'CPU ratio'.padStart(11)}`,
  );
  for (const api of API_NAMES) {
    const { sandbox: mine, prism } = measured[api];
    console.log(
      `${api.padEnd(10)}${fmt(mine.saturated.result.requests.average, 12)}${fmt(mine.saturated.result.latency.p50, 6)}${fmt(mine.saturated.result.latency.p99, 6)}${fmt(mine.saturated.cpuPerRequest, 6)}` +
        `${fmt(prism.saturated.result.requests.average, 11)}${fmt(prism.saturated.result.latency.p50, 6)}${fmt(prism.saturated.result.latency.p99, 6)}${fmt(prism.saturated.cpuPerRequest, 7)}` +
        `${fmt(mine.saturated.result.requests.average / prism.saturated.result.requests.average, 15, 1)}${fmt(prism.saturated.cpuPerRequest / mine.saturated.cpuPerRequest, 11, 1)}`,
    );
  }
  console.log(
    `\nthe same mix at a steady ${LATENCY_RATE} req/s over at most ${CONNECTIONS} connections (${BENCH_SECONDS} s each); latency in ms`,
  );
  console.log(
    `${'api'.padEnd(10)}${'sandbox p50'.padStart(12)}${'p99'.padStart(7)}${'max'.padStart(7)}${'floor p50'.padStart(11)}${'p99'.padStart(7)}${'max'.padStart(7)}${'prism p50'.padStart(11)}${'p99'.padStart(9)}${'max'.padStart(9)}`,
  );
  for (const api of API_NAMES) {
    const { sandbox: mine, prism } = measured[api];
    console.log(
      `${api.padEnd(10)}${fmt(mine.offered.p50, 12, 2)}${fmt(mine.offered.p99, 7, 2)}${fmt(mine.offered.max, 7, 1)}` +
        `${fmt(floors[api].p50, 11, 2)}${fmt(floors[api].p99, 7, 2)}${fmt(floors[api].max, 7, 1)}` +
        `${fmt(prism.offered.p50, 11, 1)}${fmt(prism.offered.p99, 9, 1)}${fmt(prism.offered.max, 9, 1)}`,
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
