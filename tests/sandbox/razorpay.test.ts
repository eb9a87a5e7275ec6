/**
 * The Razorpay sandbox through the official `razorpay` SDK, as a merchant's code drives Razorpay's test mode:
 * customers (duplicates, edits, lists), orders, Checkout, the recurring-card flow with its signature, registration
 * links, and the vendor's exact refusals. All traffic is recorded and held against the contract at the end.
 */
import Razorpay from 'razorpay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { authorisationOrder, control, freshKeyId, registrationLink, startRecordedSandbox, type RecordedSandbox } from './helpers.ts';

let sandbox: RecordedSandbox;
beforeAll(async () => {
  sandbox = await startRecordedSandbox();
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
});

const SECRET = 'sandbox_secret_for_tests';

/**
 * The SDK's payment verification through its public entry point: `validatePaymentVerification` lives only in the
 * package's dist/utils (where Razorpay's docs import it from), and is the static `Razorpay.validateWebhookSignature`
 * (HMAC-SHA256, hex) over `order_id|payment_id` — the payload Razorpay's docs ("Verify payment signature") name.
 */
const validatePaymentVerification = (ids: { order_id: string; payment_id: string }, signature: string, secret: string): boolean =>
  Razorpay.validateWebhookSignature(`${ids.order_id}|${ids.payment_id}`, signature, secret);

/** A client with a key id of its own: a fresh, empty Razorpay account. */
function account(): {
  rzp: Razorpay;
  headers: Record<string, string>;
  list(query: string): Promise<any>;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
} {
  const keyId = freshKeyId();
  const headers = { authorization: `Basic ${Buffer.from(`${keyId}:${SECRET}`).toString('base64')}` };
  return {
    rzp: razorpayClient(sandbox.urls.razorpay, { key_id: keyId, key_secret: SECRET }),
    headers,
    // The SDK's customers.all() sends only count and skip; from and to go on the wire directly.
    list: async (query) => (await fetch(`${sandbox.urls.razorpay}/customers?${query}`, { headers })).json(),
    // A request as it is on the wire, for bodies the SDK would not send as they are.
    async send(method, path, body) {
      const response = await fetch(`${sandbox.urls.razorpay}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, json: await response.json() };
    },
  };
}

/** Razorpay's 400 body (server `Error::toPublicArray`), `field` only when one is named. */
const refused = (description: string, source: string, step: string, reason: string, field?: string) => ({
  error: { code: 'BAD_REQUEST_ERROR', description, source, step, reason, metadata: {}, ...(field ? { field } : {}) },
});

/** The SDK rejects with `{statusCode, error}`; this returns it (or fails when the call succeeded). */
async function refusal(promise: Promise<unknown>): Promise<{ statusCode: number; error: { description: string; field?: string } }> {
  return promise.then(
    (value) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
    },
    (error) => error,
  );
}

describe('customers', () => {
  it('create returns what was sent, with a fresh id, now, and notes [] when empty; fetch returns the same', async () => {
    const { rzp } = account();
    const before = Math.floor(Date.now() / 1000);
    const created = await rzp.customers.create({ name: 'Gaurav Kumar', email: 'Gaurav.Kumar@Example.com', contact: '+919000090000' });
    expect(created).toMatchObject({
      entity: 'customer',
      name: 'Gaurav Kumar',
      email: 'gaurav.kumar@example.com',
      contact: '+919000090000',
      gstin: null,
      notes: [],
    });
    expect(created.id).toMatch(/^cust_[0-9A-Za-z]{14}$/);
    expect(created.created_at).toBeGreaterThanOrEqual(before);
    expect(await rzp.customers.fetch(created.id)).toEqual(created);
    const withNotes = await rzp.customers.create({
      name: 'Noted',
      contact: '9876543210',
      notes: { source: 'test', __proto__: 'kept' } as any,
    });
    expect(withNotes.notes).toEqual({ source: 'test' });
  });

  it('a duplicate is the same contact and email: refused unless fail_existing is "0", which returns the existing one', async () => {
    const { rzp } = account();
    const first = await rzp.customers.create({ name: 'Gaurav Kumar', email: 'dup@example.com', contact: '9123456780' });
    for (const fail_existing of [undefined, '1', 1, true] as const) {
      const error = await refusal(
        rzp.customers.create({
          name: 'Other',
          email: 'DUP@example.com',
          contact: '9123456780',
          ...(fail_existing === undefined ? {} : { fail_existing: fail_existing as any }),
        }),
      );
      expect(error.statusCode).toBe(400);
      expect(error.error.description).toBe('Customer already exists for the merchant');
    }
    expect(
      await rzp.customers.create({ name: 'Other', email: 'dup@example.com', contact: '9123456780', fail_existing: '0' as any }),
    ).toEqual(first);
    // Same email with another contact, or the same contact with another email, is another customer.
    const sameEmail = await rzp.customers.create({ email: 'dup@example.com', contact: '9988776655' });
    const sameContact = await rzp.customers.create({ email: 'other@example.com', contact: '9123456780' });
    expect(new Set([first.id, sameEmail.id, sameContact.id]).size).toBe(3);
  });

  it('edit changes only the fields sent and keeps the contact/email pair unique', async () => {
    const { rzp } = account();
    const one = await rzp.customers.create({ name: 'Gaurav Kumar', email: 'one@example.com', contact: '9988776644', notes: { a: 'b' } });
    const two = await rzp.customers.create({ name: 'Second', email: 'two@example.com', contact: '9999999999' });
    const edited = await rzp.customers.edit(one.id, { name: 'Gaurav K' });
    expect(edited).toEqual({ ...one, name: 'Gaurav K' });
    const clash = await refusal(rzp.customers.edit(two.id, { email: 'one@example.com', contact: '9988776644' }));
    expect(clash.error.description).toBe('Customer already exists for the merchant');
    expect(await rzp.customers.fetch(two.id)).toEqual(two);
  });

  it('takes notes sent as an empty array, as its own answers carry them, as no notes', async () => {
    const { rzp, send } = account();
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', contact: '9000090000' });
    expect(customer.notes).toEqual([]);
    const echoed = await send('POST', '/customers', { name: 'Echoed', contact: '9123456780', notes: customer.notes });
    expect(echoed).toMatchObject({ status: 200, json: { notes: [] } });
    expect((await send('POST', '/orders', { amount: 100, currency: 'INR', notes: [] })).json).toMatchObject({ notes: [] });
    expect((await send('POST', '/customers', { notes: ['a'] })).json).toEqual(
      refused('Notes should be provided as a dictionary', 'NA', 'NA', 'NA', 'notes'),
    );
  });

  it('stores a name sent with surrounding whitespace trimmed, on create and edit', async () => {
    const { rzp } = account();
    const created = await rzp.customers.create({ name: '  Gaurav Kumar  ', contact: '9000090000' });
    expect(created.name).toBe('Gaurav Kumar');
    expect((await rzp.customers.edit(created.id, { name: '\tGaurav K ' })).name).toBe('Gaurav K');
  });

  it('lists a shipping address sent on create, and keeps the key out when none was sent', async () => {
    const { send } = account();
    const address = { line1: '1 MG Road', zipcode: '560001', city: 'Bengaluru', state: 'Karnataka', country: 'IN' };
    const created = await send('POST', '/customers', {
      name: 'Gaurav Kumar',
      contact: '9000090000',
      shipping_address: address,
      billing_address: { ...address, line1: '2 MG Road' },
    });
    expect(created.status).toBe(200);
    expect(created.json.shipping_address).toEqual([
      {
        ...address,
        id: expect.stringMatching(/^addr_[0-9A-Za-z]{14}$/),
        type: 'shipping_address',
        primary: true,
        line2: null,
        contact: null,
        name: null,
        tag: null,
        landmark: null,
      },
    ]);
    expect(created.json).not.toHaveProperty('billing_address');
    expect((await send('GET', `/customers/${created.json.id}`)).json).toEqual(created.json);
    expect((await send('PUT', `/customers/${created.json.id}`, { name: 'Gaurav K' })).json.shipping_address).toEqual(
      created.json.shipping_address,
    );
    expect((await send('POST', '/customers', { contact: '9000090000', email: 'no.address@example.com' })).json).not.toHaveProperty(
      'shipping_address',
    );
  });

  it('lists newest first with count, skip, from and to', async () => {
    const { rzp, list } = account();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await rzp.customers.create({ name: `Customer ${i}`, contact: `900009001${i}` })).id);
    const all = await rzp.customers.all({ count: 100 });
    expect(all).toMatchObject({ entity: 'collection', count: 5 });
    expect(all.items.map((c) => c.id)).toEqual([...ids].reverse());
    const page = await rzp.customers.all({ count: 2, skip: 1 });
    expect(page.items.map((c) => c.id)).toEqual([ids[3], ids[2]]);
    expect((await rzp.customers.all({ count: 10 })).count).toBe(5);
    const createdAt = all.items[0]!.created_at;
    expect((await list(`from=${createdAt + 1}`)).count).toBe(0);
    expect((await list(`to=${createdAt}&count=3`)).count).toBe(3);
    expect((await list(`from=0&to=${createdAt - 100000}`)).count).toBe(0);
    // A repeated parameter counts as the Contract validated it: the first value.
    expect((await list('count=1&count=2')).count).toBe(1);
  });

  it("answers unknown and malformed ids with Razorpay's exact 400s", async () => {
    const { rzp } = account();
    expect((await refusal(rzp.customers.fetch('cust_00000000000000'))).error.description).toBe('The id provided does not exist');
    expect((await refusal(rzp.customers.fetch('abc'))).error.description).toBe('The id provided does not exist');
    expect((await refusal(rzp.customers.fetch('cust_LQPd9lomgwDE5Fs'))).error.description).toBe('LQPd9lomgwDE5Fs is not a valid id');
    expect((await refusal(rzp.orders.fetch('order_00000000000000'))).error.description).toBe('The id provided does not exist');
  });

  it('refuses invalid input with the body the spec documents for it: source, step, reason, field', async () => {
    const { rzp, send } = account();
    // docs create.md Failure: a contact error names the field, its step NA and its reason invalid_contact_number.
    expect(await send('POST', '/customers', { contact: '1234567' })).toEqual({
      status: 400,
      json: refused(
        'Contact number should be at least 8 digits, including country code',
        'business',
        'NA',
        'invalid_contact_number',
        'contact',
      ),
    });
    expect((await send('POST', '/customers', { notes: 'x' })).json).toEqual(
      refused('Notes should be provided as a dictionary', 'NA', 'NA', 'NA', 'notes'),
    );
    expect((await send('POST', '/customers', { foo: 1 })).json).toEqual(
      refused('foo is/are not required and should not be sent', 'business', 'payment_initiation', 'input_validation_failed'),
    );
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', contact: '9000090000' });
    expect((await send('PUT', `/customers/${customer.id}`, { notes: { a: 'b' } })).json).toEqual(
      refused('notes is/are not required and should not be sent', 'business', 'payment_initiation', 'input_validation_failed'),
    );
    expect((await send('POST', '/customers/eligibility', { currency: 'INR', customer: {} })).json).toEqual(
      refused('Amount is required.', 'NA', 'NA', 'NA'),
    );
    // A body that is not an object names the body, not an empty field.
    expect((await send('POST', '/customers', [1])).json.error.description).toBe(
      'The request body must be of the right type: (root) must be object',
    );
    // So does a body missing where the operation requires one.
    const missing = await send('POST', '/orders');
    expect(missing.status).toBe(400);
    expect(missing.json.error.description).toBe('The request body is required.');
    expect(missing.json.error.field).toBeUndefined();
  });

  it('refuses a + contact with no assigned country calling code, on create and edit, with the vendor body', async () => {
    const { rzp, send } = account();
    const invalidCountryCode = {
      status: 400,
      json: refused('Contact number contains invalid country code', 'business', 'NA', 'invalid_contact_number', 'contact'),
    };
    expect(await send('POST', '/customers', { contact: '+999123456789' })).toEqual(invalidCountryCode);
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', contact: '+919000090000' });
    expect(await send('PUT', `/customers/${customer.id}`, { contact: '+999123456789' })).toEqual(invalidCountryCode);
    expect(await rzp.customers.fetch(customer.id)).toEqual(customer);
    // Assigned codes of one, two and three digits pass, and a contact without + is not read as international.
    for (const contact of ['+19876543210', '+659876543210', '+9719876543210', '999123456789']) {
      expect((await rzp.customers.edit(customer.id, { contact })).contact).toBe(contact);
    }
  });

  it('names no field for a malformed id, as Razorpay does not', async () => {
    const { rzp, send } = account();
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', contact: '9000090000' });
    const invalidId = (id: string) => refused(`${id} is not a valid id`, 'business', 'payment_initiation', 'input_validation_failed');
    expect((await send('GET', '/customers/cust_LQPd9lomgwDE5Fs')).json).toEqual(invalidId('LQPd9lomgwDE5Fs'));
    expect((await send('DELETE', `/customers/${customer.id}/bank_account/ba_LSZht1Cm7xFTw`)).json).toEqual(invalidId('LSZht1Cm7xFTw'));
    expect((await send('GET', `/customers/${customer.id}/tokens/token_HouA2OQR5Z2jTLx`)).json).toEqual(invalidId('HouA2OQR5Z2jTLx'));
    expect((await send('POST', '/invoices/inv_FHrfRupD2ouKItX/cancel')).json).toEqual(
      refused('FHrfRupD2ouKItX is not a valid id', 'NA', 'NA', 'NA'),
    );
  });

  it("keeps each key id's data apart", async () => {
    const a = account();
    const b = account();
    const created = await a.rzp.customers.create({ name: 'Only A', contact: '9000090000' });
    expect((await b.rzp.customers.all()).count).toBe(0);
    expect((await refusal(b.rzp.customers.fetch(created.id))).error.description).toBe('The id provided does not exist');
  });

  it('adds and deletes bank accounts of a customer', async () => {
    const { rzp } = account();
    const customer = await rzp.customers.create({ name: 'Banked', contact: '9000090000' });
    const added = (await rzp.customers.addBankAccount(customer.id, {
      ifsc_code: 'ICIC0001207',
      account_number: '04030403040304',
      beneficiary_name: 'Banked',
    })) as any;
    expect(added).toMatchObject({ entity: 'bank_account', ifsc: 'ICIC0001207', name: 'Banked', account_number: 'XXXXXXXXXX0304' });
    expect(added.id).toMatch(/^ba_[0-9A-Za-z]{14}$/);
    expect(await rzp.customers.deleteBankAccount(customer.id, added.id)).toMatchObject({ id: added.id, status: 'deleted' });
    expect((await refusal(rzp.customers.deleteBankAccount(customer.id, added.id))).error.description).toBe(
      'The id provided does not exist',
    );
  });
});

describe('orders, Checkout and the recurring-card flow', () => {
  it('an order starts created, with amount_due the amount; a receipt is unique', async () => {
    const { rzp } = account();
    const order = await rzp.orders.create({ amount: 100, currency: 'INR', receipt: 'r-1' });
    expect(order).toMatchObject({
      entity: 'order',
      amount: 100,
      amount_paid: 0,
      amount_due: 100,
      status: 'created',
      attempts: 0,
      receipt: 'r-1',
      notes: [],
    });
    expect(await rzp.orders.fetch(order.id)).toEqual(order);
    expect((await refusal(rzp.orders.create({ amount: 100, currency: 'INR', receipt: 'r-1' }))).error.description).toBe(
      'Order receipt should be unique.',
    );
  });

  it('keeps amounts and times sent as numeric strings (JSON or form) as the numbers its answers hold', async () => {
    const { rzp, headers, send } = account();
    const order = await send('POST', '/orders', { amount: '1000', currency: 'INR' });
    expect(order.json).toMatchObject({ amount: 1000, amount_due: 1000, amount_paid: 0 });
    await control(sandbox, 'razorpay', 'checkout', { order_id: order.json.id }, headers);
    expect(await rzp.orders.fetch(order.json.id)).toMatchObject({ amount: 1000, amount_paid: 1000, amount_due: 0 });
    const form = await fetch(`${sandbox.urls.razorpay}/orders`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=100&currency=INR',
    });
    expect(await form.json()).toMatchObject({ amount: 100, amount_due: 100 });
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', contact: '9000090000' });
    const mandate = await send('POST', '/orders', {
      amount: 100,
      currency: 'INR',
      customer_id: customer.id,
      method: 'card',
      token: { max_amount: '5000', expire_at: '2709971120', frequency: 'monthly' },
    });
    expect(mandate.json.token).toEqual({ max_amount: 5000, expire_at: 2709971120, frequency: 'monthly' });
    const link = await send('POST', '/subscription_registration/auth_links', {
      type: 'link',
      customer_id: customer.id,
      amount: '100',
      currency: 'INR',
      description: 'Registration',
      subscription_registration: { method: 'card', max_amount: '50000', expire_at: '2709971120' },
      expire_by: '2709971120',
    });
    expect(link.json).toMatchObject({ amount: 100, expire_by: 2709971120 });
    expect((await rzp.orders.fetch(link.json.order_id)).token).toMatchObject({ max_amount: 50000, expire_at: 2709971120 });
  });

  it('authorises a card through Checkout, saves the token, charges it, and signs as validatePaymentVerification expects', async () => {
    const { rzp, headers } = account();
    const customer = await rzp.customers.create({ name: 'Gaurav Kumar', email: 'recurring@example.com', contact: '9876543567' });
    const authorization = await authorisationOrder(rzp, customer.id);

    const paid = await control(sandbox, 'razorpay', 'checkout', { order_id: authorization.id }, headers);
    expect(paid.status).toBe(200);
    expect(
      validatePaymentVerification(
        { order_id: authorization.id, payment_id: paid.json.razorpay_payment_id },
        paid.json.razorpay_signature,
        SECRET,
      ),
    ).toBe(true);
    expect(await rzp.orders.fetch(authorization.id)).toMatchObject({ status: 'paid', amount_paid: 100, amount_due: 0, attempts: 1 });
    const initial = await rzp.payments.fetch(paid.json.razorpay_payment_id);
    expect(initial).toMatchObject({ status: 'captured', order_id: authorization.id, customer_id: customer.id });

    const tokens = await rzp.customers.fetchTokens(customer.id);
    expect(tokens.count).toBe(1);
    const token = tokens.items[0]!;
    expect(token).toMatchObject({ id: initial.token_id, recurring: true, recurring_details: { status: 'confirmed' }, max_amount: 5000 });
    expect(await rzp.customers.fetchToken(customer.id, token.id)).toEqual(token);
    expect(await rzp.cards.fetch(initial.card_id!)).toMatchObject({ id: initial.card_id, entity: 'card' });

    const charge = await rzp.orders.create({ amount: 4000, currency: 'INR', payment_capture: true } as any);
    const recurring = {
      email: 'recurring@example.com',
      contact: '9876543567',
      currency: 'INR',
      order_id: charge.id,
      customer_id: customer.id,
      token: token.id,
      recurring: '1',
      description: 'Monthly',
    };
    const tooMuch = await refusal(rzp.payments.createRecurringPayment({ ...recurring, amount: 6000 } as any));
    expect(tooMuch.error.description).toBe('Amount exceeds maximum amount allowed');
    for (const amount of [3000, 4500]) {
      const notTheOrders = await refusal(rzp.payments.createRecurringPayment({ ...recurring, amount } as any));
      expect(notTheOrders.error.description).toBe("The amount must be equal to the order's amount");
    }
    const otherCurrency = await refusal(rzp.payments.createRecurringPayment({ ...recurring, amount: 4000, currency: 'USD' } as any));
    expect(otherCurrency.error.description).toBe("The currency must be equal to the order's currency");
    expect(await rzp.orders.fetch(charge.id)).toMatchObject({ status: 'created', amount_paid: 0 });
    const result = (await rzp.payments.createRecurringPayment({ ...recurring, amount: 4000 } as any)) as any;
    expect(result.razorpay_order_id).toBe(charge.id);
    expect(
      validatePaymentVerification({ order_id: charge.id, payment_id: result.razorpay_payment_id }, result.razorpay_signature, SECRET),
    ).toBe(true);
    expect(
      validatePaymentVerification(
        { order_id: charge.id, payment_id: result.razorpay_payment_id },
        result.razorpay_signature,
        'another secret',
      ),
    ).toBe(false);
    expect(await rzp.payments.fetch(result.razorpay_payment_id)).toMatchObject({
      status: 'captured',
      amount: 4000,
      order_id: charge.id,
      token_id: token.id,
      card_id: initial.card_id,
      customer_id: customer.id,
      recurring: true,
    });
    expect(await rzp.orders.fetch(charge.id)).toMatchObject({ status: 'paid', amount_paid: 4000 });
    const again = await refusal(rzp.payments.createRecurringPayment({ ...recurring, amount: 4000 } as any));
    expect(again.error.description).toBe('Order has already been paid');

    expect(await rzp.customers.deleteToken(customer.id, token.id)).toEqual({ deleted: true });
    const afterDelete = await refusal(
      rzp.payments.createRecurringPayment({
        ...recurring,
        order_id: (await rzp.orders.create({ amount: 100, currency: 'INR' })).id,
        amount: 100,
      } as any),
    );
    expect(afterDelete.error.description).toBe('The id provided does not exist');
  });

  it('a failed Checkout leaves the order attempted, the payment failed and no token', async () => {
    const { rzp, headers } = account();
    const customer = await rzp.customers.create({ name: 'Declined', contact: '9000090000' });
    const order = await rzp.orders.create({
      amount: 100,
      currency: 'INR',
      customer_id: customer.id,
      method: 'card',
      token: { max_amount: 500 },
    } as any);
    const failed = await control(sandbox, 'razorpay', 'checkout', { order_id: order.id, outcome: 'failure' }, headers);
    expect(failed.status).toBe(400);
    expect(failed.json.error).toMatchObject({ code: 'BAD_REQUEST_ERROR', reason: 'payment_failed', metadata: { order_id: order.id } });
    expect(await rzp.payments.fetch(failed.json.error.metadata.payment_id)).toMatchObject({
      status: 'failed',
      error_reason: 'payment_failed',
    });
    expect(await rzp.orders.fetch(order.id)).toMatchObject({ status: 'attempted', attempts: 1, amount_paid: 0 });
    expect((await rzp.customers.fetchTokens(customer.id)).count).toBe(0);
  });

  it('registration links: issued, notified, paid through Checkout (saving the token), or cancelled, or expired', async () => {
    const { rzp, headers } = account();
    const link = { customer: { name: 'Gaurav Kumar', email: 'link@example.com', contact: '9000090000' }, receipt: 'link-1' };
    const issued = await registrationLink(rzp, link);
    expect(issued).toMatchObject({ entity: 'invoice', status: 'issued', amount: 100, customer_details: { email: 'link@example.com' } });
    expect(issued.id).toMatch(/^inv_[0-9A-Za-z]{14}$/);
    expect(await rzp.invoices.notifyBy(issued.id, 'sms')).toEqual({ success: true });

    expect(await rzp.invoices.fetch(issued.id)).toEqual({ ...issued, sms_status: 'sent' });

    const paid = await control(sandbox, 'razorpay', 'checkout', { invoice_id: issued.id }, headers);
    expect(await rzp.invoices.fetch(issued.id)).toMatchObject({ status: 'paid', payment_id: paid.json.razorpay_payment_id, amount_due: 0 });
    expect(paid.json).toMatchObject({
      razorpay_invoice_id: issued.id,
      razorpay_invoice_status: 'paid',
      razorpay_order_id: issued.order_id,
    });
    const payment = await rzp.payments.fetch(paid.json.razorpay_payment_id);
    expect((await rzp.customers.fetchTokens(issued.customer_id)).items.map((t) => t.id)).toEqual([payment.token_id]);
    const notPayable = await refusal(rzp.invoices.notifyBy(issued.id, 'email'));
    expect(notPayable.error.description).toBe('Operation not allowed for invoice in paid status');

    const second = await registrationLink(rzp, { ...link, receipt: 'link-2' });
    expect(second.customer_id).toBe(issued.customer_id);
    expect(await rzp.invoices.cancel(second.id)).toMatchObject({ id: second.id, status: 'cancelled' });
    expect((await control(sandbox, 'razorpay', 'checkout', { invoice_id: second.id }, headers)).status).toBe(400);

    const past = await refusal(registrationLink(rzp, { ...link, receipt: 'link-past', expire_by: Math.floor(Date.now() / 1000) - 60 }));
    expect(past).toMatchObject({ statusCode: 400, error: { description: 'The expire_by must be a time in the future' } });

    const expiring = await registrationLink(rzp, { ...link, receipt: 'link-3', expire_by: Math.floor(Date.now() / 1000) + 3600 });
    expect((await control(sandbox, 'razorpay', 'clock', { advance_seconds: 7200 }, headers)).status).toBe(200);
    expect((await refusal(rzp.invoices.notifyBy(expiring.id, 'sms'))).error.description).toBe(
      'Operation not allowed for invoice in expired status',
    );
    expect(await rzp.invoices.fetch(expiring.id)).toMatchObject({ status: 'expired', expired_at: expiring.expire_by });
    expect((await refusal(rzp.invoices.fetch('inv_00000000000000'))).error.description).toBe('The id provided does not exist');
  });

  it('an emandate registration link is authorised from its bank account: an emandate token with bank_details, no card', async () => {
    const { rzp, headers } = account();
    const bankAccount = {
      beneficiary_name: 'Gaurav Kumar',
      account_number: '11214311215411',
      account_type: 'savings',
      ifsc_code: 'HDFC0001233',
    };
    const issued = await registrationLink(rzp, {
      customer: { name: 'Gaurav Kumar', email: 'emandate@example.com', contact: '9000090000' },
      subscription_registration: { method: 'emandate', auth_type: 'netbanking', max_amount: 50000, bank_account: bankAccount },
    });
    const paid = await control(sandbox, 'razorpay', 'checkout', { invoice_id: issued.id }, headers);
    expect(paid.status).toBe(200);
    const payment = await rzp.payments.fetch(paid.json.razorpay_payment_id);
    expect(payment).toMatchObject({ method: 'emandate', bank: 'HDFC', card_id: null, recurring: true });
    const token = await rzp.customers.fetchToken(issued.customer_id, payment.token_id!);
    expect(token).toMatchObject({
      method: 'emandate',
      bank: 'HDFC',
      auth_type: 'netbanking',
      max_amount: 50000,
      recurring_details: { status: 'confirmed' },
      bank_details: { beneficiary_name: 'Gaurav Kumar', account_number: '11214311215411', ifsc: 'HDFC0001233', account_type: 'savings' },
    });
    expect(token).not.toHaveProperty('card');

    const order = await rzp.orders.create({ amount: 2000, currency: 'INR' });
    const charged = await rzp.payments.createRecurringPayment({
      email: 'emandate@example.com',
      contact: '9000090000',
      amount: 2000,
      currency: 'INR',
      order_id: order.id,
      customer_id: issued.customer_id,
      token: token.id,
      recurring: '1',
    } as any);
    expect(await rzp.payments.fetch(charged.razorpay_payment_id!)).toMatchObject({ method: 'emandate', bank: 'HDFC', card_id: null });
  });

  it("a registration link's customer details are held to the customers' rules, as a create holds them", async () => {
    const { rzp } = account();
    const issued = await registrationLink(rzp, {
      customer: { name: '  Gaurav Kumar ', email: 'Link.Rules@Example.com', contact: 9000090000 },
    });
    expect(await rzp.customers.fetch(issued.customer_id)).toMatchObject({
      name: 'Gaurav Kumar',
      email: 'link.rules@example.com',
      contact: '9000090000',
    });
    expect(issued.customer_details).toMatchObject({ name: 'Gaurav Kumar', customer_name: 'Gaurav Kumar' });
    const duplicate = await refusal(rzp.customers.create({ email: 'link.rules@example.com', contact: '9000090000' }));
    expect(duplicate.error.description).toBe('Customer already exists for the merchant');

    const noCallingCode = await refusal(registrationLink(rzp, { customer: { name: 'Gaurav Kumar', contact: '+99912345678' } }));
    expect(noCallingCode).toMatchObject({ statusCode: 400, error: { description: 'Contact number contains invalid country code' } });
    expect((await rzp.customers.all({ count: 100 })).items).toHaveLength(1);
  });

  it("a registration link's receipt is unique among orders' receipts, as its order's is", async () => {
    const { rzp } = account();
    const link = (receipt: string) =>
      registrationLink(rzp, { customer: { name: 'Gaurav Kumar', email: 'receipt@example.com', contact: '9000090000' }, receipt });
    const unique = 'Order receipt should be unique.';
    expect(await link('R1')).toMatchObject({ receipt: 'R1', status: 'issued' });
    expect((await refusal(link('R1'))).error.description).toBe(unique);
    expect((await refusal(rzp.orders.create({ amount: 100, currency: 'INR', receipt: 'R1' }))).error.description).toBe(unique);
    await rzp.orders.create({ amount: 100, currency: 'INR', receipt: 'R2' });
    expect((await refusal(link('R2'))).error.description).toBe(unique);
  });

  it("paying a registration link's order is paying the link: its state is checked and it becomes paid", async () => {
    const { rzp, headers } = account();
    const link = (customer: object, extra: object = {}) => registrationLink(rzp, { customer, ...extra });

    const issued = await link({ name: 'Gaurav Kumar', email: 'by-order@example.com', contact: '9000090000' });
    const paid = await control(sandbox, 'razorpay', 'checkout', { order_id: issued.order_id }, headers);
    expect(paid).toMatchObject({ status: 200, json: { razorpay_invoice_id: issued.id, razorpay_invoice_status: 'paid' } });
    expect((await refusal(rzp.invoices.notifyBy(issued.id, 'sms'))).error.description).toBe(
      'Operation not allowed for invoice in paid status',
    );
    expect((await rzp.payments.fetch(paid.json.razorpay_payment_id)).invoice_id).toBe(issued.id);

    // A link that can no longer be paid refuses its order too, and mints no token.
    const cancelled = await link({ name: 'Cancelled', email: 'cancelled@example.com', contact: '9123456780' });
    await rzp.invoices.cancel(cancelled.id);
    const expiring = await link(
      { name: 'Expiring', email: 'expiring@example.com', contact: '9988776655' },
      { expire_by: Math.floor(Date.now() / 1000) + 3600 },
    );
    await control(sandbox, 'razorpay', 'clock', { advance_seconds: 7200 }, headers);
    for (const [unpaid, status] of [
      [cancelled, 'cancelled'],
      [expiring, 'expired'],
    ] as const) {
      const refused = await control(sandbox, 'razorpay', 'checkout', { order_id: unpaid.order_id }, headers);
      expect(refused).toMatchObject({
        status: 400,
        json: { error: { description: `Operation not allowed for invoice in ${status} status` } },
      });
      expect(await rzp.orders.fetch(unpaid.order_id)).toMatchObject({ status: 'created', attempts: 0 });
      expect((await rzp.customers.fetchTokens(unpaid.customer_id)).count).toBe(0);
    }
  });

  it("card references and affordability checks answer for the account's data", async () => {
    const { rzp } = account();
    const first = (await rzp.cards.requestCardReference({ number: '4111111111111111' } as any)) as any;
    const again = (await rzp.cards.requestCardReference({ number: '4111111111111111' } as any)) as any;
    const other = (await rzp.cards.requestCardReference({ number: '5104015555555558' } as any)) as any;
    expect(first.payment_account_reference).toBe(again.payment_account_reference);
    expect(first.payment_account_reference).not.toBe(other.payment_account_reference);
    const check = (await rzp.customers.requestEligibilityCheck({
      amount: 500000,
      currency: 'INR',
      customer: { contact: '+919000090000' },
    } as any)) as any;
    const id = check.instruments[0].eligibility_req_id;
    expect(id).toMatch(/^elig_/);
    expect((await rzp.customers.fetchEligibility(id)) as any).toEqual({ instruments: check.instruments });
  });
});
