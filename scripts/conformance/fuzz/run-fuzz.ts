/**
 * Sends generated requests to the running mocks and holds each answer against the contract: a request the
 * contract calls invalid must get a 4xx whose body is the documented (vendor-shaped) error, a valid one a
 * 2xx, and nothing may get a 5xx or break the connection.
 */
import fc from 'fast-check';
import { APIS, Contract, type Api } from '../../lib/contract.ts';
import { startMocks } from '../../mock/server.ts';
import { toParts, validRequests, type FuzzRequest } from './base-request.ts';
import { invalidRequestArbitraries, type Mutation } from './mutations.ts';

export interface FuzzCounts {
  api: Api;
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

/** Clearly fake credentials of the shapes the mocks accept, built here rather than written down. */
function authHeaders(api: Api): Record<string, string> {
  if (api === 'razorpay') return { authorization: `Basic ${Buffer.from(`rzp_test_${'0'.repeat(14)}:${'0'.repeat(14)}`).toString('base64')}` };
  if (api === 'juspay') return { authorization: `Basic ${Buffer.from(`${'0'.repeat(32)}:`).toString('base64')}` };
  return { 'x-api-key': 'fuzz-api-key' };
}

function encodeForm(value: unknown, prefix = '', out = new URLSearchParams()): URLSearchParams {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) encodeForm(inner, prefix ? `${prefix}[${Array.isArray(value) ? '' : key}]` : key, out);
  } else {
    out.append(prefix, value === null || value === undefined ? '' : String(value));
  }
  return out;
}

/** The request as the server will read it: headers trimmed as fetch sends them, form bodies encoded. */
function onTheWire(request: FuzzRequest): FuzzRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.trim()]));
  const isForm = request.mediaType === 'application/x-www-form-urlencoded';
  return { ...request, headers, ...(isForm && request.body !== undefined ? { body: encodeForm(request.body).toString() } : {}) };
}

function urlOf(baseUrl: string, contract: Contract, request: FuzzRequest): string {
  const path = contract.operation(request.operationId).path
    .replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(request.pathParams[name] ?? ''));
  const search = new URLSearchParams(request.query).toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function exchange(api: Api, baseUrl: string, contract: Contract, request: FuzzRequest, label: string, counts: FuzzCounts): Promise<void> {
  const expectValid = contract.validateRequest(request.operationId, toParts(request)).length === 0;
  if (expectValid) counts.validSent++;
  else counts.invalidSent++;
  const fail = (why: string): void => { if (counts.failures.length < 10) counts.failures.push(`${request.operationId} [${label}] ${why}`); };
  let status: number;
  let text: string;
  let headers: Record<string, string>;
  try {
    const body = request.body === undefined ? undefined : request.mediaType === 'application/json' ? JSON.stringify(request.body) : String(request.body);
    const response = await fetch(urlOf(baseUrl, contract, request), {
      method: request.method,
      headers: { ...authHeaders(api), ...request.headers, ...(request.mediaType ? { 'content-type': request.mediaType } : {}) },
      ...(body !== undefined ? { body } : {}),
      // A mock that never answers is a failure to report, not a reason to hang the run.
      signal: AbortSignal.timeout(10_000),
    });
    status = response.status;
    text = await response.text();
    headers = {};
    response.headers.forEach((value, name) => { headers[name] = value; });
  } catch (error) {
    counts.crashes++;
    fail(`no answer: ${(error as Error).message} (${request.method} ${urlOf('', contract, request)} ${JSON.stringify(request.headers)} ${JSON.stringify(request.body)?.slice(0, 200)})`);
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
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** Fuzzes one API: `invalidPerApi` generated invalid requests spread over its operations, and valid ones. */
export async function fuzzApi(api: Api, baseUrl: string, contract: Contract, options: FuzzOptions): Promise<FuzzCounts> {
  const counts: FuzzCounts = { api, invalidSent: 0, invalidRejected: 0, validSent: 0, validAccepted: 0, serverErrors: 0, crashes: 0, failures: [] };
  const valid: FuzzRequest[] = [];
  const mutations: fc.Arbitrary<Mutation>[] = [];
  for (const info of contract.operations) {
    const requests = validRequests(contract, info);
    valid.push(...requests);
    for (const request of requests) mutations.push(...invalidRequestArbitraries(contract, info, request));
  }
  if (mutations.length === 0 || valid.length === 0) throw new Error(`${api}: the spec gives no request to fuzz from`);
  const seed = options.seed ?? 20250722;
  // A mutation can leave a request valid (a form field's "wrong type" may coerce back); draw until enough are invalid.
  const jobs: Array<{ request: FuzzRequest; label: string }> = [];
  let invalidCount = 0;
  for (let round = 0; invalidCount < options.invalidPerApi && round < 5; round++) {
    for (const mutation of fc.sample(fc.oneof(...mutations), { numRuns: options.invalidPerApi - invalidCount, seed: seed + round })) {
      const request = onTheWire(mutation.request);
      if (contract.validateRequest(request.operationId, toParts(request)).length > 0) invalidCount++;
      jobs.push({ request, label: mutation.label });
    }
  }
  for (const request of fc.sample(fc.constantFrom(...valid), { numRuns: options.validPerApi, seed })) {
    jobs.push({ request: onTheWire(request), label: 'valid example' });
  }
  await pool(jobs, options.concurrency ?? 16, (job) => exchange(api, baseUrl, contract, job.request, job.label, counts));
  return counts;
}

export async function fuzzAllApis(options: FuzzOptions): Promise<FuzzCounts[]> {
  const mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
  try {
    const results: FuzzCounts[] = [];
    for (const api of APIS) results.push(await fuzzApi(api, mocks.urls[api], Contract.load(api), options));
    return results;
  } finally {
    await mocks.close();
  }
}

export function formatFuzzCounts(results: FuzzCounts[]): string {
  return results.map((c) => [
    `${c.api}: invalid ${c.invalidSent} sent, ${c.invalidRejected} rejected with a documented 4xx; valid ${c.validSent} sent, ${c.validAccepted} accepted (2xx); ${c.serverErrors} server errors, ${c.crashes} crashes`,
    ...c.failures.map((f) => `  ✗ ${f}`),
  ].join('\n')).join('\n');
}
