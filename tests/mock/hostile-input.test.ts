/**
 * Hostile input against every operation of every mock (fast-check): prototype-polluting keys in forms, JSON,
 * queries and headers, bodies over the cap and nested thousands of levels deep, invalid UTF-8 and bad
 * percent-encoding. The oracle is independent of the mock's validator: verdicts are known by construction
 * (a body over 1 MiB gets 413, an undecodable or too-deep body a 4xx, an unknown top-level key a 4xx where the
 * spec closes the body), nothing is ever answered 5xx or left unanswered, a documented valid request still gets
 * its 2xx after every hostile one (in the sandbox, the default), and Object.prototype is never touched.
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { Contract, resolveLocalRef, type OperationInfo } from '../../scripts/lib/contract.ts';
import { MAX_BODY_BYTES } from '../../scripts/mock/read-body.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { authHeaders, sampleRequest, send, type SampleRequest } from './helpers.ts';

let mocks: RunningMocks;
const contracts = Object.fromEntries(API_NAMES.map((api) => [api, Contract.load(api)])) as Record<ApiName, Contract>;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * A documented request each sandbox must keep answering with a 2xx, whatever came before: reads of the caller's
 * own data (the Juspay customer is created first), so that the answer does not depend on what the hostile
 * requests created.
 */
let PROBES: Record<ApiName, SampleRequest>;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
  const created = await send(mocks.urls.juspay, sampleRequest(contracts.juspay, 'createCustomer'), authHeaders('juspay'));
  expect(created.status).toBe(200);
  PROBES = {
    // Without `id`: the list of the (Razorpay-bound) sample key's customers.
    gateway: { ...sampleRequest(contracts.gateway, 'fetchCustomers'), query: {} },
    razorpay: sampleRequest(contracts.razorpay, 'fetchAllCustomers'),
    juspay: sampleRequest(contracts.juspay, 'getCustomer', { customer_id: created.json.id }),
  };
});
afterAll(async () => {
  await mocks?.close();
});

interface RawRequest {
  api: ApiName;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What the answer must be, known from how the request was made. */
  expect: 'any' | '4xx' | '413';
  label: string;
}

interface RawAnswer {
  status: number;
  text: string;
}

/** Sends exactly these bytes (fetch would normalise headers and bodies); a missing answer is an error. */
function sendRaw(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseUrl);
    const outgoing = httpRequest({
      host: url.hostname,
      port: url.port,
      method: request.method,
      path: `${url.pathname.replace(/\/$/, '')}${request.path}`,
      headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.length) } : {}) },
      timeout: 20_000,
    });
    let answered = false;
    outgoing.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    // The mock closes the connection after refusing a body over the cap, while it is still being sent.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 20 s')));
    outgoing.end(request.body);
  });
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__', 'valueOf'];
const hostileKey = fc.constantFrom(...HOSTILE_KEYS);
const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('yes', '5', '%ZZ', '%E0%A4%A', '\u0000', '☃'));
const jsonString = (text: string) => JSON.stringify(text);

/** Form keys that try to reach a prototype through bracket nesting. */
const hostileFormKey = fc.oneof(
  hostileKey,
  fc.tuple(hostileKey, hostileKey).map(([a, b]) => `${a}[${b}]`),
  fc.tuple(fc.constantFrom('notes', 'customer', 'token', 'a'), hostileKey, hostileKey).map(([a, b, c]) => `${a}[${b}][${c}]`),
  fc.integer({ min: 65, max: 2000 }).map((depth) => `notes${'[x]'.repeat(depth)}`),
);

/** JSON text with hostile keys at any depth (text, because an object literal would set the prototype). */
const hostileJson: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    value.map(jsonString),
    fc
      .array(fc.tuple(fc.oneof(hostileKey, fc.string({ maxLength: 6 })), tie('node')), { maxLength: 4 })
      .map((pairs) => `{${pairs.map(([key, inner]) => `${jsonString(key)}:${inner}`).join(',')}}`),
  ),
})).node;

interface Variant {
  label: string;
  expect: RawRequest['expect'];
  build(base: SampleRequest, operation: OperationInfo): Pick<RawRequest, 'path' | 'headers' | 'body'>;
}

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };

function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

const onTheWire = (text: string) => text.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));

function basePath(base: SampleRequest): string {
  const search = new URLSearchParams(base.query).toString();
  return `${base.path}${search ? `?${search}` : ''}`;
}

/** True when the operation's JSON body schema forbids unknown top-level keys (read from the bundled spec). */
function closesJsonBody(contract: Contract, operation: OperationInfo): boolean {
  const body = resolveLocalRef(contract.spec, operation.operation.requestBody);
  const schema = resolveLocalRef(contract.spec, body?.content?.['application/json']?.schema);
  return schema?.additionalProperties === false;
}

function variants(api: ApiName, operation: OperationInfo): fc.Arbitrary<Variant> {
  const contract = contracts[api];
  const closed = closesJsonBody(contract, operation);
  return fc.oneof(
    fc.array(fc.tuple(hostileFormKey, value), { minLength: 1, maxLength: 6 }).map((pairs): Variant => ({
      label: 'form with hostile keys',
      expect: 'any',
      build: (base) => ({
        path: basePath(base),
        headers: form,
        body: Buffer.from(pairs.map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${v}`).join('&')),
      }),
    })),
    fc.tuple(hostileKey, hostileJson).map(([key, inner]): Variant => ({
      label: `JSON with a top-level ${key}`,
      // A closed body refuses any key it does not declare, these included.
      expect: closed ? '4xx' : 'any',
      build: (base) => ({ path: basePath(base), headers: json, body: Buffer.from(`{${jsonString(key)}:${inner}}`) }),
    })),
    fc.tuple(fc.integer({ min: 33, max: 20_000 }), fc.boolean()).map(([depth, arrays]): Variant => ({
      label: `JSON nested ${depth} levels`,
      expect: '4xx',
      build: (base) => ({
        path: basePath(base),
        headers: json,
        body: Buffer.from(arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
      }),
    })),
    fc.integer({ min: MAX_BODY_BYTES + 1, max: 3 * MAX_BODY_BYTES }).map((size): Variant => ({
      label: `a ${size}-byte body`,
      expect: '413',
      build: (base) => ({ path: basePath(base), headers: json, body: Buffer.alloc(size, 0x20) }),
    })),
    fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]).map((bytes): Variant => ({
      label: `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')}`,
      expect: '4xx',
      build: (base) => ({
        path: basePath(base),
        headers: json,
        body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from(bytes), Buffer.from('"}')]),
      }),
    })),
    fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%C0%AF', '..%2F..%2F', '%00').map((segment): Variant => ({
      label: `path segment ${segment}`,
      expect: 'any',
      build: (base) => ({ path: base.path.replace(/\/[^/]*$/, `/${segment}`), headers: {} }),
    })),
    fc.array(fc.tuple(fc.oneof(hostileKey, hostileFormKey), value), { minLength: 1, maxLength: 5 }).map((pairs): Variant => ({
      label: 'query with hostile keys',
      expect: 'any',
      // Bytes outside printable ASCII cannot travel raw in a request line; they go percent-encoded.
      build: (base) => ({
        path: withQuery(basePath(base), pairs.map(([k, v]) => `${onTheWire(k)}=${onTheWire(v)}`).join('&')),
        headers: {},
      }),
    })),
    fc.tuple(hostileKey, value).map(([name, headerValue]): Variant => ({
      label: `header ${name}`,
      expect: 'any',
      build: (base) => ({ path: basePath(base), headers: { [name]: headerValue.replace(/[^\x20-\x7e]/g, '') || 'x' } }),
    })),
  );
}

const hostileRequest: fc.Arbitrary<RawRequest> = fc.constantFrom(...API_NAMES).chain((api) =>
  fc.constantFrom(...contracts[api].operations).chain((operation) =>
    variants(api, operation).map((variant): RawRequest => {
      const base = sampleRequest(contracts[api], operation.operationId);
      const built = variant.build(base, operation);
      return {
        api,
        method: operation.method.toUpperCase(),
        path: built.path,
        // Credentials first: the verdict must be the body's, not a 401.
        headers: { ...authHeaders(api), ...base.headers, ...built.headers },
        ...(built.body ? { body: built.body } : {}),
        expect: variant.expect,
        label: `${api} ${operation.operationId}: ${variant.label}`,
      };
    }),
  ),
);

describe('hostile input cannot take the mocks down', () => {
  it('every hostile request gets a non-5xx answer of the right class, and valid requests keep working', async () => {
    const probeFailures: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        const answer = await sendRaw(mocks.urls[request.api], request);
        expect(answer.status, `${request.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
        if (request.expect === '413') expect(answer.status, request.label).toBe(413);
        if (request.expect === '4xx') expect(answer.status, `${request.label}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        if (answer.text && answer.status >= 400) expect(() => JSON.parse(answer.text), `${request.label}: a JSON error body`).not.toThrow();
        const probe = await send(mocks.urls[request.api], PROBES[request.api], authHeaders(request.api));
        if (probe.status >= 300)
          probeFailures.push(`after ${request.label}: the valid probe got ${probe.status} ${probe.text.slice(0, 200)}`);
        expect(Object.getOwnPropertyNames(Object.prototype).sort(), `after ${request.label}`).toEqual(prototypeKeys);
      }),
      { numRuns: 300, seed: 20261129 },
    );
    expect(probeFailures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);

  it('the reported cases: a polluting Juspay form, Razorpay notes[__proto__], a 20,000-level body, 20 MiB bodies', async () => {
    const juspay = await sendRaw(mocks.urls.juspay, {
      api: 'juspay',
      method: 'POST',
      path: '/customers',
      expect: 'any',
      label: 'issue',
      headers: { ...authHeaders('juspay'), 'x-merchantid': 'merchant', ...form },
      body: Buffer.from('object_reference_id=u1&mobile_number=9988776655&__proto__[polluted]=yes&__proto__[length]=5'),
    });
    // Juspay's form keys are flat: `__proto__[polluted]` is an unknown key, which Juspay ignores.
    expect(juspay.status).toBe(200);
    const notes = await sendRaw(mocks.urls.razorpay, {
      api: 'razorpay',
      method: 'POST',
      path: '/customers',
      expect: '4xx',
      label: 'issue',
      headers: { ...authHeaders('razorpay'), ...form },
      body: Buffer.from('name=Gaurav%20Kumar&notes[__proto__][x]=y'),
    });
    expect(notes.status).toBe(400);
    expect(JSON.parse(notes.text).error.description).toBe('Notes values themselves should not be an array');
    const deep = await sendRaw(mocks.urls.razorpay, {
      api: 'razorpay',
      method: 'POST',
      path: '/customers',
      expect: '4xx',
      label: 'issue',
      headers: { ...authHeaders('razorpay'), ...json },
      body: Buffer.from(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
    });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).error.description).toMatch(/nested deeper than 32 levels/);
    for (let i = 0; i < 3; i++) {
      const big = await sendRaw(mocks.urls.gateway, {
        api: 'gateway',
        method: 'POST',
        path: '/customer/create',
        expect: '413',
        label: 'issue',
        headers: { ...authHeaders('gateway'), ...json },
        body: Buffer.alloc(20 * 1024 * 1024, 0x20),
      });
      expect(big.status).toBe(413);
      expect(JSON.parse(big.text).error.details[0].field).toBe('body');
    }
    for (const api of API_NAMES) expect((await send(mocks.urls[api], PROBES[api], authHeaders(api))).status, api).toBeLessThan(300);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  }, 60_000);
});
