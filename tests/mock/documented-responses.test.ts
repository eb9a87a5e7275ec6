/**
 * Every operation × every documented status × every named example of the three bundled specs, selected
 * with `Prefer: code=…, example=…` on a valid request: the mock answers exactly that example, and the answer
 * validates against the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, Contract, resolveLocalRef } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { authHeaders, expectValidResponse, sampleRequest, send } from './helpers.ts';

let mocks: RunningMocks;
beforeAll(async () => { mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } }); });
afterAll(async () => { await mocks?.close(); });

for (const api of APIS) {
  const contract = Contract.load(api);
  describe(`${api} mock`, () => {
    for (const info of contract.operations) {
      const request = sampleRequest(contract, info.operationId);
      it(`${info.operationId} answers its first 2xx without Prefer`, async () => {
        const received = await send(mocks.urls[api], request, authHeaders(api));
        expect(received.status).toBeGreaterThanOrEqual(200);
        expect(received.status).toBeLessThan(300);
        expectValidResponse(contract, info.operationId, received);
      });
      for (const [status, responseNode] of Object.entries<Record<string, any>>(info.operation.responses)) {
        const response = resolveLocalRef(contract.spec, responseNode)!;
        const examples = Object.entries<Record<string, any>>(response.content?.['application/json']?.examples ?? {});
        it(`${info.operationId} documents ${status} with examples`, () => {
          expect(examples.length).toBeGreaterThan(0);
        });
        for (const [key, example] of examples) {
          it(`${info.operationId} ${status} example=${key}`, async () => {
            const received = await send(mocks.urls[api], request, { ...authHeaders(api), prefer: `code=${status}, example=${key}` });
            expect(received.status).toBe(Number(status));
            expect(received.json).toEqual(resolveLocalRef(contract.spec, example)!.value);
            expectValidResponse(contract, info.operationId, received);
          });
        }
      }
    }
  });
}
