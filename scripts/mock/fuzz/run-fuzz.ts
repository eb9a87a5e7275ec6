/**
 * Sends generated requests to the running mocks and holds each answer against the contract: a request the
 * contract calls invalid must get a 4xx whose body is the documented (vendor-shaped) error, a valid one a
 * 2xx, and nothing may get a 5xx or break the connection. Whether a request is valid is decided by the
 * RequestOracle (oracle.ts), never by the mock's own validator.
 */
import fc from 'fast-check';
import { API_NAMES, type ApiName } from '../../apis/index.mjs';
import { Contract } from '../../lib/contract.ts';
import { startMocks } from '../server.ts';
import { authHeaders, encodeBody, fillPath, wireContentType } from '../sample-requests.ts';
import { validRequests, type FuzzRequest } from './base-request.ts';
import { invalidRequestArbitraries, type Mutation } from './mutations.ts';
import { RequestOracle } from './oracle.ts';

export interface FuzzCounts {
  api: ApiName;
  invalidSent: number;
  /** Invalid requests answered with a documented 4xx body. */
  invalidRejected: number;
  validSent: number;
  validAccepted: number;
  serverErrors: number;
  crashes: number;
  /** The first few failures, for the report. */
  failures: string[];
}

export interface FuzzOptions {
  invalidPerApi: number;
  validPerApi: number;
  seed?: number;
  concurrency?: number;
}

/** The request as the server will read it: headers trimmed as fetch sends them, the body encoded. */
function onTheWire(request: FuzzRequest): { headers: Record<string, string>; body: string | undefined } {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.trim()]));
  if (request.body === undefined) return { headers, body: undefined };
  return { headers, body: encodeBody(request.body, request.mediaType ?? 'application/json') };
}

function urlOf(baseUrl: string, contract: Contract, request: FuzzRequest): string {
  const path = fillPath(contract.operation(request.operationId).path, request.pathParams);
  const search = new URLSearchParams(request.query).toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function exchange(api: ApiName, baseUrl: string, contract: Contract, job: Job, counts: FuzzCounts): Promise<void> {
  const { request, label, valid: expectValid } = job;
  if (expectValid) counts.validSent++;
  else counts.invalidSent++;
  const fail = (why: string): void => {
    if (counts.failures.length < 10) counts.failures.push(`${request.operationId} [${label}] ${why}`);
  };
  const wire = onTheWire(request);
  let status: number;
  let text: string;
  let headers: Record<string, string>;
  try {
    const response = await fetch(urlOf(baseUrl, contract, request), {
      method: request.method,
      headers: {
        ...authHeaders(api),
        ...wire.headers,
        ...(request.mediaType ? { 'content-type': wireContentType(request.mediaType) } : {}),
      },
      ...(wire.body !== undefined ? { body: wire.body } : {}),
      // A mock that never answers is a failure to report, not a reason to hang the run.
      signal: AbortSignal.timeout(10_000),
    });
    status = response.status;
    text = await response.text();
    headers = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
  } catch (error) {
    counts.crashes++;
    fail(
      `no answer: ${(error as Error).message} (${request.method} ${urlOf('', contract, request)} ${JSON.stringify(request.headers)} ${wire.body?.slice(0, 200)})`,
    );
    return;
  }
  if (status >= 500) {
    counts.serverErrors++;
    fail(`got ${status}: ${text.slice(0, 200)}`);
    return;
  }
  if (expectValid) {
    if (status >= 200 && status < 300) counts.validAccepted++;
    else fail(`valid request got ${status}: ${text.slice(0, 200)}`);
    return;
  }
  if (status < 400 || status >= 500) {
    fail(`invalid request got ${status}`);
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail(`${status} body is not JSON: ${text.slice(0, 100)}`);
    return;
  }
  const violations = contract.validateResponse(request.operationId, status, json, { contentType: headers['content-type'], headers });
  if (violations.length === 0) counts.invalidRejected++;
  else fail(`${status} body is not the documented error: ${violations[0]!.pointer} ${violations[0]!.message}`);
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

interface Job {
  request: FuzzRequest;
  label: string;
  /** The oracle's verdict. */
  valid: boolean;
}

/** Fuzzes one API: `invalidPerApi` generated invalid requests spread over its operations, and valid ones. */
export async function fuzzApi(api: ApiName, baseUrl: string, contract: Contract, options: FuzzOptions): Promise<FuzzCounts> {
  const counts: FuzzCounts = {
    api,
    invalidSent: 0,
    invalidRejected: 0,
    validSent: 0,
    validAccepted: 0,
    serverErrors: 0,
    crashes: 0,
    failures: [],
  };
  const oracle = new RequestOracle(contract.spec);
  const judge = (request: FuzzRequest): boolean => {
    const info = contract.operation(request.operationId);
    return oracle.isValid(info.path, info.method, request);
  };
  const valid: FuzzRequest[] = [];
  const mutations: fc.Arbitrary<Mutation>[] = [];
  for (const info of contract.operations) {
    const requests = validRequests(contract, info);
    const refused = requests.filter((request) => !judge(request));
    if (refused.length > 0) throw new Error(`${api} ${info.operationId}: the oracle refuses a request built from the spec's own examples`);
    valid.push(...requests);
    for (const request of requests) mutations.push(...invalidRequestArbitraries(contract, info, request));
  }
  if (mutations.length === 0 || valid.length === 0) throw new Error(`${api}: the spec gives no request to fuzz from`);
  const seed = options.seed ?? 20250722;
  // A mutation can leave a request valid (a form field's "wrong type" may coerce back); draw until enough are invalid.
  const jobs: Job[] = [];
  let invalidCount = 0;
  for (let round = 0; invalidCount < options.invalidPerApi && round < 5; round++) {
    for (const mutation of fc.sample(fc.oneof(...mutations), { numRuns: options.invalidPerApi - invalidCount, seed: seed + round })) {
      const verdict = judge(mutation.request);
      if (!verdict) invalidCount++;
      jobs.push({ request: mutation.request, label: mutation.label, valid: verdict });
    }
  }
  for (const request of fc.sample(fc.constantFrom(...valid), { numRuns: options.validPerApi, seed })) {
    jobs.push({ request, label: 'valid example', valid: true });
  }
  await pool(jobs, options.concurrency ?? 16, (job) => exchange(api, baseUrl, contract, job, counts));
  return counts;
}

export async function fuzzAllApis(options: FuzzOptions): Promise<FuzzCounts[]> {
  // The examples mode: there every valid request built from the examples has a 2xx (the sandbox would refuse ids it never issued).
  const mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
  try {
    const results: FuzzCounts[] = [];
    for (const api of API_NAMES) results.push(await fuzzApi(api, mocks.urls[api], Contract.load(api), options));
    return results;
  } finally {
    await mocks.close();
  }
}

export function formatFuzzCounts(results: FuzzCounts[]): string {
  return results
    .map((c) =>
      [
        `${c.api}: invalid ${c.invalidSent} sent, ${c.invalidRejected} rejected with a documented 4xx; valid ${c.validSent} sent, ${c.validAccepted} accepted (2xx); ${c.serverErrors} server errors, ${c.crashes} crashes`,
        ...c.failures.map((f) => `  ✗ ${f}`),
      ].join('\n'),
    )
    .join('\n');
}
