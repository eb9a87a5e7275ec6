/**
 * Every documented error answer rejects with a CloudlessPaymentError carrying what the envelope says: each SDK
 * method × each documented error status × each named example, served by the example mock (`Prefer: code, example`),
 * the example itself being the oracle. Then the SDK's own codes: NETWORK_ERROR, TIMEOUT, UNEXPECTED_RESPONSE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudlessPayment, CloudlessPaymentError } from '../../generated/gateway/client.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { SDK_METHODS, callWithExamples, gateway, rejection, scriptedServer } from './helpers.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

/** An SDK at the mock that asks it for one documented answer, and does not retry it. */
const askingFor = (prefer: string) =>
  new CloudlessPayment({
    key: 'cp_test_mock_key',
    baseUrl: mocks.urls.gateway,
    retry: { retries: 0 },
    fetch: (request) => {
      request.headers.set('prefer', prefer);
      return fetch(request);
    },
  });

const documentedCodes = Object.keys(gateway.spec.components.schemas.ErrorResponse.properties.error.discriminator.mapping);
const covered = new Set<string>();

describe('documented errors', () => {
  for (const method of SDK_METHODS) {
    for (const status of Object.keys(method.operation.operation.responses).filter((code) => !code.startsWith('2'))) {
      for (const [name, example] of Object.entries(responseExamples(gateway.spec, method.operation, status)) as [string, any][]) {
        covered.add(example.error.code);
        it(`${method.resource}.${method.method}: ${status} ${name} (${example.error.code})`, async () => {
          const error = await rejection(callWithExamples(askingFor(`code=${status}, example=${name}`), method));
          expect(error).toBeInstanceOf(CloudlessPaymentError);
          const failure = error as CloudlessPaymentError;
          expect(failure.name).toBe('CloudlessPaymentError');
          expect({
            status: failure.status,
            code: failure.code,
            message: failure.message,
            details: failure.details,
            vendor: failure.vendor,
            vendorStatus: failure.vendorStatus,
            vendorError: failure.vendorError,
            requestId: failure.requestId,
          }).toEqual({
            status: Number(status),
            code: example.error.code,
            message: example.error.message,
            details: example.error.details,
            vendor: example.error.vendor,
            vendorStatus: example.error.vendor_status,
            vendorError: example.error.vendor_error,
            requestId: example.error.request_id,
          });
          expect(failure.body).toEqual(example);
          expect(failure.request.method).toBe(method.operation.method.toUpperCase());
        });
      }
    }
  }

  it('cover every documented error code', () => {
    expect([...covered].sort()).toEqual([...documentedCodes].sort());
  });
});

describe("the SDK's own codes", () => {
  it('NETWORK_ERROR when nothing answers, with the cause', async () => {
    const closed = await scriptedServer([]);
    await closed.close();
    const error = (await rejection(
      new CloudlessPayment({ key: 'k', baseUrl: closed.baseUrl }).customer.fetchAll(),
    )) as CloudlessPaymentError;
    expect(error).toBeInstanceOf(CloudlessPaymentError);
    expect([error.code, error.status, error.body]).toEqual(['NETWORK_ERROR', undefined, undefined]);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain(`GET ${closed.baseUrl}/customer/get got no answer`);
  });

  it('TIMEOUT when the answer does not come within `timeout`, not retried', async () => {
    const silent = await scriptedServer([], () => {});
    try {
      const sdk = new CloudlessPayment({ key: 'k', baseUrl: silent.baseUrl, timeout: 50 });
      const error = (await rejection(sdk.customer.fetchById('cust_QvyFrutz4UBEbh'))) as CloudlessPaymentError;
      expect(error).toBeInstanceOf(CloudlessPaymentError);
      expect([error.code, error.status]).toEqual(['TIMEOUT', undefined]);
      expect((error.cause as Error).name).toBe('TimeoutError');
      expect(error.message).toContain('within 50 ms');
      expect(silent.received).toEqual(['GET /api/customer/get?id=cust_QvyFrutz4UBEbh']);
    } finally {
      await silent.close();
    }
  });

  it('UNEXPECTED_RESPONSE for a single read answered with a list (the mock without Prefer)', async () => {
    const sdk = new CloudlessPayment({ key: 'k', baseUrl: mocks.urls.gateway });
    const error = (await rejection(sdk.customer.fetchById('cust_QvyFrutz4UBEbh'))) as CloudlessPaymentError;
    expect([error.code, error.status]).toEqual(['UNEXPECTED_RESPONSE', 200]);
    expect((error.body as any).data.result.data.entity).toBe('collection');
    expect(error.message).toContain('entity customer');
  });

  it('UNEXPECTED_RESPONSE for an answer the contract does not document (an unknown route), with its body', async () => {
    const sdk = new CloudlessPayment({ key: 'k', baseUrl: mocks.urls.gateway.replace(/\/api$/, '/v2') });
    const error = (await rejection(sdk.customer.create({ name: 'Kumar' }))) as CloudlessPaymentError;
    expect([error.code, error.status, (error.body as any).error.code]).toEqual(['UNEXPECTED_RESPONSE', 404, 'NOT_FOUND']);
    expect([error.details, error.vendor, error.vendorError]).toEqual([undefined, undefined, undefined]);
  });

  it('UNEXPECTED_RESPONSE for a success that is not JSON, or not the success envelope', async () => {
    const server = await scriptedServer([
      { status: 200, body: '<html>maintenance</html>' },
      { status: 200, body: { ok: true } },
    ]);
    try {
      const sdk = new CloudlessPayment({ key: 'k', baseUrl: server.baseUrl });
      for (const body of [undefined, { ok: true }]) {
        const error = (await rejection(sdk.customer.create({ name: 'Kumar' }))) as CloudlessPaymentError;
        expect([error.code, error.status, error.body]).toEqual(['UNEXPECTED_RESPONSE', 200, body]);
      }
    } finally {
      await server.close();
    }
  });
});
