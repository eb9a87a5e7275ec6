/**
 * Type tests for the generated gateway client (checked by `tsc --noEmit -p tests/types`; never run).
 * Each `@ts-expect-error` line must fail to compile: if the generated types stop rejecting it,
 * tsc reports the directive as unused and the check fails.
 */
import { createGatewayClient, type components, type operations } from '../../generated/gateway/client.js';
import type { Expect, Same } from './expect.js';

type Schemas = components['schemas'];

export function clientOptions(): void {
  createGatewayClient({ apiKey: 'key_test' });
  createGatewayClient({ apiKey: 'key_test', baseUrl: 'http://127.0.0.1:4010/api' });
  // @ts-expect-error the API key is required
  createGatewayClient({ baseUrl: 'http://127.0.0.1:4010/api' });
  // @ts-expect-error the API key is a string
  createGatewayClient({ apiKey: 42 });
  // @ts-expect-error unknown option
  createGatewayClient({ apiKey: 'key_test', keySecret: 'secret' });
}

const client = createGatewayClient({ apiKey: 'key_test' });

export async function createCustomerRequests(): Promise<void> {
  await client.POST('/customer/create', {
    body: {
      name: 'Gaurav Kumar',
      email: 'gaurav.kumar@example.com',
      contact: '+919876543210',
      fail_existing: false,
      gstin: '29ABCDE1234L1Z1',
      notes: { notes_key_1: 'Tea, Earl Grey, Hot', count: 2 },
    },
  });
  await client.POST('/customer/create', { body: { fail_existing: '0' } });
  await client.POST('/customer/create', { body: {} });

  // @ts-expect-error the request body is required
  await client.POST('/customer/create', {});
  // @ts-expect-error unknown body field
  await client.POST('/customer/create', { body: { name: 'Gaurav Kumar', phone: '+919876543210' } });
  // @ts-expect-error `name` is a string
  await client.POST('/customer/create', { body: { name: 12345 } });
  // @ts-expect-error `fail_existing` is a boolean or "0"/"1"
  await client.POST('/customer/create', { body: { fail_existing: 'no' } });
  // @ts-expect-error note values are strings or numbers
  await client.POST('/customer/create', { body: { notes: { nested: { a: 'b' } } } });
  // @ts-expect-error no such path
  await client.POST('/customer/delete', { body: {} });
  // @ts-expect-error create is a POST, not a GET
  await client.GET('/customer/create');
}

export async function updateCustomerRequests(): Promise<void> {
  await client.PUT('/customer/update', {
    params: { query: { id: 'cust_JbRkXMROZUMCVq' } },
    body: { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com' },
  });

  // @ts-expect-error the `id` query parameter is required
  await client.PUT('/customer/update', { body: { name: 'Gaurav Kumar' } });
  // @ts-expect-error the `id` query parameter is required
  await client.PUT('/customer/update', { params: { query: {} }, body: { name: 'Gaurav Kumar' } });
  // @ts-expect-error `id` is a string
  await client.PUT('/customer/update', { params: { query: { id: 7 } }, body: {} });
  // @ts-expect-error `notes` cannot be changed by an update
  await client.PUT('/customer/update', { params: { query: { id: 'cust_JbRkXMROZUMCVq' } }, body: { notes: {} } });
}

export async function createResultNarrowsOnVendor(): Promise<void> {
  const { data, error } = await client.POST('/customer/create', { body: { name: 'Gaurav Kumar' } });
  if (data) {
    const result = data.data.result;
    type _status = Expect<Same<typeof data.status, 'success'>>;
    type _action = Expect<Same<typeof result.action, 'create' | 'fetch' | 'edit'>>;
    if (result.vendor === 'razorpay') {
      type _razorpay = Expect<Same<typeof result.data, Schemas['RazorpayCustomer']>>;
      type _entity = Expect<Same<typeof result.data.entity, 'customer'>>;
      // @ts-expect-error a Razorpay customer has no Juspay `object_reference_id`
      void result.data.object_reference_id;
    } else {
      type _juspay = Expect<Same<typeof result.data, Schemas['JuspayCustomer']>>;
      type _object = Expect<Same<typeof result.data.object, 'customer'>>;
    }
  }
  if (error) {
    type _error = Expect<Same<typeof error, Schemas['ErrorResponse']>>;
    const failure = error.error;
    if (failure.code === 'VENDOR_ERROR') {
      if (failure.vendor === 'razorpay') {
        type _razorpayError = Expect<Same<typeof failure.vendor_error, Schemas['RazorpayError']>>;
      } else {
        type _juspayError = Expect<Same<typeof failure.vendor_error, Schemas['JuspayError']>>;
      }
    } else if (failure.code === 'CUSTOMER_NOT_FOUND') {
      type _notFound = Expect<Same<typeof failure, Schemas['CustomerNotFound']>>;
    } else {
      type _gateway = Expect<Same<typeof failure.code, 'UNAUTHORIZED' | 'VALIDATION_FAILED' | 'RATE_LIMITED' | 'INTERNAL_ERROR'>>;
    }
  }
}

export async function fetchResultNarrowsOnVendorThenEntity(): Promise<void> {
  await client.GET('/customer/get', { params: { query: { id: 'cust_JbRkXMROZUMCVq' } } });
  // @ts-expect-error `id` is the only query parameter
  await client.GET('/customer/get', { params: { query: { count: 10 } } });

  const { data } = await client.GET('/customer/get');
  if (!data) return;
  const result = data.data.result;
  if (result.vendor === 'razorpay') {
    const body = result.data;
    if (body.entity === 'collection') {
      type _items = Expect<Same<typeof body.items, Schemas['RazorpayCustomer'][]>>;
      type _count = Expect<Same<typeof body.count, number>>;
    } else {
      type _customer = Expect<Same<typeof body, Schemas['RazorpayCustomer']>>;
    }
    // @ts-expect-error `items` exists only once `entity` is known to be `collection`
    void body.items;
  } else {
    type _juspay = Expect<Same<typeof result.data, Schemas['JuspayCustomer']>>;
  }
}

// Error bodies are typed per status.
type FetchResponses = operations['fetchCustomers']['responses'];
type _badRequest = Expect<Same<FetchResponses[400]['content']['application/json'], Schemas['ErrorResponse']>>;
type _notFound = Expect<Same<FetchResponses[404]['content']['application/json'], Schemas['ErrorResponse']>>;
type _retryAfter = Expect<Same<FetchResponses[429]['headers']['Retry-After'], number>>;
type _success = Expect<Same<FetchResponses[200]['content']['application/json'], Schemas['FetchCustomersResponse']>>;
// @ts-expect-error reads do not answer 409
type _conflict = FetchResponses[409];
