/**
 * Type tests for the generated Razorpay client (checked by `tsc --noEmit -p tests/types`; never run).
 * Each `@ts-expect-error` line must fail to compile: if the generated types stop rejecting it,
 * tsc reports the directive as unused and the check fails.
 */
import { createRazorpayClient, type components, type operations } from '../../generated/razorpay/client.js';
import type { webhooks } from '../../generated/razorpay/types.js';
import type { Expect, Same } from './expect.js';

type Schemas = components['schemas'];

export function clientOptions(): void {
  createRazorpayClient({ keyId: 'rzp_test_key', keySecret: 'secret' });
  createRazorpayClient({ keyId: 'rzp_test_key', keySecret: 'secret', baseUrl: 'http://127.0.0.1:4011/v1' });
  // @ts-expect-error the key secret is required
  createRazorpayClient({ keyId: 'rzp_test_key' });
  // @ts-expect-error the gateway's `apiKey` is not a Razorpay credential
  createRazorpayClient({ apiKey: 'key_test' });
}

const client = createRazorpayClient({ keyId: 'rzp_test_key', keySecret: 'secret' });

export async function customerRequests(): Promise<void> {
  await client.POST('/customers', {
    body: {
      name: 'Gaurav Kumar',
      email: 'gaurav.kumar@example.com',
      contact: '+919876543210',
      fail_existing: '0',
      notes: { notes_key_1: 'Tea, Earl Grey, Hot' },
    },
  });
  await client.GET('/customers', { params: { query: { count: 10, skip: 0 } } });
  await client.GET('/customers/{id}', { params: { path: { id: 'cust_JbRkXMROZUMCVq' } } });
  await client.PUT('/customers/{id}', { params: { path: { id: 'cust_JbRkXMROZUMCVq' } }, body: { name: 'Gaurav Kumar' } });

  // @ts-expect-error unknown body field
  await client.POST('/customers', { body: { name: 'Gaurav Kumar', phone: '+919876543210' } });
  // @ts-expect-error `notes` is an object of scalar values, not a string
  await client.POST('/customers', { body: { notes: 'Tea, Earl Grey, Hot' } });
  // @ts-expect-error `fail_existing` takes 0/1, "0"/"1" or a boolean
  await client.POST('/customers', { body: { fail_existing: 'no' } });
  // @ts-expect-error `count` is a number
  await client.GET('/customers', { params: { query: { count: '10' } } });
  // @ts-expect-error the path parameter `id` is required
  await client.GET('/customers/{id}');
  // @ts-expect-error the path parameter is `id`, not `customer_id`
  await client.GET('/customers/{id}', { params: { path: { customer_id: 'cust_JbRkXMROZUMCVq' } } });
  // @ts-expect-error customers cannot be deleted
  await client.DELETE('/customers/{id}', { params: { path: { id: 'cust_JbRkXMROZUMCVq' } } });
  // @ts-expect-error an edit needs a body
  await client.PUT('/customers/{id}', { params: { path: { id: 'cust_JbRkXMROZUMCVq' } } });
  // @ts-expect-error `notes` cannot be changed by an edit
  await client.PUT('/customers/{id}', { params: { path: { id: 'cust_JbRkXMROZUMCVq' } }, body: { notes: {} } });
}

export async function recurringRequests(): Promise<void> {
  await client.POST('/orders', {
    body: {
      amount: 100,
      currency: 'INR',
      customer_id: 'cust_JbRkXMROZUMCVq',
      method: 'emandate',
      payment_capture: true,
      token: { max_amount: 9999900, frequency: 'monthly', auth_type: 'netbanking' },
    },
  });
  await client.POST('/invoices/{id}/notify_by/{medium}', { params: { path: { id: 'inv_1Aa00000000001', medium: 'sms' } } });
  await client.POST('/subscription_registration/auth_links', {
    body: {
      type: 'link',
      amount: 0,
      currency: 'INR',
      description: 'Card registration',
      customer: { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com', contact: '+919876543210' },
      subscription_registration: { method: 'card', max_amount: 500000, frequency: 'monthly' },
    },
  });

  // @ts-expect-error `amount` is required
  await client.POST('/orders', { body: { currency: 'INR' } });
  // @ts-expect-error `method` is one of card, netbanking, upi, emandate, nach
  await client.POST('/orders', { body: { amount: 100, currency: 'INR', method: 'paypal' } });
  // @ts-expect-error `frequency` is weekly, monthly, yearly or as_presented
  await client.POST('/orders', { body: { amount: 100, currency: 'INR', token: { frequency: 'daily' } } });
  // @ts-expect-error a registration link also needs `type`, `currency`, `description` and `subscription_registration`
  await client.POST('/subscription_registration/auth_links', { body: { amount: 100 } });
  // @ts-expect-error invoices are notified by sms or email only
  await client.POST('/invoices/{id}/notify_by/{medium}', { params: { path: { id: 'inv_1Aa00000000001', medium: 'whatsapp' } } });
}

export async function responsesAreTyped(): Promise<void> {
  const list = await client.GET('/customers');
  if (list.data) {
    type _entity = Expect<Same<typeof list.data.entity, 'collection'>>;
    type _items = Expect<Same<typeof list.data.items, Schemas['RazorpayCustomer'][]>>;
  } else {
    type _error = Expect<Same<typeof list.error, Schemas['RazorpayError']>>;
    const _description: string = list.error.error.description;
  }

  const token = await client.GET('/customers/{id}/tokens/{token_id}', {
    params: { path: { id: 'cust_JbRkXMROZUMCVq', token_id: 'token_4lsdksD31GaZ09' } },
  });
  if (token.data) {
    type _token = Expect<Same<typeof token.data, Schemas['RazorpayToken']>>;
  }
}

/** A body that may be one customer or a page of them (as the gateway relays it) narrows on `entity`. */
export function listOrSingleNarrowsOnEntity(body: Schemas['RazorpayCustomer'] | Schemas['RazorpayCustomerCollection']): number {
  if (body.entity === 'collection') {
    type _items = Expect<Same<typeof body.items, Schemas['RazorpayCustomer'][]>>;
    return body.count;
  }
  type _customer = Expect<Same<typeof body, Schemas['RazorpayCustomer']>>;
  return body.created_at;
}

// Error bodies are typed per status.
type CreateResponses = operations['createCustomer']['responses'];
type _badRequest = Expect<Same<CreateResponses[400]['content']['application/json'], Schemas['RazorpayError']>>;
type _unauthorized = Expect<Same<CreateResponses[401]['content']['application/json'], Schemas['RazorpayError']>>;
type _created = Expect<Same<CreateResponses[200]['content']['application/json'], Schemas['RazorpayCustomer']>>;
// @ts-expect-error creating a customer does not answer 404
type _notFound = CreateResponses[404];

/** A webhook's body, as a receiver types it from `cloudlesspay-contracts/razorpay/types`. */
type WebhookBody<Event extends keyof webhooks> = webhooks[Event]['post']['requestBody']['content']['application/json'];

export function webhookBodies(captured: WebhookBody<'payment.captured'>, confirmed: WebhookBody<'token.confirmed'>): string {
  type _event = Expect<Same<typeof captured.event, 'payment.captured'>>;
  type _contains = Expect<Same<(typeof captured.contains)[number], 'payment'>>;
  type _payment = Expect<Same<typeof captured.payload.payment.entity, Schemas['RazorpayPayment']>>;
  type _token = Expect<Same<typeof confirmed.payload.token.entity, Schemas['RazorpayToken']>>;
  type _eventId = Expect<Same<webhooks['order.paid']['post']['parameters']['header']['x-razorpay-event-id'], string>>;
  // @ts-expect-error a token event carries no payment
  void confirmed.payload.payment;
  // @ts-expect-error each webhook's body names its own event
  const other: WebhookBody<'payment.captured'>['event'] = 'payment.failed';
  return `${captured.payload.payment.entity.id} ${confirmed.payload.token.entity.id} ${other}`;
}
