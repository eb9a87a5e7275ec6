/**
 * The retry rules, against a local server that answers from a script: 429 (honouring `Retry-After`), 502 and 504
 * are retried for reads with exponential backoff and full jitter, bounded; writes only when the caller opts in;
 * no other status is. Waits go through an injected `sleep` that records them, and the jitter draws from an injected
 * `random`, so nothing here depends on time or chance.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudlessPayment, CloudlessPaymentError, type RetryOptions } from '../../generated/gateway/client.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { SDK_METHODS, gateway, rejection, scriptedServer, type ScriptedAnswer, type ScriptedServer } from './helpers.ts';

const fetchCustomers = SDK_METHODS.find((method) => method.method === 'fetchAll')!.operation;
const createCustomer = SDK_METHODS.find((method) => method.method === 'create')!.operation;
const documented = (status: number, name: string): ScriptedAnswer => ({
  status,
  body: responseExamples(gateway.spec, fetchCustomers, status)[name],
});
const rateLimited = (retryAfter: string) => ({ ...documented(429, 'rateLimited'), headers: { 'retry-after': retryAfter } });
const badGateway = documented(502, 'vendorGatewayErrorRazorpay');
const gatewayTimeout = documented(504, 'vendorGatewayTimeoutRazorpay');
const listed = documented(200, 'allCustomersAtRazorpay');
const created = { status: 200, body: responseExamples(gateway.spec, createCustomer, 200).createdAtRazorpay };

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An SDK at a server answering `answers` in turn, whose waits are recorded instead of spent. */
async function sdkAt(answers: ScriptedAnswer[], retry: RetryOptions = {}) {
  server = await scriptedServer(answers);
  const waits: number[] = [];
  const sdk = new CloudlessPayment({
    key: 'k',
    baseUrl: server.baseUrl,
    retry: { baseDelay: 100, maxDelay: 5_000, ...retry, sleep: async (milliseconds) => void waits.push(milliseconds) },
  });
  return { sdk, waits, received: server.received };
}

describe('reads', () => {
  it('retry 429, 502 and 504 until the answer, waiting Retry-After, then a random part of doubling ceilings', async () => {
    const fractions = [0.25, 0.75];
    const { sdk, waits, received } = await sdkAt([rateLimited('2'), badGateway, gatewayTimeout, listed], {
      retries: 3,
      random: () => fractions.shift()!,
    });
    const response = await sdk.customer.fetchAll();
    expect(response).toEqual(listed.body);
    expect(received).toHaveLength(4);
    // Retry n (0-based) waits the drawn fraction of min(maxDelay, baseDelay · 2ⁿ): 0.25 · 200 and 0.75 · 400.
    expect(waits).toEqual([2_000, 50, 300]);
    expect(fractions).toEqual([]); // a Retry-After wait draws nothing
  });

  it('draw the fraction from Math.random unless told otherwise', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      const { sdk, waits } = await sdkAt([badGateway, badGateway, listed]);
      await sdk.customer.fetchAll();
      expect(waits).toEqual([50, 100]);
    } finally {
      random.mockRestore();
    }
  });

  it('stop after `retries` (default 2: three attempts) and reject with the last answer', async () => {
    const { sdk, received } = await sdkAt([badGateway, badGateway, gatewayTimeout, listed]);
    const error = (await rejection(sdk.customer.fetchById('cust_QvyFrutz4UBEbh'))) as CloudlessPaymentError;
    expect([error.status, error.code, error.vendorStatus]).toEqual([504, 'VENDOR_ERROR', 504]);
    expect(received).toEqual(Array(3).fill('GET /api/customer/get?id=cust_QvyFrutz4UBEbh'));
  });

  it('keep backoff ceilings under maxDelay', async () => {
    const { sdk, waits } = await sdkAt([badGateway, badGateway, badGateway, badGateway, listed], {
      retries: 4,
      baseDelay: 1_000,
      maxDelay: 1_500,
      random: () => 0.5,
    });
    await sdk.customer.fetchAll();
    // Ceilings 1 000, then 2 000, 4 000 and 8 000 held at 1 500.
    expect(waits).toEqual([500, 750, 750, 750]);
  });

  it('do not wait for a Retry-After beyond maxDelay: the 429 rejects at once', async () => {
    const { sdk, waits, received } = await sdkAt([rateLimited('60'), listed], { maxDelay: 1_000 });
    const error = (await rejection(sdk.customer.fetchAll())) as CloudlessPaymentError;
    expect([error.status, error.code]).toEqual([429, 'RATE_LIMITED']);
    expect([waits, received.length]).toEqual([[], 1]);
  });

  it('read Retry-After as an HTTP date too (one in the past: retry now)', async () => {
    const { sdk, waits } = await sdkAt([rateLimited(new Date(0).toUTCString()), listed]);
    await sdk.customer.fetchAll();
    expect(waits).toEqual([0]);
  });

  it('fall back to backoff when Retry-After is unreadable', async () => {
    const { sdk, waits } = await sdkAt([rateLimited('soon'), listed]);
    await sdk.customer.fetchAll();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeLessThanOrEqual(100);
  });

  it('are not retried with retries: 0', async () => {
    const { sdk, received } = await sdkAt([badGateway, listed], { retries: 0 });
    expect(((await rejection(sdk.customer.fetchAll())) as CloudlessPaymentError).status).toBe(502);
    expect(received).toHaveLength(1);
  });

  for (const [status, name] of [
    [400, 'malformedIdAtRazorpay'],
    [401, 'missingApiKey'],
    [403, 'vendorForbiddenRazorpay'],
    [404, 'customerNotFoundRazorpay'],
    [413, 'payloadTooLarge'],
    [500, 'internalError'],
  ] as const) {
    it(`are never retried on ${status}`, async () => {
      const { sdk, waits, received } = await sdkAt([documented(status, name), listed]);
      expect(((await rejection(sdk.customer.fetchById('cust_QvyFrutz4UBEbh'))) as CloudlessPaymentError).status).toBe(status);
      expect([waits, received.length]).toEqual([[], 1]);
    });
  }

  it('wait with a real timer by default', async () => {
    server = await scriptedServer([badGateway, listed]);
    const sdk = new CloudlessPayment({ key: 'k', baseUrl: server.baseUrl, retry: { baseDelay: 1 } });
    await sdk.customer.fetchAll();
    expect(server.received).toHaveLength(2);
  });
});

describe('writes', () => {
  for (const answer of [rateLimited('1'), badGateway, gatewayTimeout]) {
    it(`are not retried on ${answer.status} unless the caller opts in`, async () => {
      const { sdk, received } = await sdkAt([answer, created]);
      expect(((await rejection(sdk.customer.create({ name: 'Kumar' }))) as CloudlessPaymentError).status).toBe(answer.status);
      expect(received).toEqual(['POST /api/customer/create']);
    });
  }

  it('are retried with retry.writes, create and update alike', async () => {
    const { sdk, waits, received } = await sdkAt([badGateway, created, gatewayTimeout, created], { writes: true });
    expect(await sdk.customer.create({ name: 'Kumar' })).toEqual(created.body);
    await sdk.customer.updateById('cust_QvyFrutz4UBEbh', { name: 'Kumar' });
    expect(received).toEqual([
      'POST /api/customer/create',
      'POST /api/customer/create',
      'PUT /api/customer/update?id=cust_QvyFrutz4UBEbh',
      'PUT /api/customer/update?id=cust_QvyFrutz4UBEbh',
    ]);
    expect(waits).toHaveLength(2);
  });
});
