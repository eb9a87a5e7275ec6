/**
 * The generated openapi-fetch clients against the mocks, pointed at the mocks' vendor-layout base URLs:
 * every operation × every documented status (selected with `Prefer: code=…`), each answer validated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../generated/gateway/client.ts';
import { createJuspayClient } from '../../generated/juspay/client.ts';
import { createRazorpayClient } from '../../generated/razorpay/client.ts';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { CREDENTIALS, expectValidResponse, requestBodyExamples, sampleRequest } from './helpers.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

type AnyClient = Record<
  string,
  (path: string, init: Record<string, unknown>) => Promise<{ response: Response; data?: unknown; error?: unknown }>
>;

function client(api: ApiName): AnyClient {
  const baseUrl = mocks.urls[api];
  const created =
    api === 'razorpay'
      ? createRazorpayClient({ ...CREDENTIALS.razorpay, baseUrl })
      : api === 'juspay'
        ? createJuspayClient({ ...CREDENTIALS.juspay, baseUrl })
        : createGatewayClient({ apiKey: CREDENTIALS.gateway.apiKey, baseUrl });
  return created as unknown as AnyClient;
}

for (const api of API_NAMES) {
  const contract = Contract.load(api);
  describe(`generated ${api} client against the mock`, () => {
    for (const info of contract.operations) {
      const sample = sampleRequest(contract, info.operationId);
      const path = contract.match(sample.method, sample.path)!.pathParams;
      const body = requestBodyExamples(contract.spec, info)[0]?.value;
      const documented = Object.keys(info.operation.responses);
      const success = Number(documented.filter((status) => /^2\d\d$/.test(status)).sort()[0]);
      const statuses = [undefined, ...documented.map(Number)];
      for (const status of statuses) {
        it(`${info.operationId} ${status ?? 'default'}`, async () => {
          const { response, data, error } = await client(api)[sample.method]!(info.path, {
            params: { path, query: sample.query, header: sample.headers },
            ...(body !== undefined ? { body } : {}),
            ...(status ? { headers: { Prefer: `code=${status}` } } : {}),
          });
          // Without Prefer, the first example of the lowest 2xx; with one, the first example of that status.
          expect(response.status).toBe(status ?? success);
          expect(data ?? error).toEqual(Object.values(responseExamples(contract.spec, info, status ?? success))[0]);
          const headers: Record<string, string> = {};
          response.headers.forEach((value, name) => {
            headers[name] = value;
          });
          expectValidResponse(contract, info.operationId, {
            status: response.status,
            json: data ?? error,
            contentType: headers['content-type'],
            headers,
          });
        });
      }
    }
  });
}
