/**
 * Type tests for the generated Juspay client (checked by `tsc --noEmit -p tests/types`; never run).
 * Each `@ts-expect-error` line must fail to compile: if the generated types stop rejecting it,
 * tsc reports the directive as unused and the check fails.
 */
import createClient from 'openapi-fetch';
import { createJuspayClient, type components, type operations, type paths } from '../../generated/juspay/client.js';
import type { Expect, Same } from './expect.js';

type Schemas = components['schemas'];

export function clientOptions(): void {
  createJuspayClient({ apiKey: 'juspay_test_key', merchantId: 'merchant_id' });
  createJuspayClient({ apiKey: 'juspay_test_key', merchantId: 'merchant_id', version: '2019-05-07', baseUrl: 'http://127.0.0.1:4012' });
  // @ts-expect-error the merchant id is required
  createJuspayClient({ apiKey: 'juspay_test_key' });
  // @ts-expect-error Razorpay-style credentials are not Juspay's
  createJuspayClient({ keyId: 'rzp_test_key', keySecret: 'secret', merchantId: 'merchant_id' });
}

const client = createJuspayClient({ apiKey: 'juspay_test_key', merchantId: 'merchant_id' });

export async function createCustomerRequests(): Promise<void> {
  // The client sends `x-merchantid` (and `version`), so calls need not repeat the headers.
  await client.POST('/customers', {
    body: {
      object_reference_id: 'user01@example.com',
      mobile_number: '9988776655',
      email_address: 'user01@example.com',
      first_name: 'John',
      mobile_country_code: '91',
      'options.get_client_auth_token': 'true',
    },
  });
  await client.POST('/customers', {
    params: { header: { 'x-routing-id': 'cst_om2l6ctlptxwxuzj' } },
    body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655' },
  });

  // @ts-expect-error `mobile_number` is required
  await client.POST('/customers', { body: { object_reference_id: 'user01@example.com' } });
  // @ts-expect-error `object_reference_id` is required
  await client.POST('/customers', { body: { mobile_number: '9988776655' } });
  await client.POST('/customers', {
    // @ts-expect-error the token option is the flat key `options.get_client_auth_token`, not a nested object
    body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655', options: { get_client_auth_token: 'true' } },
  });
  await client.POST('/customers', {
    // @ts-expect-error the token flag is "true"/"false"/"True"/"False"
    body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655', 'options.get_client_auth_token': 'yes' },
  });
  // @ts-expect-error form values are strings: `mobile_number` is not a number
  await client.POST('/customers', { body: { object_reference_id: 'user01@example.com', mobile_number: 9988776655 } });
}

export async function getAndUpdateRequests(): Promise<void> {
  await client.GET('/customers/{customer_id}', {
    params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' }, query: { 'options.get_client_auth_token': 'true' } },
  });
  await client.POST('/customers/{customer_id}', {
    params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } },
    body: { first_name: 'John', last_name: 'Doe' },
  });

  // @ts-expect-error the path parameter is `customer_id`, not `id`
  await client.GET('/customers/{customer_id}', { params: { path: { id: 'cst_om2l6ctlptxwxuzj' } } });
  // @ts-expect-error the path parameter is required
  await client.GET('/customers/{customer_id}', {});
  await client.GET('/customers/{customer_id}', {
    // @ts-expect-error the token flag is "true"/"false"/"True"/"False"
    params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' }, query: { 'options.get_client_auth_token': '1' } },
  });
  await client.POST('/customers/{customer_id}', {
    params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } },
    // @ts-expect-error `object_reference_id` cannot be changed by an update
    body: { object_reference_id: 'user02@example.com' },
  });
  // @ts-expect-error Juspay updates customers with POST, not PUT
  await client.PUT('/customers/{customer_id}', { params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } }, body: {} });
}

export async function headersAreRequiredWithoutTheClientDefaults(): Promise<void> {
  // A bare openapi-fetch client over the same `paths` must send `x-merchantid` itself on create and get.
  const bare = createClient<paths>({ baseUrl: 'http://127.0.0.1:4012' });
  await bare.POST('/customers', {
    params: { header: { 'x-merchantid': 'merchant_id' } },
    body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655' },
  });
  // @ts-expect-error `x-merchantid` is a required header on create
  await bare.POST('/customers', { body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655' } });
  // @ts-expect-error `x-merchantid` is a required header on get
  await bare.GET('/customers/{customer_id}', { params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } } });
  // Update is the exception: the header is optional there.
  await bare.POST('/customers/{customer_id}', { params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } }, body: { first_name: 'John' } });
}

export async function responsesAreTyped(): Promise<void> {
  const { data, error } = await client.POST('/customers', {
    body: { object_reference_id: 'user01@example.com', mobile_number: '9988776655', 'options.get_client_auth_token': 'true' },
  });
  if (data) {
    type _customer = Expect<Same<typeof data, Schemas['JuspayCustomer']>>;
    type _object = Expect<Same<typeof data.object, 'customer'>>;
    const _token: string | null | undefined = data.juspay?.client_auth_token;
  }
  if (error) {
    type _error = Expect<Same<typeof error, Schemas['JuspayError']>>;
    if ('error_info' in error) {
      type _current = Expect<Same<typeof error, Schemas['JuspayErrorCurrent']>>;
      const _code: string = error.error_info.code;
    } else {
      type _legacy = Expect<Same<typeof error, Schemas['JuspayErrorLegacy']>>;
    }
  }
}

// Error bodies are typed per status.
type GetResponses = operations['getCustomer']['responses'];
type _badRequest = Expect<Same<GetResponses[400]['content']['application/json'], Schemas['JuspayError']>>;
type _notFound = Expect<Same<GetResponses[404]['content']['application/json'], Schemas['JuspayError']>>;
type _requestId = Expect<Same<GetResponses[404]['headers']['x-request-id'], string>>;
type _fetched = Expect<Same<GetResponses[200]['content']['application/json'], Schemas['JuspayCustomer']>>;
// @ts-expect-error creating a customer does not answer 404
type _createNotFound = operations['createCustomer']['responses'][404];
