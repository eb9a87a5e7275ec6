/**
 * Property-based negative testing against the running mocks: generated requests that break a documented
 * limit, type or required field get a documented vendor-shaped 4xx, valid ones a 2xx, and nothing gets a
 * 5xx or breaks the connection. Run counts are modest here; the benchmark sends 10,000 invalid per API.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { fuzzApi, formatFuzzCounts } from '../../scripts/mock/fuzz/run-fuzz.ts';
import { invalidRequestArbitraries, type Mutation } from '../../scripts/mock/fuzz/mutations.ts';
import { validRequests } from '../../scripts/mock/fuzz/base-request.ts';
import { RequestOracle, type Breach } from '../../scripts/mock/fuzz/oracle.ts';

let mocks: RunningMocks;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});

afterAll(async () => {
  await mocks?.close();
});

describe.each(API_NAMES)('%s mock under generated requests', (api) => {
  it('rejects every invalid request with a documented 4xx and accepts every valid one', async () => {
    const counts = await fuzzApi(api, mocks.urls[api], Contract.load(api), { invalidPerApi: 150, validPerApi: 20, concurrency: 8 });
    console.log(formatFuzzCounts([counts]));
    expect(counts.failures).toEqual([]);
    expect(counts.invalidSent).toBeGreaterThanOrEqual(150);
    expect(counts.invalidRejected).toBe(counts.invalidSent);
    expect(counts.validAccepted).toBe(counts.validSent);
    expect(counts.serverErrors + counts.crashes).toBe(0);
  }, 60_000);
});

describe('invalid-request arbitraries', () => {
  const contract = Contract.load('razorpay');
  const oracle = new RequestOracle(contract.spec);
  const info = contract.operation('createCustomer');
  const valid = validRequests(contract, info).find((r) => r.mediaType === 'application/json')!;

  it('cover the limits, types, required fields and unknown fields of an operation', () => {
    const labels = new Set(
      invalidRequestArbitraries(contract, info, valid).flatMap((arbitrary) =>
        fc.sample(arbitrary, { numRuns: 3, seed: 1 }).map((m) => m.label),
      ),
    );
    for (const label of [
      'body /name maxLength',
      'body /name pattern',
      'body /contact type',
      'body /notes maxProperties',
      'body /email type',
      'body additionalProperties',
    ]) {
      expect(labels, label).toContain(label);
    }
  });

  it('each JSON-body mutation breaks the rule it names, as the independent oracle judges it', () => {
    /** The breach a label names: `body /name maxLength`, `query count maximum`, or `body additionalProperties`. */
    const named = ({ label, request }: Mutation): Breach => {
      const [where, target, keyword] = label.split(' ');
      if (where !== 'body') return { in: `${where} ${target}`, pointer: '', keyword: keyword! };
      if (keyword) return { in: 'body', pointer: target!, keyword };
      const added = Object.keys(request.body as object).find((key) => !(key in (valid.body as object)));
      return { in: 'body', pointer: `/${added}`, keyword: target! };
    };
    for (const arbitrary of invalidRequestArbitraries(contract, info, valid)) {
      for (const mutation of fc.sample(arbitrary, { numRuns: 5, seed: 7 })) {
        const what = `${mutation.label}: ${JSON.stringify(mutation.request.body)}`;
        expect(oracle.isValid(info.path, info.method, mutation.request), what).toBe(false);
        expect(oracle.breaches(info.path, info.method, mutation.request), what).toContainEqual(named(mutation));
      }
    }
  });

  it('every operation has a valid request built from its examples, and the oracle accepts it', () => {
    for (const api of API_NAMES) {
      const apiContract = Contract.load(api);
      const apiOracle = new RequestOracle(apiContract.spec);
      for (const operation of apiContract.operations) {
        const requests = validRequests(apiContract, operation);
        expect(requests.length, operation.operationId).toBeGreaterThan(0);
        for (const request of requests)
          expect(apiOracle.isValid(operation.path, operation.method, request), `${api} ${operation.operationId}`).toBe(true);
      }
    }
  });
});

describe('the request oracle', () => {
  const razorpay = Contract.load('razorpay');
  const oracle = new RequestOracle(razorpay.spec);
  const base = { operationId: 'x', method: 'GET', pathParams: {}, query: {}, headers: {} };

  it('judges parameters as text the way the servers read them', () => {
    expect(oracle.isValid('/customers', 'get', { ...base, query: { count: '100' } })).toBe(true);
    expect(oracle.isValid('/customers', 'get', { ...base, query: { count: '101' } })).toBe(false);
    expect(oracle.isValid('/customers', 'get', { ...base, query: { count: 'ten' } })).toBe(false);
    expect(oracle.isValid('/customers/{id}', 'get', { ...base, pathParams: { id: 'cust_1Aa00000000001' } })).toBe(true);
  });

  it('judges JSON bodies by their JSON types and form bodies as text, nested only where the encoding says so', () => {
    const post = { ...base, method: 'POST' };
    expect(
      oracle.isValid('/customers', 'post', { ...post, mediaType: 'application/json', body: { name: 'Gaurav Kumar', contact: 9123456780 } }),
    ).toBe(true);
    expect(
      oracle.isValid('/customers', 'post', { ...post, mediaType: 'application/json', body: { name: 'Gaurav Kumar', nickname: 'G' } }),
    ).toBe(false);
    expect(
      oracle.isValid('/customers', 'post', {
        ...post,
        mediaType: 'application/x-www-form-urlencoded',
        body: { name: 'Gaurav Kumar', notes: { k: 'v' } },
      }),
    ).toBe(true);
    expect(
      oracle.isValid('/customers', 'post', {
        ...post,
        mediaType: 'application/x-www-form-urlencoded',
        body: { name: 'Gaurav Kumar', fail_existing: 0 },
      }),
    ).toBe(true);
    // `name` has no deepObject encoding: `name[a]=b` is a field of its own, which a closed body refuses.
    expect(
      oracle.isValid('/customers', 'post', { ...post, mediaType: 'application/x-www-form-urlencoded', body: { name: { a: 'b' } } }),
    ).toBe(false);
  });
});
