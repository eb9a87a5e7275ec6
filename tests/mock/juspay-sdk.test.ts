/**
 * The official `expresscheckout-nodejs` SDK against the Juspay mock: create, get and update sent exactly as
 * the SDK sends them (form bodies, `Authorization: Basic base64(api_key)` without a colon, `x-merchantid`,
 * `version`), with only `baseUrl` changed. Success bodies and the errors the SDK parses are validated.
 */
import { Juspay, AuthenticationError, InvalidRequestError } from 'expresscheckout-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { CREDENTIALS, expectValidResponse, sampleRequest } from './helpers.ts';
import { juspayClient, juspayWireBody } from './sdk-clients.ts';

const contract = Contract.load('juspay');
let mocks: RunningMocks;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

const sdk = (apiKey: string = CREDENTIALS.juspay.apiKey): Juspay => juspayClient(mocks.urls.juspay, apiKey, CREDENTIALS.juspay.merchantId);

function formExample(operationId: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(sampleRequest(contract, operationId).body));
}

const customerId = () => {
  const request = sampleRequest(contract, 'getCustomer');
  return contract.match(request.method, request.path)!.pathParams.customer_id!;
};

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
      expectValidResponse(contract, operationId, { status: 200, json: juspayWireBody(response) });
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
    expectValidResponse(contract, 'getCustomer', { status: 200, json: juspayWireBody(response) });
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
