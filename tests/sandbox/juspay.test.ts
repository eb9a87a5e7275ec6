/**
 * The Juspay sandbox through the official `expresscheckout-nodejs` SDK: customers per merchant, created, read by
 * Juspay's id or by the merchant's `object_reference_id`, updated field by field, with Juspay's own refusals.
 * All traffic is recorded and held against the contract at the end.
 */
import { InvalidRequestError } from 'expresscheckout-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { juspayClient, juspayWireBody } from '../mock/sdk-clients.ts';
import { startRecordedSandbox, type RecordedSandbox } from './helpers.ts';

let sandbox: RecordedSandbox;
beforeAll(async () => {
  sandbox = await startRecordedSandbox();
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
});

let merchants = 0;
const merchant = () => juspayClient(sandbox.urls.juspay, '0123456789abcdef0123456789abcdef', `merchant_${process.pid}_${++merchants}`);

async function refusal(promise: Promise<unknown>): Promise<InvalidRequestError & { httpResponse?: unknown }> {
  return promise.then(
    (value) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
    },
    (error) => error,
  );
}

describe('Juspay customers', () => {
  it("create returns what was sent with a cth_ id, Juspay's default country code and dates to the second", async () => {
    const juspay = merchant();
    const created = juspayWireBody(
      await juspay.customer.create({
        object_reference_id: 'user-0001',
        mobile_number: '9000090000',
        email_address: 'user1@example.com',
        first_name: 'Gaurav',
      } as any),
    );
    expect(created).toMatchObject({
      object: 'customer',
      object_reference_id: 'user-0001',
      mobile_number: '9000090000',
      mobile_country_code: '91',
      email_address: 'user1@example.com',
      first_name: 'Gaurav',
      last_name: null,
    });
    expect(created.id).toMatch(/^cth_[0-9A-Za-z]{16}$/);
    expect(created.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.juspay).toBeUndefined();
  });

  it("reads by Juspay's id and by object_reference_id; an update changes only what is sent", async () => {
    const juspay = merchant();
    const created = juspayWireBody(
      await juspay.customer.create({
        object_reference_id: 'user-0002',
        mobile_number: '9876543210',
        first_name: 'Jon',
        last_name: 'Snow',
      } as any),
    );
    expect(juspayWireBody(await juspay.customer.get(created.id as string))).toEqual(created);
    expect(juspayWireBody(await juspay.customer.get('user-0002'))).toEqual(created);
    const updated = juspayWireBody(await juspay.customer.update('user-0002', { mobile_number: '9876543211' }));
    expect(updated).toMatchObject({ ...created, mobile_number: '9876543211', last_updated: expect.any(String) });
    expect(juspayWireBody(await juspay.customer.get(created.id as string))).toEqual(updated);
  });

  it('adds a client auth token valid for 15 minutes when asked, on create and on get', async () => {
    const juspay = merchant();
    const created = juspayWireBody(
      await juspay.customer.create({
        object_reference_id: 'user-0003',
        mobile_number: '9123456780',
        'options.get_client_auth_token': 'true',
      } as any),
    );
    const block = created.juspay as { client_auth_token: string; client_auth_token_expiry: string };
    expect(block.client_auth_token).toMatch(/^tkn_[0-9a-f]{32}$/);
    const lifetime = Date.parse(block.client_auth_token_expiry) - Date.parse(created.date_created as string);
    expect(lifetime).toBe(15 * 60 * 1000);
    const fetched = juspayWireBody(await juspay.customer.get('user-0003', { 'options.get_client_auth_token': 'true' } as any));
    expect((fetched.juspay as { client_auth_token: string }).client_auth_token).not.toBe(block.client_auth_token);
    // The .NET SDK's `True` asks for one too; `false`/`False` do not.
    const capitalised = juspayWireBody(await juspay.customer.get('user-0003', { 'options.get_client_auth_token': 'True' } as any));
    expect(capitalised.juspay).toMatchObject({ client_auth_token: expect.stringMatching(/^tkn_/) });
    expect(juspayWireBody(await juspay.customer.get('user-0003', { 'options.get_client_auth_token': 'False' } as any))).not.toHaveProperty(
      'juspay',
    );
  });

  it('refuses a second object_reference_id and answers 404 object_not_found for unknown customers', async () => {
    const juspay = merchant();
    await juspay.customer.create({ object_reference_id: 'user-0004', mobile_number: '9988776655' } as any);
    const duplicate = await refusal(juspay.customer.create({ object_reference_id: 'user-0004', mobile_number: '9988776644' } as any));
    expect(duplicate).toBeInstanceOf(InvalidRequestError);
    expect(JSON.stringify(duplicate)).toContain('unique');
    const unknown = await fetch(`${sandbox.urls.juspay}/customers/cth_0000000000000000`, {
      headers: { authorization: `Basic ${Buffer.from('0123456789abcdef:').toString('base64')}`, 'x-merchantid': 'nobody' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error_code: 'object_not_found', status: 'invalid_request_error' });
  });

  it("answers with Juspay's ids for the request and the response, and the merchant it resolved", async () => {
    const merchantId = `hdr_${process.pid}`;
    const headers = { authorization: `Basic ${Buffer.from('0123456789abcdef:').toString('base64')}`, 'x-merchantid': merchantId };
    const answers = [
      await fetch(`${sandbox.urls.juspay}/customers`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'object_reference_id=hdr-1&mobile_number=9123456780',
      }),
      await fetch(`${sandbox.urls.juspay}/customers/hdr-1`, { headers }),
      await fetch(`${sandbox.urls.juspay}/customers/hdr-unknown`, { headers }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404]);
    const ids = new Set<string | null>();
    for (const answer of answers) {
      expect(answer.headers.get('x-jp-merchant-id')).toBe(merchantId);
      ids.add(answer.headers.get('x-request-id')).add(answer.headers.get('x-response-id'));
    }
    expect(ids.has(null)).toBe(false);
    expect(ids.size).toBe(6);
  });

  it('takes multipart forms, as Juspay took its PHP samples', async () => {
    const headers = { authorization: `Basic ${Buffer.from('0123456789abcdef:').toString('base64')}`, 'x-merchantid': `mp_${process.pid}` };
    const form = (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      return body;
    };
    const created = await fetch(`${sandbox.urls.juspay}/customers`, {
      method: 'POST',
      headers,
      body: form({ object_reference_id: 'multi001', mobile_number: '9999999999', 'options.get_client_auth_token': 'true' }),
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ object_reference_id: 'multi001', mobile_country_code: '91', juspay: {} });
    const updated = await fetch(`${sandbox.urls.juspay}/customers/multi001`, {
      method: 'POST',
      headers,
      body: form({ first_name: 'Multi' }),
    });
    expect(await updated.json()).toMatchObject({ object_reference_id: 'multi001', first_name: 'Multi', mobile_number: '9999999999' });
    const file = new FormData();
    file.append('object_reference_id', new Blob(['multi002']), 'ref.txt');
    const refused = await fetch(`${sandbox.urls.juspay}/customers`, { method: 'POST', headers, body: file });
    expect(refused.status).toBe(400);
  });

  it("keeps each merchant's customers apart", async () => {
    const a = merchant();
    const b = merchant();
    await a.customer.create({ object_reference_id: 'shared-ref', mobile_number: '9999999999' } as any);
    // The same reference is free at another merchant, and A's customer is unknown there.
    expect(
      juspayWireBody(await b.customer.create({ object_reference_id: 'shared-ref', mobile_number: '9123456789' } as any)).mobile_number,
    ).toBe('9123456789');
    expect(juspayWireBody(await a.customer.get('shared-ref')).mobile_number).toBe('9999999999');
  });

  it("refuses a merchant id that could name an API key's own account (updates without x-merchantid use it)", async () => {
    const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    const owner = `victim${process.pid}`;
    const planted = await fetch(`${sandbox.urls.juspay}/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic('intruder'), 'x-merchantid': `key:${owner}` },
      body: 'object_reference_id=planted&mobile_number=9123456780',
    });
    expect(planted.status).toBe(401);
    expect(await planted.json()).toMatchObject({ error_code: 'access_denied' });
    // The key's own account never saw it.
    const update = await fetch(`${sandbox.urls.juspay}/customers/planted`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(owner) },
      body: 'first_name=Seen',
    });
    expect(update.status).toBe(404);
  });
});
