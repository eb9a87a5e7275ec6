/**
 * The mocks on the wire as the vendors behave: URL layout, credential failures with the vendor's 401 body,
 * invalid requests answered in the vendor's 400 shape naming the field, unknown routes. Every answer is
 * validated against the spec of the operation it belongs to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { Contract, resolveLocalRef } from '../../scripts/lib/contract.ts';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { authHeaders, encodeBody, expectValidResponse, requestBodyExamples, sampleRequest, send, type SampleRequest } from './helpers.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
});
afterAll(async () => {
  await mocks?.close();
});

const contracts = Object.fromEntries(API_NAMES.map((api) => [api, Contract.load(api)])) as Record<ApiName, Contract>;
const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

describe('vendor URL layout', () => {
  it('serves each API under its vendor base path', () => {
    expect(new URL(mocks.urls.razorpay).pathname).toBe('/v1');
    expect(new URL(mocks.urls.gateway).pathname).toBe('/api');
    expect(new URL(mocks.urls.juspay).pathname).toBe('/');
    for (const api of API_NAMES) expect(new URL(mocks.urls[api]).hostname).toBe('127.0.0.1');
  });

  it('answers Razorpay /v1/customers and refuses /customers as an unknown Razorpay URL (400)', async () => {
    const request = sampleRequest(contracts.razorpay, 'fetchAllCustomers');
    const ok = await send(mocks.urls.razorpay, request, authHeaders('razorpay'));
    expect(ok.status).toBe(200);
    const origin = new URL(mocks.urls.razorpay).origin;
    const bare = await send(origin, request, authHeaders('razorpay'));
    expect(bare.status).toBe(400);
    expect(bare.json.error.description).toBe('The requested URL was not found on the server.');
    const doubled = await send(`${mocks.urls.razorpay}/v1`, request, authHeaders('razorpay'));
    expect(doubled.status).toBe(400);
  });

  it('answers the gateway on /api/customer/… and not on /customer/…', async () => {
    const request = sampleRequest(contracts.gateway, 'fetchCustomers');
    expect((await send(mocks.urls.gateway, request, authHeaders('gateway'))).status).toBe(200);
    const bare = await send(new URL(mocks.urls.gateway).origin, request, authHeaders('gateway'));
    expect(bare.status).toBe(404);
    expect(bare.json).toEqual({ status: 'error', error: { code: 'NOT_FOUND', message: 'No route for GET /customer/get' } });
  });

  it('answers Juspay on /customers… and a bare 404 elsewhere', async () => {
    const request = sampleRequest(contracts.juspay, 'getCustomer');
    expect((await send(mocks.urls.juspay, request, authHeaders('juspay'))).status).toBe(200);
    const elsewhere = await send(mocks.urls.juspay, { ...request, path: `/v1${request.path}` }, authHeaders('juspay'));
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.text).toBe('');
  });

  it("answers a Razorpay method the URL does not support with Razorpay's 400", async () => {
    const received = await send(
      mocks.urls.razorpay,
      { method: 'PATCH', path: '/customers', query: {}, headers: {} },
      authHeaders('razorpay'),
    );
    expect(received.status).toBe(400);
    expect(received.json.error.description).toBe('The current http method is not supported');
    expectValidResponse(contracts.razorpay, 'fetchAllCustomers', received);
  });
});

describe('credential failures carry the vendor 401 body', () => {
  const razorpayCases: Array<[string, Record<string, string>, string]> = [
    ['no Authorization', {}, 'Please provide your api key for authentication purposes.'],
    [
      'a lower-case basic scheme',
      { authorization: `basic ${Buffer.from('rzp_test_00000000000000:s').toString('base64')}` },
      'Please provide your api key for authentication purposes.',
    ],
    ['a Bearer token', { authorization: 'Bearer abc' }, 'Please provide your api key for authentication purposes.'],
    ['a key that is not a Razorpay key id', { authorization: basic('not_a_key:secret') }, 'The api key provided is invalid'],
    ['a key id without secret', { authorization: basic('rzp_test_00000000000000:') }, 'Please provide secret for authentication'],
    ['a key id without colon', { authorization: basic('rzp_live_00000000000000') }, 'Please provide secret for authentication'],
  ];
  for (const [what, headers, description] of razorpayCases) {
    it(`razorpay: ${what}`, async () => {
      for (const { operationId } of contracts.razorpay.operations) {
        const received = await send(mocks.urls.razorpay, sampleRequest(contracts.razorpay, operationId), headers);
        expect(received.status).toBe(401);
        expect(received.json.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', description });
        expectValidResponse(contracts.razorpay, operationId, received);
      }
    });
  }

  const juspayCases: Array<[string, Record<string, string>]> = [
    ['no Authorization', {}],
    ['a key with characters Juspay keys never have', { authorization: basic('not a key!') }],
    ['an empty key', { authorization: basic(':') }],
    ['a non-Basic scheme', { authorization: 'Bearer A1B2C3' }],
  ];
  for (const [what, headers] of juspayCases) {
    it(`juspay: ${what}`, async () => {
      for (const { operationId } of contracts.juspay.operations) {
        const received = await send(mocks.urls.juspay, sampleRequest(contracts.juspay, operationId), headers);
        expect(received.status).toBe(401);
        expect(received.json).toMatchObject({ status: 'error', error_code: 'access_denied' });
        expectValidResponse(contracts.juspay, operationId, received);
      }
    });
  }

  it('juspay accepts base64(key) and base64(key:)', async () => {
    const request = sampleRequest(contracts.juspay, 'getCustomer');
    for (const authorization of [basic('A1B2C3'), basic('A1B2C3:')]) {
      expect((await send(mocks.urls.juspay, request, { authorization })).status).toBe(200);
    }
  });

  for (const [what, headers] of [
    ['no x-api-key', {}],
    ['an empty x-api-key', { 'x-api-key': ' ' }],
  ] as const) {
    it(`gateway: ${what}`, async () => {
      for (const { operationId } of contracts.gateway.operations) {
        const received = await send(mocks.urls.gateway, sampleRequest(contracts.gateway, operationId), headers);
        expect(received.status).toBe(401);
        expect(received.json.error.code).toBe('UNAUTHORIZED');
        expectValidResponse(contracts.gateway, operationId, received);
      }
    });
  }
});

/** Asserts a vendor-shaped 400 that names `field`, valid against the operation's 400 response. */
function expectVendor400(api: ApiName, operationId: string, received: Awaited<ReturnType<typeof send>>, field: string): void {
  expect(received.status, JSON.stringify(received.json)).toBe(400);
  expectValidResponse(contracts[api], operationId, received);
  if (api === 'razorpay') {
    // Razorpay names the field for some refusals only (not for an unknown field or a malformed id), as the
    // operation's documented bodies show; when it names one, it is this one.
    expect(received.json.error.code).toBe('BAD_REQUEST_ERROR');
    if ('field' in received.json.error) expect(received.json.error.field).toBe(field);
  } else if (api === 'juspay') {
    const named = received.json.error_info?.fields?.map((f: { field_name: string }) => f.field_name) ?? [];
    if (received.json.error_message !== 'Mandatory fields are missing') expect(named).toContain(field);
  } else {
    expect(received.json.error.code).toBe('VALIDATION_FAILED');
    expect(received.json.error.details.map((d: { field: string }) => d.field.split('.')[0])).toContain(field);
  }
}

/**
 * Cases below are generated only where the contract calls the request invalid; these must be among them, so that a
 * validator wrongly accepting a request fails here instead of silently dropping its case.
 */
const EXPECTED_400_CASES: Record<ApiName, string[]> = {
  gateway: ['createCustomer: an unknown body field', 'updateCustomer: an unknown body field'],
  razorpay: [
    'createCustomer: an unknown body field',
    'fetchCustomer: a malformed id',
    'addCustomerBankAccount: no ifsc_code',
    'deleteCustomerToken: a malformed token_id',
    'requestEligibilityCheck: no customer',
    'createOrder: no amount',
    'createRegistrationLink: no subscription_registration',
    'createRecurringPayment: no token',
  ],
  juspay: ['createCustomer: no object_reference_id', 'createCustomer: no mobile_number'],
};

describe('invalid requests get the vendor 400 naming the field', () => {
  const generated = Object.fromEntries(API_NAMES.map((api) => [api, [] as string[]])) as Record<ApiName, string[]>;
  for (const api of API_NAMES) {
    const contract = contracts[api];
    for (const info of contract.operations) {
      const valid = sampleRequest(contract, info.operationId);
      const mutations: Array<[string, SampleRequest, string]> = [];
      const { mediaType, value: example } = requestBodyExamples(contract.spec, info)[0] ?? {};
      if (mediaType && example && typeof example === 'object') {
        const body = example as Record<string, unknown>;
        mutations.push([
          'an unknown body field',
          { ...valid, body: encodeBody({ ...body, unexpected_field: 'x' }, mediaType) },
          'unexpected_field',
        ]);
        const schema = resolveLocalRef(
          contract.spec,
          resolveLocalRef(contract.spec, info.operation.requestBody)!.content[mediaType].schema,
        )!;
        for (const name of (schema.required ?? []) as string[]) {
          const { [name]: _dropped, ...rest } = body;
          mutations.push([`no ${name}`, { ...valid, body: encodeBody(rest, mediaType) }, name]);
        }
      }
      for (const param of info.parameters.filter((p) => p.in === 'path' && resolveLocalRef(contract.spec, p.schema)?.allOf)) {
        mutations.push([`a malformed ${param.name}`, sampleRequest(contract, info.operationId, { [param.name]: 'x_1' }), param.name]);
      }
      for (const [what, request, field] of mutations) {
        const violations = contract.validateRequest(info.operationId, {
          path: contract.match(request.method, request.path)?.pathParams ?? {},
          query: request.query,
          headers: request.headers,
          body: request.body && request.contentType === 'application/json' ? JSON.parse(request.body) : request.body,
          contentType: request.contentType,
        });
        if (violations.length === 0) continue; // the spec allows it (e.g. an open schema): nothing to refuse
        generated[api].push(`${info.operationId}: ${what}`);
        it(`${api} ${info.operationId}: ${what}`, async () => {
          expectVendor400(api, info.operationId, await send(mocks.urls[api], request, authHeaders(api)), field);
        });
      }
    }
  }

  it.each(API_NAMES)('%s: the known invalid requests are among the generated cases', (api) => {
    expect(generated[api]).toEqual(expect.arrayContaining(EXPECTED_400_CASES[api]));
  });

  it("razorpay: the vendor's exact texts", async () => {
    const create = sampleRequest(contracts.razorpay, 'createCustomer');
    const tooLong = await send(mocks.urls.razorpay, { ...create, body: JSON.stringify({ name: 'A'.repeat(51) }) }, authHeaders('razorpay'));
    expectVendor400('razorpay', 'createCustomer', tooLong, 'name');
    expect(tooLong.json.error.description).toBe('The name may not be greater than 50 characters.');
    const contact = await send(
      mocks.urls.razorpay,
      { ...create, body: JSON.stringify({ name: 'Gaurav Kumar', contact: '12345' }) },
      authHeaders('razorpay'),
    );
    expectVendor400('razorpay', 'createCustomer', contact, 'contact');
    expect(contact.json.error.description).toBe('Contact number should be at least 8 digits, including country code');
    const list = sampleRequest(contracts.razorpay, 'fetchAllCustomers');
    const count = await send(mocks.urls.razorpay, { ...list, query: { count: '101' } }, authHeaders('razorpay'));
    expectVendor400('razorpay', 'fetchAllCustomers', count, 'count');
    expect(count.json.error.description).toBe('The count may not be greater than 100.');
    const fetch = sampleRequest(contracts.razorpay, 'fetchCustomer');
    const id = await send(mocks.urls.razorpay, { ...fetch, path: '/customers/abc' }, authHeaders('razorpay'));
    expectVendor400('razorpay', 'fetchCustomer', id, 'id');
    expect(id.json.error.description).toBe('The id provided does not exist');
    expect(id.json.error).not.toHaveProperty('field');
  });

  it("juspay: the vendor's exact texts, form and JSON bodies", async () => {
    const create = sampleRequest(contracts.juspay, 'createCustomer');
    expect(create.contentType).toBe('application/x-www-form-urlencoded');
    const mobile = await send(
      mocks.urls.juspay,
      { ...create, body: 'object_reference_id=user01%40example.com&mobile_number=98x' },
      authHeaders('juspay'),
    );
    expectVendor400('juspay', 'createCustomer', mobile, 'mobile_number');
    expect(mobile.json.error_message).toBe('Wrong value in mobile_number');
    const missing = await send(mocks.urls.juspay, { ...create, body: 'mobile_number=9988776655' }, authHeaders('juspay'));
    expectVendor400('juspay', 'createCustomer', missing, 'object_reference_id');
    expect(missing.json).toEqual({
      status: 'error',
      error_message: 'Mandatory fields are missing',
      error_code: 'Mandatory fields are missing',
    });
    const json = await send(
      mocks.urls.juspay,
      {
        ...create,
        contentType: 'application/json',
        body: JSON.stringify({ object_reference_id: 'user01@example.com', mobile_number: '9988776655' }),
      },
      authHeaders('juspay'),
    );
    expect(json.status).toBe(200);
    const noMerchant = await send(mocks.urls.juspay, { ...create, headers: {} }, authHeaders('juspay'));
    expect(noMerchant.status).toBe(400);
    expectValidResponse(contracts.juspay, 'createCustomer', noMerchant);
  });

  it('gateway: every offending field in details', async () => {
    const create = sampleRequest(contracts.gateway, 'createCustomer');
    const received = await send(
      mocks.urls.gateway,
      { ...create, body: JSON.stringify({ name: 'ab', contact: '12', phone: '1' }) },
      authHeaders('gateway'),
    );
    expectVendor400('gateway', 'createCustomer', received, 'name');
    const fields = received.json.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'contact', 'phone']));
    expect(received.json.error.details).toContainEqual({ field: 'phone', message: 'phone is not a customer field' });
  });

  it('answers malformed JSON in the vendor shape', async () => {
    const create = sampleRequest(contracts.razorpay, 'createCustomer');
    const received = await send(mocks.urls.razorpay, { ...create, body: '{"name":' }, authHeaders('razorpay'));
    expect(received.status).toBe(400);
    expectValidResponse(contracts.razorpay, 'createCustomer', received);
  });
});
