/**
 * The SDK's options: the production base URL of the spec by default, the key as `x-api-key`, the global fetch
 * looked up per call unless one is injected, and a TypeError naming the option for anything malformed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudlessPayment, type CloudlessPaymentOptions } from '../../generated/gateway/client.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { SDK_METHODS, callWithExamples, gateway } from './helpers.ts';

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
/** Each SDK method's first success example, so that every call resolves. */
const success = (request: Request) => {
  const method = SDK_METHODS.find(
    (candidate) =>
      candidate.operation.method.toUpperCase() === request.method &&
      new URL(request.url).pathname.endsWith(candidate.operation.path) &&
      (candidate.method !== 'fetchAll' || !new URL(request.url).searchParams.has('id')),
  )!;
  const examples = Object.values(responseExamples(gateway.spec, method.operation, 200));
  return answer(method.method === 'fetchById' ? examples[1] : examples[0]);
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requests', () => {
  it("go to the spec's production server with the key as x-api-key, through the global fetch at call time", async () => {
    const sdk = new CloudlessPayment({ key: 'Your-API-key' });
    const requests: Request[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push(request);
      return success(request);
    });
    for (const method of SDK_METHODS) await callWithExamples(sdk, method);
    const server = gateway.spec.servers[0].url;
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${server}/customer/create`,
      `GET ${server}/customer/get`,
      `GET ${server}/customer/get?id=cust_QvyFrutz4UBEbh`,
      `PUT ${server}/customer/update?id=cust_PKm5m7fGK1DteI`,
    ]);
    for (const request of requests) expect(request.headers.get('x-api-key')).toBe('Your-API-key');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.json()).toEqual({
      name: 'Kumar',
      contact: '909090909090',
      email: 'kumar@example.com',
      fail_existing: false,
      notes: { notes_key_1: 'Tea, Earl Grey, Hot', notes_key_2: 'Tea, Earl Grey… decaf.' },
    });
  });

  it('go through an injected fetch, to baseUrl, and not through the global one', async () => {
    const global = vi.fn();
    vi.stubGlobal('fetch', global);
    const seen: string[] = [];
    const sdk = new CloudlessPayment({
      key: 'k',
      baseUrl: 'http://127.0.0.1:9/api/',
      fetch: async (request) => {
        seen.push(request.url);
        return success(request);
      },
    });
    await sdk.customer.fetchAll();
    expect(seen).toEqual(['http://127.0.0.1:9/api/customer/get']);
    expect(global).not.toHaveBeenCalled();
  });
});

describe('malformed options are refused when the SDK is created, naming the option', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no options', undefined, /options must be an object/],
    ['no key', {}, /options\.key must be your API key/],
    ['an empty key', { key: ' ' }, /options\.key/],
    ['a key that is not a string', { key: 42 }, /options\.key/],
    ['a relative baseUrl', { key: 'k', baseUrl: '/api' }, /options\.baseUrl must be an absolute URL, got \/api/],
    ['a timeout of 0', { key: 'k', timeout: 0 }, /options\.timeout must be more than 0 ms/],
    ['a negative timeout', { key: 'k', timeout: -1 }, /options\.timeout must be a finite number ≥ 0, got -1/],
    ['a fetch that is not a function', { key: 'k', fetch: 'fetch' }, /options\.fetch must be a function/],
    ['retry that is not an object', { key: 'k', retry: 3 }, /options\.retry must be an object/],
    ['fractional retries', { key: 'k', retry: { retries: 1.5 } }, /options\.retry\.retries must be a whole number ≥ 0, got 1\.5/],
    ['an infinite maxDelay', { key: 'k', retry: { maxDelay: Infinity } }, /options\.retry\.maxDelay/],
    ['a negative baseDelay', { key: 'k', retry: { baseDelay: -5 } }, /options\.retry\.baseDelay/],
    ['a sleep that is not a function', { key: 'k', retry: { sleep: 10 } }, /options\.retry\.sleep must be a function/],
    ['a random that is not a function', { key: 'k', retry: { random: 0.5 } }, /options\.retry\.random must be a function/],
  ];
  for (const [what, options, message] of cases) {
    it(what, () => {
      expect(() => new CloudlessPayment(options as CloudlessPaymentOptions)).toThrow(TypeError);
      expect(() => new CloudlessPayment(options as CloudlessPaymentOptions)).toThrow(message);
    });
  }
});
