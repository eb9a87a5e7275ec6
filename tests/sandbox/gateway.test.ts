/**
 * The gateway sandbox through the generated client: a façade over the vendor sandboxes. A key bound to Razorpay or
 * Juspay creates, lists, reads and updates customers at that vendor's sandbox, where the vendor's own SDK sees them
 * with the bound credentials; vendor refusals come back in the gateway's envelope. All traffic is recorded and held
 * against the contract at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../generated/gateway/client.ts';
import { Contract } from '../../scripts/lib/contract.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { bindingOf } from '../../scripts/sandbox/gateway/index.ts';
import { juspayClient, juspayWireBody, razorpayClient } from '../mock/sdk-clients.ts';
import { control, startRecordedSandbox, type RecordedSandbox } from './helpers.ts';

let sandbox: RecordedSandbox;
beforeAll(async () => {
  sandbox = await startRecordedSandbox();
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
});

let keys = 0;
const unique = () => `${process.pid}x${++keys}`;
const gateway = (apiKey: string) => createGatewayClient({ apiKey, baseUrl: sandbox.urls.gateway });

describe('a Razorpay-bound key', () => {
  it('creates, lists, reads and updates customers at the bound Razorpay account', async () => {
    const suffix = `gw${unique()}`.replace(/[^A-Za-z0-9]/g, '');
    const client = gateway(`sandbox_razorpay_${suffix}`);
    const created = await client.POST('/customer/create', {
      body: { name: 'Gaurav Kumar', email: 'gw@example.com', contact: '+919000090000', notes: { plan: 'gold' } },
    });
    expect(created.response.status).toBe(200);
    const envelope = created.data!;
    expect(envelope).toMatchObject({
      status: 'success',
      data: { message: 'Razorpay logic executed successfully', vendor: 'razorpay', result: { action: 'create', vendor: 'razorpay' } },
    });
    const customer = envelope.data.result.data as { id: string; name: string };
    expect(customer).toMatchObject({ entity: 'customer', name: 'Gaurav Kumar', email: 'gw@example.com', notes: { plan: 'gold' } });

    const list = await client.GET('/customer/get', { params: { query: {} } });
    expect((list.data!.data.result.data as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([customer.id]);
    const one = await client.GET('/customer/get', { params: { query: { id: customer.id } } });
    expect(one.data!.data.result.data).toEqual(customer);
    const updated = await client.PUT('/customer/update', { params: { query: { id: customer.id } }, body: { name: 'Gaurav K' } });
    expect(updated.data).toMatchObject({
      data: { result: { action: 'edit', data: { id: customer.id, name: 'Gaurav K', email: 'gw@example.com' } } },
    });

    // The vendor's SDK sees the same customer with the bound key id.
    const rzp = razorpayClient(sandbox.urls.razorpay, { key_id: `rzp_test_${suffix}`, key_secret: 'any' });
    expect(await rzp.customers.fetch(customer.id)).toMatchObject({ name: 'Gaurav K' });
  });

  it("passes fail_existing to Razorpay as the string it honours, and Razorpay's refusals as VENDOR_ERROR", async () => {
    const client = gateway(`plain-key-${unique()}`);
    const body = { name: 'Gaurav Kumar', email: 'dup-gw@example.com', contact: '+919876543210' };
    const first = await client.POST('/customer/create', { body });
    const again = await client.POST('/customer/create', { body: { ...body, fail_existing: false } });
    expect(again.data!.data.result.data).toEqual(first.data!.data.result.data);
    const refused = await client.POST('/customer/create', { body: { ...body, fail_existing: '1' } });
    expect(refused.response.status).toBe(400);
    expect(refused.error).toMatchObject({
      error: {
        code: 'VENDOR_ERROR',
        vendor: 'razorpay',
        vendor_status: 400,
        vendor_error: { error: { description: 'Customer already exists for the merchant' } },
      },
    });
  });

  it("answers an unknown id with CUSTOMER_NOT_FOUND 404 carrying Razorpay's body, a malformed one with VENDOR_ERROR", async () => {
    const client = gateway(`plain-key-${unique()}`);
    const unknown = await client.GET('/customer/get', { params: { query: { id: 'cust_00000000000000' } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error).toMatchObject({
      error: { code: 'CUSTOMER_NOT_FOUND', vendor: 'razorpay', vendor_error: { error: { description: 'The id provided does not exist' } } },
    });
    const malformed = await client.GET('/customer/get', { params: { query: { id: 'cust_LQPd9lomgwDE5Fs' } } });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error).toMatchObject({
      error: { code: 'VENDOR_ERROR', vendor_error: { error: { description: 'LQPd9lomgwDE5Fs is not a valid id' } } },
    });
  });

  it("passes a vendor's failure through as VENDOR_ERROR with the vendor's body, a 429 with Retry-After", async () => {
    const suffix = `fail${unique()}`.replace(/[^A-Za-z0-9]/g, '');
    const vendorHeaders = { authorization: `Basic ${Buffer.from(`rzp_test_${suffix}:secret`).toString('base64')}` };
    const client = gateway(`sandbox_razorpay_${suffix}`);
    for (const status of [500, 429] as const) {
      const vendors = await fetch(`${sandbox.urls.razorpay}/customers`, { headers: { ...vendorHeaders, prefer: `code=${status}` } });
      expect((await control(sandbox, 'razorpay', 'failures', { status }, vendorHeaders)).status).toBe(200);
      const failed = await client.GET('/customer/get', { params: { query: {} } });
      expect(failed.response.status).toBe(status);
      expect(failed.error).toEqual({
        status: 'error',
        error: {
          code: 'VENDOR_ERROR',
          message: `Razorpay answered ${status}`,
          vendor: 'razorpay',
          vendor_status: status,
          vendor_error: await vendors.json(),
          request_id: expect.stringMatching(/^req_/),
        },
      });
      if (status === 429) expect(failed.response.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
    }
  }, 30_000); // the first documented example loads Prism

  it("passes Razorpay's 403 through as the gateway documents it (vendorForbiddenRazorpay)", async () => {
    const suffix = `forbid${unique()}`.replace(/[^A-Za-z0-9]/g, '');
    const vendorHeaders = { authorization: `Basic ${Buffer.from(`rzp_test_${suffix}:secret`).toString('base64')}` };
    expect((await control(sandbox, 'razorpay', 'failures', { status: 403, operation: 'createCustomer' }, vendorHeaders)).status).toBe(200);
    const refused = await gateway(`sandbox_razorpay_${suffix}`).POST('/customer/create', { body: { name: 'Gaurav Kumar' } });
    expect(refused.response.status).toBe(403);
    const contract = Contract.load('gateway');
    const { vendorForbiddenRazorpay } = responseExamples(contract.spec, contract.operation('createCustomer'), 403);
    const { error } = vendorForbiddenRazorpay as { error: Record<string, unknown> };
    expect(refused.error).toEqual({ status: 'error', error: { ...error, request_id: expect.stringMatching(/^req_/) } });
  }, 30_000); // the first documented example loads Prism

  it("moves the bound account's clock: the vendor stamps what the gateway creates with it", async () => {
    for (const [key, stamp] of [
      [`sandbox_razorpay_clk${unique().replace(/[^A-Za-z0-9]/g, '')}`, (c: any) => c.created_at * 1000],
      [`sandbox_juspay_clk_${unique()}`, (c: any) => Date.parse(c.date_created)],
    ] as const) {
      const moved = await control(sandbox, 'gateway', 'clock', { advance_seconds: 86_400 }, { 'x-api-key': key });
      expect(moved.status).toBe(200);
      expect(moved.json.now * 1000 - Date.now()).toBeGreaterThan(86_000_000);
      const created = await gateway(key).POST('/customer/create', { body: { name: 'Tomorrow', contact: '+919000000001' } });
      expect(stamp(created.data!.data.result.data) - Date.now()).toBeGreaterThan(86_000_000);
    }
  });

  it('binds any other key to a Razorpay account of its own', () => {
    expect(bindingOf('sandbox_razorpay_abc')).toEqual({ vendor: 'razorpay', keyId: 'rzp_test_abc' });
    expect(bindingOf('sandbox_juspay_merchant_1')).toEqual({ vendor: 'juspay', merchantId: 'merchant_1' });
    const other = bindingOf('any key at all');
    expect(other).toMatchObject({ vendor: 'razorpay', keyId: expect.stringMatching(/^rzp_test_gw[0-9a-f]{14}$/) });
    expect(bindingOf('another key')).not.toEqual(other);
  });
});

describe('a Juspay-bound key', () => {
  it("maps the fields onto Juspay's, and the Juspay SDK sees the customer at the bound merchant", async () => {
    const merchantId = `m_${unique()}`;
    const client = gateway(`sandbox_juspay_${merchantId}`);
    const created = await client.POST('/customer/create', {
      body: { name: 'Gaurav Kumar Singh', email: 'jp@example.com', contact: '+919123456780' },
    });
    expect(created.data).toMatchObject({ data: { message: 'Juspay logic executed successfully', vendor: 'juspay' } });
    const customer = created.data!.data.result.data as Record<string, unknown>;
    expect(customer).toMatchObject({
      object: 'customer',
      first_name: 'Gaurav',
      last_name: 'Kumar Singh',
      mobile_country_code: '91',
      mobile_number: '9123456780',
      email_address: 'jp@example.com',
    });
    expect(customer.object_reference_id).toMatch(/^cp_[0-9A-Za-z]{14}$/);

    const juspay = juspayClient(sandbox.urls.juspay, 'anykey', merchantId);
    expect(juspayWireBody(await juspay.customer.get(customer.id as string))).toEqual(customer);

    const updated = await client.PUT('/customer/update', {
      params: { query: { id: customer.id as string } },
      body: { name: 'Gaurav', contact: '9988776655' },
    });
    expect(updated.data!.data.result.data).toMatchObject({
      first_name: 'Gaurav',
      last_name: '', // the whole name is now "Gaurav"
      mobile_number: '9988776655',
      mobile_country_code: '91',
      object_reference_id: customer.object_reference_id,
    });
  });

  it('gives Juspay the calling code of any length after a +, and refuses a + that no calling code follows', async () => {
    const client = gateway(`sandbox_juspay_m_${unique()}`);
    const created = await client.POST('/customer/create', { body: { name: 'Tan Wei', contact: '+659876543210' } });
    const customer = created.data!.data.result.data as Record<string, unknown>;
    expect(customer).toMatchObject({ mobile_country_code: '65', mobile_number: '9876543210' });
    const id = { params: { query: { id: customer.id as string } } };
    const moved = await client.PUT('/customer/update', { ...id, body: { contact: '+9719988776655' } });
    expect(moved.data!.data.result.data).toMatchObject({ mobile_country_code: '971', mobile_number: '9988776655' });
    const national = await client.PUT('/customer/update', { ...id, body: { contact: '9988776644' } });
    expect(national.data!.data.result.data).toMatchObject({ mobile_country_code: '971', mobile_number: '9988776644' });

    for (const refused of [
      await client.POST('/customer/create', { body: { name: 'No Code', contact: '+9999123456780' } }),
      await client.PUT('/customer/update', { ...id, body: { contact: '+9999123456780' } }),
    ]) {
      expect(refused.response.status).toBe(400);
      expect(refused.error).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: [{ field: 'contact' }] } });
    }
  });

  it("cannot list (VALIDATION_FAILED) and answers an unknown id with CUSTOMER_NOT_FOUND carrying Juspay's 404 body", async () => {
    const client = gateway(`sandbox_juspay_m_${unique()}`);
    const list = await client.GET('/customer/get', { params: { query: {} } });
    expect(list.response.status).toBe(400);
    expect(list.error).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: [{ field: 'id' }] } });
    const unknown = await client.GET('/customer/get', { params: { query: { id: 'cth_0000000000000000' } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error).toMatchObject({
      error: { code: 'CUSTOMER_NOT_FOUND', vendor: 'juspay', vendor_error: { error_code: 'object_not_found' } },
    });
  });
});

describe("the gateway's own refusals", () => {
  const send = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(`${sandbox.urls.gateway}${path}`, {
      ...init,
      headers: { 'x-api-key': 'sandbox_razorpay_refusals', 'content-type': 'application/json', ...init.headers },
    });
  const create = (body: unknown) => send('/customer/create', { method: 'POST', body: JSON.stringify(body) });

  it('name each invalid field once, with the text the spec gives it', async () => {
    const details = async (response: Response) => ((await response.json()) as any).error.details;
    expect(await details(await create({ name: 'Gaurav Kumar', fail_existing: 'yes' }))).toEqual([
      { field: 'fail_existing', message: 'fail_existing must be true, false, "0" or "1"' },
    ]);
    expect(await details(await create({ contact: 9876543210 }))).toEqual([
      { field: 'contact', message: 'contact must be a string, e.g. "+919876543210"' },
    ]);
    expect(await details(await send('/customer/get?id='))).toEqual([{ field: 'id', message: 'id must not be empty' }]);
    expect(await details(await create({ name: 'Gaurav Kumar', colour: 'blue' }))).toEqual([
      { field: 'colour', message: 'colour is not a customer field' },
    ]);
  });

  it('carry a request id of their own, also where the documented example holds one', async () => {
    const ids = new Set<string>();
    const requestIdOf = async (response: Response) => {
      const id = ((await response.json()) as any).error.request_id as string;
      expect(id).toMatch(/^req_[0-9a-f]{16}$/);
      ids.add(id);
    };
    await requestIdOf(await create({ name: 'x' }));
    await requestIdOf(await create({ name: 'x' }));
    await requestIdOf(await send('/customer/get', { headers: { 'x-api-key': ' ' } }));
    await requestIdOf(await send('/customer/get', { headers: { 'x-api-key': ' ' } }));
    const key = { 'x-api-key': `sandbox_razorpay_ids${unique().replace(/[^A-Za-z0-9]/g, '')}` };
    expect((await control(sandbox, 'gateway', 'failures', { status: 502, count: 2 }, key)).status).toBe(200);
    await requestIdOf(await send('/customer/get', { headers: key }));
    await requestIdOf(await send('/customer/get', { headers: key }));
    expect(ids.size).toBe(6);
  }, 30_000); // the first documented example loads Prism
});
