/**
 * Type tests for the generated gateway SDK, `CloudlessPayment` (checked by `tsc --noEmit -p tests/types`; never
 * run). Each `@ts-expect-error` line must fail to compile: if the SDK's types stop rejecting it, tsc reports the
 * directive as unused and the check fails.
 */
import {
  CloudlessPayment,
  CloudlessPaymentError,
  type CloudlessPaymentErrorCode,
  type components,
} from '../../generated/gateway/client.js';
import type { Expect, NotAny, Same } from './expect.js';

type Schemas = components['schemas'];

export function options(): void {
  new CloudlessPayment({ key: 'Your-API-key' });
  new CloudlessPayment({
    key: 'Your-API-key',
    baseUrl: 'http://127.0.0.1:4010/api',
    timeout: 10_000,
    fetch: (request) => fetch(request),
    retry: { retries: 3, baseDelay: 200, maxDelay: 5_000, writes: true, sleep: async () => {} },
  });
  // @ts-expect-error the key is required
  new CloudlessPayment({ baseUrl: 'http://127.0.0.1:4010/api' });
  // @ts-expect-error the key is a string
  new CloudlessPayment({ key: 42 });
  // @ts-expect-error the option is `key`, not `apiKey`
  new CloudlessPayment({ apiKey: 'Your-API-key' });
  // @ts-expect-error unknown retry option
  new CloudlessPayment({ key: 'k', retry: { attempts: 3 } });
}

const cloudlesspay = new CloudlessPayment({ key: 'Your-API-key' });

export async function seedCode(customerId: string): Promise<void> {
  // The documentation's bodies, as variables (seed 000).
  const created = {
    name: 'Kumar',
    contact: '909090909090',
    email: 'kumar@example.com',
    fail_existing: false,
    notes: { notes_key_1: 'Tea, Earl Grey, Hot', notes_key_2: 'Tea, Earl Grey… decaf.' },
  };
  const changed = { contact: '9000090000', email: 'akashbhai@example.com', name: 'akashramaswamy' };
  await cloudlesspay.customer.create(created);
  await cloudlesspay.customer.fetchAll();
  await cloudlesspay.customer.fetchById(customerId);
  await cloudlesspay.customer.updateById(customerId, changed);
}

export async function wrongCalls(): Promise<void> {
  await cloudlesspay.customer.create({});
  await cloudlesspay.customer.create({ fail_existing: '0', gstin: '29ABCDE1234L1Z1', notes: { count: 2 } });
  // @ts-expect-error the body is required
  await cloudlesspay.customer.create();
  // @ts-expect-error unknown body field
  await cloudlesspay.customer.create({ name: 'Kumar', phone: '+919876543210' });
  // @ts-expect-error `name` is a string
  await cloudlesspay.customer.create({ name: 12345 });
  // @ts-expect-error `fail_existing` is a boolean or "0"/"1"
  await cloudlesspay.customer.create({ fail_existing: 'no' });
  // @ts-expect-error note values are strings or numbers
  await cloudlesspay.customer.create({ notes: { nested: { a: 'b' } } });
  // @ts-expect-error `notes` cannot be changed by an update
  await cloudlesspay.customer.updateById('cust_QvyFrutz4UBEbh', { notes: {} });
  // @ts-expect-error an update names the customer
  await cloudlesspay.customer.updateById({ name: 'Kumar' });
  // @ts-expect-error the id is a string
  await cloudlesspay.customer.fetchById(42);
  // @ts-expect-error fetchById needs the id
  await cloudlesspay.customer.fetchById();
  // @ts-expect-error fetchAll takes no id: that is fetchById
  await cloudlesspay.customer.fetchAll('cust_QvyFrutz4UBEbh');
  // @ts-expect-error no such method
  await cloudlesspay.customer.delete('cust_QvyFrutz4UBEbh');
  // @ts-expect-error no such resource
  await cloudlesspay.customers.fetchAll();
}

export async function createAndUpdateResolveToTheEnvelopeNarrowingOnVendor(): Promise<void> {
  const created = await cloudlesspay.customer.create({ name: 'Kumar' });
  const _updated = await cloudlesspay.customer.updateById('cust_QvyFrutz4UBEbh', { name: 'Kumar' });
  type _created = Expect<Same<typeof created, Schemas['CustomerResponse']>>;
  type _updatedEnvelope = Expect<Same<typeof _updated, Schemas['CustomerResponse']>>;
  type _notAny = Expect<NotAny<typeof created.data.result.data>>;
  const result = created.data.result;
  const id: string = result.data.id; // both vendors' customers have an id
  if (result.vendor === 'razorpay') {
    type _razorpay = Expect<Same<typeof result.data, Schemas['RazorpayCustomer']>>;
    // @ts-expect-error a Razorpay customer has no Juspay `object_reference_id`
    void result.data.object_reference_id;
  } else {
    type _juspay = Expect<Same<typeof result.data, Schemas['JuspayCustomer']>>;
  }
  void id;
}

export async function fetchAllResolvesToRazorpaysCollection(): Promise<void> {
  const response = await cloudlesspay.customer.fetchAll();
  type _notAny = Expect<NotAny<typeof response>>;
  const result = response.data.result;
  type _vendor = Expect<Same<typeof result.vendor, 'razorpay'>>;
  type _collection = Expect<Same<typeof result.data, Schemas['RazorpayCustomerCollection']>>;
  type _items = Expect<Same<typeof result.data.items, Schemas['RazorpayCustomer'][]>>;
  type _status = Expect<Same<typeof response.status, 'success'>>;
  type _message = Expect<Same<typeof response.data.message, string>>;
  // @ts-expect-error Juspay cannot list customers
  if (result.vendor === 'juspay') return;
}

export async function fetchByIdResolvesToOneCustomer(): Promise<void> {
  const response = await cloudlesspay.customer.fetchById('cust_QvyFrutz4UBEbh');
  type _notAny = Expect<NotAny<typeof response>>;
  const result = response.data.result;
  // @ts-expect-error a single read is never a collection
  void result.data.items;
  if (result.vendor === 'razorpay') {
    type _customer = Expect<Same<typeof result.data, Schemas['RazorpayCustomer']>>;
    type _entity = Expect<Same<typeof result.data.entity, 'customer'>>;
  } else {
    type _juspay = Expect<Same<typeof result.data, Schemas['JuspayCustomer']>>;
  }
}

export async function errorsCarryTheEnvelopeTyped(): Promise<void> {
  try {
    await cloudlesspay.customer.fetchById('cust_QvyFrutz4UBEbh');
  } catch (error) {
    if (!(error instanceof CloudlessPaymentError)) throw error;
    type _code = Expect<
      Same<
        typeof error.code,
        | 'UNAUTHORIZED'
        | 'VALIDATION_FAILED'
        | 'RATE_LIMITED'
        | 'INTERNAL_ERROR'
        | 'CUSTOMER_NOT_FOUND'
        | 'VENDOR_ERROR'
        | 'NETWORK_ERROR'
        | 'TIMEOUT'
        | 'UNEXPECTED_RESPONSE'
      >
    >;
    type _codes = Expect<Same<CloudlessPaymentErrorCode, typeof error.code>>;
    type _status = Expect<Same<typeof error.status, number | undefined>>;
    type _details = Expect<Same<typeof error.details, Schemas['FieldError'][] | undefined>>;
    type _vendor = Expect<Same<typeof error.vendor, 'razorpay' | 'juspay' | undefined>>;
    type _vendorStatus = Expect<Same<typeof error.vendorStatus, number | undefined>>;
    type _vendorError = Expect<Same<typeof error.vendorError, Schemas['RazorpayError'] | Schemas['JuspayError'] | undefined>>;
    type _body = Expect<Same<typeof error.body, unknown>>;
    type _notAny = Expect<NotAny<typeof error.vendorError>>;
    // @ts-expect-error not a code of the gateway or the SDK
    if (error.code === 'NOT_FOUND') return;
  }
}
