/**
 * A consumer of the packed `cloudlesspay-contracts` tarball (tests/package/pack.test.ts installs the tarball
 * into a fresh project, type-checks this file with `tsc`, compiles it and runs it). It uses only the
 * package's public entry points (the typed clients and the gateway SDK), narrows every result the way the
 * README tells users to, and prints what it saw as one JSON line for the test to assert.
 *
 * The file ends in `.mts` so the repository's own `tsc` run (which covers the `.ts` files under tests/)
 * leaves it alone: it imports the package by name, which resolves only inside the temporary project.
 */
import { CloudlessPayment, CloudlessPaymentError, createGatewayClient } from 'cloudlesspay-contracts/gateway';
import { createRazorpayClient, type components as RazorpayComponents } from 'cloudlesspay-contracts/razorpay';
import { createJuspayClient } from 'cloudlesspay-contracts/juspay';
import type { components as JuspayComponents } from 'cloudlesspay-contracts/juspay/types';
import gatewaySpec from 'cloudlesspay-contracts/gateway/openapi.json' with { type: 'json' };

const [gatewayUrl, razorpayUrl, juspayUrl] = process.argv.slice(2);
if (!gatewayUrl || !razorpayUrl || !juspayUrl) {
  throw new Error('usage: node consumer.mjs <gateway base URL> <razorpay base URL> <juspay base URL>');
}

/** Where clients created without `baseUrl` send their requests; a stub answers so nothing leaves the machine. */
async function defaultRequestUrls(): Promise<string[]> {
  const urls: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: Parameters<typeof fetch>[0]) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  try {
    await createGatewayClient({ apiKey: 'key_test_gateway' }).GET('/customer/get');
    await createRazorpayClient({ keyId: 'rzp_test_key', keySecret: 'rzp_test_secret' }).GET('/customers');
    await createJuspayClient({ apiKey: 'juspay_test_key', merchantId: 'merchant_id' }).GET('/customers/{customer_id}', {
      params: { path: { customer_id: 'cst_om2l6ctlptxwxuzj' } },
    });
  } finally {
    globalThis.fetch = realFetch;
  }
  return urls;
}

const gateway = createGatewayClient({ apiKey: 'key_test_gateway', baseUrl: gatewayUrl });
const razorpay = createRazorpayClient({ keyId: 'rzp_test_key', keySecret: 'rzp_test_secret', baseUrl: razorpayUrl });
const juspay = createJuspayClient({ apiKey: 'juspay_test_key', merchantId: 'merchant_id', version: '2019-05-07', baseUrl: juspayUrl });

const created = await gateway.POST('/customer/create', {
  body: { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com', contact: '+919876543210', fail_existing: '0' },
});
let gatewayCustomerId: string | undefined;
if (created.data?.data.result.vendor === 'razorpay') gatewayCustomerId = created.data.data.result.data.id;

const listed = await gateway.GET('/customer/get');
let gatewayListCount: number | undefined;
const listedResult = listed.data?.data.result;
if (listedResult?.vendor === 'razorpay' && listedResult.data.entity === 'collection') {
  gatewayListCount = listedResult.data.items.length;
}

const updated = await gateway.PUT('/customer/update', {
  params: { query: { id: 'cust_JbRkXMROZUMCVq' } },
  body: { email: 'gaurav.kumar@example.com' },
});
let gatewayVendorError: string | undefined;
if (updated.error?.error.code === 'VENDOR_ERROR' && updated.error.error.vendor === 'razorpay') {
  gatewayVendorError = updated.error.error.vendor_error.error.description;
}

// The SDK, as the gateway's documentation shows it, on the same server.
const cloudlesspay = new CloudlessPayment({ key: 'key_test_gateway', baseUrl: gatewayUrl, retry: { retries: 0 } });
const sdkCreated = await cloudlesspay.customer.create({
  name: 'Gaurav Kumar',
  email: 'gaurav.kumar@example.com',
  contact: '+919876543210',
});
const sdkListed = await cloudlesspay.customer.fetchAll();
const sdkRefusal = await cloudlesspay.customer.updateById('cust_JbRkXMROZUMCVq', { email: 'gaurav.kumar@example.com' }).then(
  () => undefined,
  (error: unknown) => error,
);
if (!(sdkRefusal instanceof CloudlessPaymentError)) throw new Error(`expected a CloudlessPaymentError, got ${String(sdkRefusal)}`);

const razorpayCreated = await razorpay.POST('/customers', {
  body: { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com', notes: { notes_key_1: 'Tea, Earl Grey, Hot' } },
});
const razorpayCustomer: RazorpayComponents['schemas']['RazorpayCustomer'] | undefined = razorpayCreated.data;

const razorpayMissing = await razorpay.GET('/customers/{id}', { params: { path: { id: 'cust_1Aa00000000404' } } });

const juspayCreated = await juspay.POST('/customers', {
  body: {
    object_reference_id: 'user01@example.com',
    mobile_number: '9988776655',
    email_address: 'user01@example.com',
    'options.get_client_auth_token': 'true',
  },
});
const juspayCustomer: JuspayComponents['schemas']['JuspayCustomer'] | undefined = juspayCreated.data;

const juspayMissing = await juspay.GET('/customers/{customer_id}', {
  params: { path: { customer_id: 'cst_missing00000001' }, query: { 'options.get_client_auth_token': 'true' } },
});
let juspayErrorCode: string | undefined;
if (juspayMissing.error && 'error_info' in juspayMissing.error) juspayErrorCode = juspayMissing.error.error_info.code;

console.log(
  JSON.stringify({
    defaultRequestUrls: await defaultRequestUrls(),
    gatewaySpecVersion: gatewaySpec.openapi,
    gatewayCustomerId,
    gatewayListCount,
    gatewayUpdateStatus: updated.response.status,
    gatewayVendorError,
    sdk: {
      customerId: sdkCreated.data.result.data.id,
      listCount: sdkListed.data.result.data.items.length,
      errorStatus: sdkRefusal.status,
      errorCode: sdkRefusal.code,
      errorVendorStatus: sdkRefusal.vendorStatus,
    },
    razorpayCustomerId: razorpayCustomer?.id,
    razorpayMissingStatus: razorpayMissing.response.status,
    razorpayMissingCode: razorpayMissing.error?.error.code,
    juspayCustomerId: juspayCustomer?.id,
    juspayToken: juspayCustomer?.juspay?.client_auth_token,
    juspayMissingStatus: juspayMissing.response.status,
    juspayErrorCode,
  }),
);
