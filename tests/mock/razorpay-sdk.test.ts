/**
 * The official `razorpay` Node SDK against the Razorpay mock: every customer method and the recurring-card
 * flow's calls, sent exactly as the SDK sends them (JSON bodies, Basic key_id:key_secret, its own `/v1/…`
 * paths); only the SDK's host is changed. Success bodies and the errors the SDK parses are validated.
 */
import type Razorpay from 'razorpay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { CREDENTIALS, expectValidResponse, sampleRequest } from './helpers.ts';
import { razorpayClient } from './sdk-clients.ts';

const contract = Contract.load('razorpay');
let mocks: RunningMocks;

beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

const client = (options: { key_id: string; key_secret?: string }): Razorpay => razorpayClient(mocks.urls.razorpay, options);

const sdk = () => client({ key_id: CREDENTIALS.razorpay.keyId, key_secret: CREDENTIALS.razorpay.keySecret });

/** The spec's example path parameters and JSON body of an operation. */
function example(operationId: string): { params: Record<string, string>; body: any } {
  const request = sampleRequest(contract, operationId);
  const params = contract.match(request.method, request.path)!.pathParams;
  return { params, body: request.contentType === 'application/json' ? JSON.parse(request.body!) : undefined };
}

type Call = [operationId: string, (razorpay: Razorpay) => Promise<unknown>];

const calls: Call[] = [
  ['createCustomer', (r) => r.customers.create(example('createCustomer').body)],
  ['fetchAllCustomers', (r) => r.customers.all({ count: 10, skip: 0 })],
  ['fetchCustomer', (r) => r.customers.fetch(example('fetchCustomer').params.id!)],
  ['editCustomer', (r) => r.customers.edit(example('editCustomer').params.id!, example('editCustomer').body)],
  [
    'addCustomerBankAccount',
    (r) => r.customers.addBankAccount(example('addCustomerBankAccount').params.id!, example('addCustomerBankAccount').body),
  ],
  [
    'deleteCustomerBankAccount',
    (r) => {
      const { id, bank_id } = example('deleteCustomerBankAccount').params;
      return r.customers.deleteBankAccount(id!, bank_id!);
    },
  ],
  ['fetchCustomerTokens', (r) => r.customers.fetchTokens(example('fetchCustomerTokens').params.id!)],
  [
    'fetchCustomerToken',
    (r) => {
      const { id, token_id } = example('fetchCustomerToken').params;
      return r.customers.fetchToken(id!, token_id!);
    },
  ],
  [
    'deleteCustomerToken',
    (r) => {
      const { id, token_id } = example('deleteCustomerToken').params;
      return r.customers.deleteToken(id!, token_id!);
    },
  ],
  ['requestEligibilityCheck', (r) => r.customers.requestEligibilityCheck(example('requestEligibilityCheck').body)],
  ['fetchEligibility', (r) => r.customers.fetchEligibility(example('fetchEligibility').params.eligibility_id!)],
  ['createOrder', (r) => r.orders.create(example('createOrder').body)],
  ['fetchOrder', (r) => r.orders.fetch(example('fetchOrder').params.id!)],
  ['createRegistrationLink', (r) => r.subscriptions.createRegistrationLink(example('createRegistrationLink').body)],
  [
    'notifyInvoice',
    (r) => {
      const { id, medium } = example('notifyInvoice').params;
      return r.invoices.notifyBy(id!, medium as 'sms' | 'email');
    },
  ],
  ['fetchInvoice', (r) => r.invoices.fetch(example('fetchInvoice').params.id!)],
  ['cancelInvoice', (r) => r.invoices.cancel(example('cancelInvoice').params.id!)],
  ['fetchPayment', (r) => r.payments.fetch(example('fetchPayment').params.id!)],
  ['createRecurringPayment', (r) => r.payments.createRecurringPayment(example('createRecurringPayment').body)],
  ['fetchCard', (r) => r.cards.fetch(example('fetchCard').params.id!)],
  ['requestCardReference', (r) => r.cards.requestCardReference(example('requestCardReference').body)],
];

interface SdkError {
  statusCode: number;
  error: { code: string; description: string; field?: string };
}

async function rejection(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('the SDK call succeeded but was expected to fail');
}

describe('razorpay SDK against the mock', () => {
  it('covers every operation of the Razorpay spec', () => {
    expect(calls.map(([operationId]) => operationId).sort()).toEqual(contract.operations.map((o) => o.operationId).sort());
  });

  for (const [operationId, call] of calls) {
    it(`${operationId}: succeeds with a body the spec documents`, async () => {
      const body = await call(sdk() as any);
      expectValidResponse(contract, operationId, { status: 200, json: body });
    });

    it(`${operationId}: a wrong key id is refused with Razorpay's 401`, async () => {
      const error = await rejection(call(client({ key_id: 'wrong_key', key_secret: 'secret' }) as any));
      expect(error.statusCode).toBe(401);
      expect(error.error.description).toBe('The api key provided is invalid');
      expectValidResponse(contract, operationId, { status: 401, json: { error: error.error } });
    });
  }

  it('a key id without secret sends no credentials: "Please provide your api key…"', async () => {
    const error = await rejection(client({ key_id: CREDENTIALS.razorpay.keyId }).customers.fetch('cust_1Aa00000000001'));
    expect(error.statusCode).toBe(401);
    expect(error.error.description).toBe('Please provide your api key for authentication purposes.');
  });

  it("an invalid body comes back as the SDK's 400 error naming the field", async () => {
    const error = await rejection(sdk().customers.create({ name: 'A'.repeat(51) }));
    expect(error.statusCode).toBe(400);
    expect(error.error).toMatchObject({
      code: 'BAD_REQUEST_ERROR',
      description: 'The name may not be greater than 50 characters.',
      field: 'name',
    });
    expectValidResponse(contract, 'createCustomer', { status: 400, json: { error: error.error } });
  });

  it('an unknown id prefix is Razorpay\'s "The id provided does not exist"', async () => {
    const error = await rejection(sdk().customers.fetch('abc'));
    expect(error).toMatchObject({ statusCode: 400, error: { description: 'The id provided does not exist' } });
    // Razorpay's documented body for it names no field.
    expect(error.error).not.toHaveProperty('field');
  });
});
