/**
 * Every operation × every documented status × every named example of the bundled specs, selected with
 * `Prefer: code=…, example=…` on a valid request: the mock answers exactly that example, and the answer validates
 * against the spec. Without `Prefer`, it answers the first example of the lowest documented 2xx, as stock Prism does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { authHeaders, expectValidResponse, sampleRequest, send } from './helpers.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

for (const api of API_NAMES) {
  const contract = Contract.load(api);
  describe(`${api} mock`, () => {
    for (const info of contract.operations) {
      const request = sampleRequest(contract, info.operationId);
      const statuses = Object.keys(info.operation.responses);
      const success = statuses.filter((status) => /^2\d\d$/.test(status)).sort()[0]!;
      it(`${info.operationId} answers the first example of ${success} without Prefer`, async () => {
        const received = await send(mocks.urls[api], request, authHeaders(api));
        expect(received.status).toBe(Number(success));
        expect(received.json).toEqual(Object.values(responseExamples(contract.spec, info, success))[0]);
        expectValidResponse(contract, info.operationId, received);
      });
      for (const status of statuses) {
        for (const [key, value] of Object.entries(responseExamples(contract.spec, info, status))) {
          it(`${info.operationId} ${status} example=${key}`, async () => {
            const received = await send(mocks.urls[api], request, { ...authHeaders(api), prefer: `code=${status}, example=${key}` });
            expect(received.status).toBe(Number(status));
            expect(received.json).toEqual(value);
            expectValidResponse(contract, info.operationId, received);
          });
        }
      }
    }
  });
}
