/**
 * Property-based negative testing against the running mocks: generated requests that break a documented
 * limit, type or required field get a documented vendor-shaped 4xx, valid ones a 2xx, and nothing gets a
 * 5xx or breaks the connection. Run counts are modest here; the benchmark sends 10,000 invalid per API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { fuzzApi, formatFuzzCounts } from '../../scripts/conformance/fuzz/run-fuzz.ts';
import { invalidRequestArbitraries } from '../../scripts/conformance/fuzz/mutations.ts';
import { validRequests } from '../../scripts/conformance/fuzz/base-request.ts';

let mocks: RunningMocks;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
});

afterAll(async () => {
  await mocks?.close();
});

describe.each(APIS)('%s mock under generated requests', (api) => {
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
  it('cover limits, types, required fields and unknown fields of every operation that has them', () => {
    const contract = Contract.load('razorpay');
    const info = contract.operation('createCustomer');
    const valid = validRequests(contract, info).find((r) => r.mediaType === 'application/json')!;
    const labels = invalidRequestArbitraries(contract, info, valid).length;
    expect(labels).toBeGreaterThan(5);
    for (const operation of contract.operations) expect(validRequests(contract, operation).length, operation.operationId).toBeGreaterThan(0);
  });
});
