/**
 * The official `expresscheckout-nodejs` SDK against the Juspay mock: create, get and update sent exactly as
 * the SDK sends them (form bodies, `Authorization: Basic base64(api_key)` without a colon, `x-merchantid`,
 * `version`), with only `baseUrl` changed. Success bodies and the errors the SDK parses are validated.
 */
import http from 'node:http';
import { Juspay, AuthenticationError, InvalidRequestError } from 'expresscheckout-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { CREDENTIALS, expectValidResponse, sampleRequest } from './helpers.ts';

const contract = Contract.load('juspay');
let mocks: RunningMocks;

// The SDK logs every call to logs/juspay-sdk.log in the working directory by default.
Juspay.customLogger = () => Juspay.silentLogger;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
});
afterAll(async () => {
  await mocks?.close();
});

/**
 * SDK 1.0.0's transport reaches only `https://<host>` on port 443: it picks plain HTTP with
 * `url.protocol === 'http'` (the protocol is `http:`, so it always speaks TLS) and passes `url.host` (host *and*
 * port) as the host name to resolve, then writes the request on the socket's `secureConnect`. This agent gives
 * its https.request a plain TCP socket to the mock's host and port that also announces `secureConnect` once
 * connected; the headers, bodies and paths stay exactly what the SDK builds.
 */
class PlainSocketAgent extends http.Agent {
  override createConnection(options: any, callback: any) {
    const socket = super.createConnection({ ...options, host: String(options.host).replace(/:\d+$/, '') }, callback);
    socket?.once('connect', () => socket.emit('secureConnect'));
    return socket;
  }
}

function plainHttp<T extends object>(resource: T): T {
  const agent = Object.assign(new PlainSocketAgent({ keepAlive: false }), { protocol: 'https:' });
  const target = resource as unknown as { makeServiceCall(args: Record<string, any>): Promise<unknown> };
  const original = target.makeServiceCall.bind(target);
  target.makeServiceCall = (args) => original({ ...args, opts: { authPriority: 'default', ...args.opts, agent } });
  return resource;
}

function sdk(apiKey: string = CREDENTIALS.juspay.apiKey): Juspay {
  const juspay = new Juspay({ apiKey, merchantId: CREDENTIALS.juspay.merchantId, baseUrl: mocks.urls.juspay });
  plainHttp(juspay.customer);
  return juspay;
}

function formExample(operationId: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(sampleRequest(contract, operationId).body));
}

const customerId = () => {
  const request = sampleRequest(contract, 'getCustomer');
  return contract.match(request.method, request.path)!.pathParams.customer_id!;
};

/** The SDK adds its own `http` member to every success body; the rest is the wire body. */
function wireBody(response: unknown): unknown {
  const { http: _metadata, ...body } = response as Record<string, unknown>;
  return body;
}

type Call = [operationId: string, (juspay: Juspay) => Promise<unknown>];
const calls: Call[] = [
  ['createCustomer', (j) => j.customer.create(formExample('createCustomer') as any)],
  ['getCustomer', (j) => j.customer.get(customerId())],
  ['updateCustomer', (j) => j.customer.update(customerId(), formExample('updateCustomer'))],
];

describe('expresscheckout-nodejs SDK against the mock', () => {
  it('covers every operation of the Juspay spec', () => {
    expect(calls.map(([operationId]) => operationId).sort()).toEqual(contract.operations.map((o) => o.operationId).sort());
  });

  for (const [operationId, call] of calls) {
    it(`${operationId}: succeeds with a body the spec documents`, async () => {
      const response = await call(sdk());
      expectValidResponse(contract, operationId, { status: 200, json: wireBody(response) });
    });

    it(`${operationId}: a wrong key is refused with Juspay's 401, parsed as AuthenticationError`, async () => {
      const error = await call(sdk('not a key!')).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AuthenticationError);
      const raw = (error as AuthenticationError & { raw: unknown }).raw;
      expect(raw).toMatchObject({ status: 'error', error_code: 'access_denied' });
      expectValidResponse(contract, operationId, { status: 401, json: raw });
    });
  }

  it('get with options.get_client_auth_token', async () => {
    const response = await sdk().customer.get(customerId(), { 'options.get_client_auth_token': 'true' });
    expectValidResponse(contract, 'getCustomer', { status: 200, json: wireBody(response) });
  });

  it('an invalid mobile number is an InvalidRequestError naming the field', async () => {
    const error = (await sdk()
      .customer.create({ object_reference_id: 'user01@example.com', mobile_number: '98x' })
      .then(
        () => undefined,
        (e: unknown) => e,
      )) as InvalidRequestError & { raw: any };
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.error_message).toBe('Wrong value in mobile_number');
    expect(error.raw.error_info.fields).toEqual([{ field_name: 'mobile_number', reason: 'Invalid value.' }]);
    expectValidResponse(contract, 'createCustomer', { status: 400, json: error.raw });
  });
});
