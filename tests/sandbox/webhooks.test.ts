/**
 * The Razorpay sandbox's webhooks, received by a local endpoint as a merchant's server receives them: the events
 * each step of the recurring-card flow causes, each one valid against its `webhooks` entry of the spec and signed
 * so that the official SDK's `Razorpay.validateWebhookSignature` accepts it; retries with the same event id after
 * a failed answer or none; answers of the API never waiting for a delivery; `webhooks/trigger` for every event.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Razorpay from 'razorpay';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import { mockOptionsFrom } from '../../scripts/mock/cli-options.ts';
import { startMocks } from '../../scripts/mock/server.ts';
import { KEPT_DELIVERIES_PER_ACCOUNT } from '../../scripts/sandbox/webhook-sender.ts';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { startWebhookReceiver, type Received, type WebhookReceiver } from './fixtures/webhook-receiver.ts';
import { authorisationOrder, control, freshKeyId, registrationLink, startRecordedSandbox, type RecordedSandbox } from './helpers.ts';

// A gc() of this process, without starting it with --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const SECRET = 'sandbox_secret_for_tests';
const WEBHOOK_SECRET = 'webhook_secret_for_tests';
const contract = Contract.load('razorpay');

let receiver: WebhookReceiver;
let sandbox: RecordedSandbox;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  sandbox = await startRecordedSandbox({ webhooks: { razorpay: { url: receiver.url, secret: WEBHOOK_SECRET, firstRetryMs: 20 } } });
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
  await receiver.close();
});

function account() {
  const keyId = freshKeyId();
  const headers = { authorization: `Basic ${Buffer.from(`${keyId}:${SECRET}`).toString('base64')}` };
  return { keyId, headers, rzp: razorpayClient(sandbox.urls.razorpay, { key_id: keyId, key_secret: SECRET }) };
}

/** The deliveries whose payload names `id` (a payment, order, token or invoice id). */
const about = (id: string) => (delivery: Received) =>
  Object.values(delivery.body.payload as Record<string, { entity: { id: string } }>).some(({ entity }) => entity.id === id);

/** Holds a delivery to everything a receiver may rely on: the contract, the SDK's signature check, the headers. */
function expectValidDelivery(delivery: Received): void {
  const violations = contract.validateWebhook(delivery.body.event, {
    headers: delivery.headers as Record<string, string>,
    body: delivery.body,
    contentType: String(delivery.headers['content-type']),
  });
  expect(violations, `${delivery.body.event}: ${JSON.stringify(violations)}`).toEqual([]);
  expect(Razorpay.validateWebhookSignature(delivery.raw, String(delivery.headers['x-razorpay-signature']), WEBHOOK_SECRET)).toBe(true);
  expect(delivery.headers['x-razorpay-event-id']).toMatch(/^[0-9A-Za-z]{14}$/);
  expect(delivery.headers['user-agent']).toBe('Razorpay-Webhook/v1');
}

const events = (deliveries: Received[]) => deliveries.map((delivery) => delivery.body.event as string).sort();

async function authorisedCustomer(rzp: Razorpay, headers: Record<string, string>) {
  const customer = await rzp.customers.create({ name: 'Gaurav Kumar', email: 'webhooks@example.com', contact: '9876543567' });
  const order = await authorisationOrder(rzp, customer.id);
  const paid = await control(sandbox, 'razorpay', 'checkout', { order_id: order.id }, headers);
  expect(paid.status).toBe(200);
  return { customer, order, paymentId: paid.json.razorpay_payment_id as string };
}

describe('the recurring-card flow sends what Razorpay sends', () => {
  it('checkout of an authorisation order: payment authorized and captured, order paid, token confirmed', async () => {
    const { rzp, headers, keyId } = account();
    const { customer, order, paymentId } = await authorisedCustomer(rzp, headers);
    const [token] = (await rzp.customers.fetchTokens(customer.id)).items;

    const byPayment = await receiver.waitFor(3, about(paymentId));
    expect(events(byPayment)).toEqual(['order.paid', 'payment.authorized', 'payment.captured']);
    const [confirmed] = await receiver.waitFor(1, about(token!.id));
    expect(confirmed!.body.event).toBe('token.confirmed');
    expect(confirmed!.body.payload.token.entity).toMatchObject({ id: token!.id, recurring_details: { status: 'confirmed' } });

    const all = [...byPayment, confirmed!];
    for (const delivery of all) expectValidDelivery(delivery);
    expect(new Set(all.map((delivery) => delivery.headers['x-razorpay-event-id'])).size).toBe(all.length);
    // One merchant account per key id, as every event of one Razorpay merchant carries the same account_id.
    expect(new Set(all.map((delivery) => delivery.body.account_id)).size).toBe(1);
    const find = (event: string) => all.find((delivery) => delivery.body.event === event)!.body.payload;
    expect(find('payment.authorized').payment.entity).toMatchObject({ id: paymentId, status: 'authorized', captured: false });
    expect(find('payment.captured').payment.entity).toMatchObject({ id: paymentId, status: 'captured', captured: true });
    expect(find('order.paid').order.entity).toMatchObject({ id: order.id, status: 'paid', amount_paid: 100 });

    const listed = await control(sandbox, 'razorpay', 'webhooks/deliveries', undefined, headers);
    expect(listed.json.items).toHaveLength(4);
    expect(listed.json.items.every((delivery: { delivered: boolean }) => delivery.delivered)).toBe(true);
    // Another key's deliveries are not this key's business.
    const other = account();
    expect((await control(sandbox, 'razorpay', 'webhooks/deliveries', undefined, other.headers)).json.items).toEqual([]);
    expect(keyId).not.toBe(other.keyId);
    // A reset forgets the account's deliveries with the rest of its data.
    expect((await control(sandbox, 'razorpay', 'reset', undefined, headers)).status).toBe(200);
    expect((await control(sandbox, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items).toEqual([]);
  });

  it('a recurring charge: payment authorized and captured, order paid; a declined checkout: payment.failed', async () => {
    const { rzp, headers } = account();
    const { customer } = await authorisedCustomer(rzp, headers);
    const [token] = (await rzp.customers.fetchTokens(customer.id)).items;
    const charge = await rzp.orders.create({ amount: 2500, currency: 'INR', payment_capture: true } as any);
    const charged = (await rzp.payments.createRecurringPayment({
      email: 'webhooks@example.com',
      contact: 9876543567,
      amount: 2500,
      currency: 'INR',
      order_id: charge.id,
      customer_id: customer.id,
      token: token!.id,
      recurring: 1,
    } as any)) as any;
    const deliveries = await receiver.waitFor(3, about(charged.razorpay_payment_id));
    expect(events(deliveries)).toEqual(['order.paid', 'payment.authorized', 'payment.captured']);
    for (const delivery of deliveries) expectValidDelivery(delivery);

    const declined = await rzp.orders.create({ amount: 300, currency: 'INR' });
    const failed = await control(sandbox, 'razorpay', 'checkout', { order_id: declined.id, outcome: 'failure' }, headers);
    const [failure] = await receiver.waitFor(1, about(failed.json.error.metadata.payment_id));
    expect(failure!.body.event).toBe('payment.failed');
    expect(failure!.body.payload.payment.entity).toMatchObject({ status: 'failed', error_reason: 'payment_failed' });
    expectValidDelivery(failure!);
  });

  it('registration links: paid → invoice.paid; expired on the clock → invoice.expired; cancelled → no event', async () => {
    const { rzp, headers } = account();
    const link = (expire_by?: number) =>
      registrationLink(rzp, {
        customer: { name: 'Gaurav Kumar', email: 'link@example.com', contact: '9123456780' },
        ...(expire_by ? { expire_by } : {}),
      });

    const paidLink = await link();
    await control(sandbox, 'razorpay', 'checkout', { invoice_id: paidLink.id }, headers);
    const [paid] = await receiver.waitFor(1, (delivery) => delivery.body.event === 'invoice.paid' && about(paidLink.id)(delivery));
    expect(paid!.body.payload.invoice.entity).toMatchObject({ id: paidLink.id, status: 'paid' });
    expect(paid!.body.contains).toEqual(['payment', 'order', 'invoice']);
    expectValidDelivery(paid!);

    // Paying the link's order is paying the link (Checkout opened with the order id), with the same events.
    const paidByOrder = await link();
    await control(sandbox, 'razorpay', 'checkout', { order_id: paidByOrder.order_id }, headers);
    const [paidOrder] = await receiver.waitFor(1, (delivery) => delivery.body.event === 'invoice.paid' && about(paidByOrder.id)(delivery));
    expect(paidOrder!.body.payload.invoice.entity).toMatchObject({ id: paidByOrder.id, status: 'paid' });

    const cancelled = await link();
    await rzp.invoices.cancel(cancelled.id);
    const expiring = await link(Math.floor(Date.now() / 1000) + 3600);
    expect((await control(sandbox, 'razorpay', 'clock', { advance_seconds: 7200 }, headers)).status).toBe(200);
    const [expired] = await receiver.waitFor(1, about(expiring.id));
    expect(expired!.body).toMatchObject({
      event: 'invoice.expired',
      payload: { invoice: { entity: { id: expiring.id, status: 'expired' } } },
    });
    expect(expired!.body.created_at).toBeGreaterThan(Math.floor(Date.now() / 1000) + 3600);
    expectValidDelivery(expired!);
    // Every event about the cancelled link has arrived by now, if there were any: deliveries are started in order.
    await receiver.waitFor(1, about(expiring.id));
    expect(receiver.received.filter(about(cancelled.id))).toEqual([]);
  });
});

describe('delivery', () => {
  it('retries a failed answer with the same event id and body until a 2XX arrives', async () => {
    const { headers } = account();
    let refusals = 2;
    receiver.answer = () => (refusals-- > 0 ? 500 : 200);
    try {
      const triggered = await control(sandbox, 'razorpay', 'webhooks/trigger', { event: 'payment.captured' }, headers);
      const eventId = triggered.json.event_id;
      const attempts = await receiver.waitFor(3, (delivery) => delivery.headers['x-razorpay-event-id'] === eventId);
      expect(new Set(attempts.map((delivery) => delivery.raw)).size).toBe(1);
      const [delivery] = (await control(sandbox, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items;
      expect(delivery).toEqual({ event_id: eventId, event: 'payment.captured', attempts: 3, outcome: 200, delivered: true });
    } finally {
      receiver.answer = () => 200;
    }
  });

  it('answers the API while the endpoint holds the delivery, and retries a delivery left unanswered for 5 s', async () => {
    const { headers } = account();
    let first = true;
    receiver.answer = () => (first ? ((first = false), 'hold') : 200);
    // Garbage is collected all along: on Node 20 a collection could drop a timeout combined by AbortSignal.any, and
    // the held attempt then never timed out (nodejs/node#57736).
    const collecting = setInterval(collectGarbage, 20);
    try {
      const triggered = await control(sandbox, 'razorpay', 'webhooks/trigger', { event: 'token.confirmed' }, headers);
      expect(triggered.status).toBe(200);
      const eventId = triggered.json.event_id;
      await receiver.waitFor(1, (delivery) => delivery.headers['x-razorpay-event-id'] === eventId);
      // The API answers while the endpoint still holds the first delivery.
      const { rzp } = account();
      expect((await rzp.customers.create({ name: 'Held', email: 'held@example.com' })).id).toMatch(/^cust_/);
      expect(receiver.held()).toBe(1);
      const attempts = await receiver.waitFor(2, (delivery) => delivery.headers['x-razorpay-event-id'] === eventId);
      expect(attempts).toHaveLength(2);
      const [delivery] = (await control(sandbox, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items;
      expect(delivery).toMatchObject({ event_id: eventId, attempts: 2, delivered: true });
    } finally {
      clearInterval(collecting);
      receiver.answer = () => 200;
      receiver.release();
    }
  }, 20_000);
});

describe('POST /__sandbox/webhooks/trigger', () => {
  it('sends every event the spec describes, valid and signed, under the caller’s account', async () => {
    const { headers } = account();
    const names = [...contract.webhooks.keys()];
    expect(names.length).toBeGreaterThanOrEqual(15);
    const ids = new Map<string, string>();
    for (const event of names) {
      const triggered = await control(sandbox, 'razorpay', 'webhooks/trigger', { event }, headers);
      expect(triggered.status).toBe(200);
      ids.set(triggered.json.event_id, event);
    }
    const deliveries = await receiver.waitFor(names.length, (delivery) => ids.has(String(delivery.headers['x-razorpay-event-id'])));
    for (const delivery of deliveries) {
      expect(delivery.body.event).toBe(ids.get(String(delivery.headers['x-razorpay-event-id'])));
      expectValidDelivery(delivery);
    }
    expect(new Set(deliveries.map((delivery) => delivery.body.account_id)).size).toBe(1);
  });

  it('refuses an event the spec does not describe, naming those it does', async () => {
    const refused = await control(sandbox, 'razorpay', 'webhooks/trigger', { event: 'payment.refunded' }, account().headers);
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toContain('payment.captured');
  });
});

describe('without a webhook URL', () => {
  it('the webhook controls say how to set one', async () => {
    const quiet = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
    try {
      for (const name of ['webhooks/trigger', 'webhooks/deliveries']) {
        const refused = await control(quiet, 'razorpay', name, { event: 'payment.captured' });
        expect(refused.status).toBe(409);
        expect(refused.json.detail).toContain('MOCK_RAZORPAY_WEBHOOK_URL');
      }
    } finally {
      await quiet.close();
    }
  });
});

describe('the mock command’s webhook options', () => {
  it('come from flags or from the environment, flags first', () => {
    expect(mockOptionsFrom(['--razorpay-webhook-url', 'http://127.0.0.1:9/hook', '--webhook-attempts', '3'], {}).webhooks).toEqual({
      razorpay: { url: 'http://127.0.0.1:9/hook', maxAttempts: 3 },
    });
    const env = {
      MOCK_RAZORPAY_WEBHOOK_URL: 'https://example.com/hook',
      MOCK_RAZORPAY_WEBHOOK_SECRET: 's3',
      MOCK_WEBHOOK_FIRST_RETRY_MS: '250',
    };
    expect(mockOptionsFrom([], env).webhooks).toEqual({ razorpay: { url: 'https://example.com/hook', secret: 's3', firstRetryMs: 250 } });
    expect(mockOptionsFrom([], {}).webhooks).toBeUndefined();
  });

  it('refuse what cannot work, naming the option', () => {
    expect(() => mockOptionsFrom(['--razorpay-webhook-url', 'ftp://example.com'], {})).toThrow('--razorpay-webhook-url=ftp://example.com');
    expect(() => mockOptionsFrom(['--razorpay-webhook-secret', 's'], {})).toThrow('MOCK_RAZORPAY_WEBHOOK_URL');
    expect(() => mockOptionsFrom(['--webhook-attempts', '0', '--razorpay-webhook-url', 'http://x.example'], {})).toThrow(
      '--webhook-attempts',
    );
    expect(() => mockOptionsFrom(['--examples', '--razorpay-webhook-url', 'http://x.example'], {})).toThrow('--examples');
    // A setting that came from the environment is named as the variable it came from.
    expect(() => mockOptionsFrom([], { MOCK_RAZORPAY_WEBHOOK_URL: 'foo' })).toThrow(/^MOCK_RAZORPAY_WEBHOOK_URL=foo is not/);
    expect(() => mockOptionsFrom([], { MOCK_RAZORPAY_WEBHOOK_URL: 'http://x.example', MOCK_WEBHOOK_ATTEMPTS: 'abc' })).toThrow(
      /^MOCK_WEBHOOK_ATTEMPTS=abc is not/,
    );
    expect(() => mockOptionsFrom([], { MOCK_RAZORPAY_WEBHOOK_URL: 'http://x.example', MOCK_WEBHOOK_FIRST_RETRY_MS: '-1' })).toThrow(
      /^MOCK_WEBHOOK_FIRST_RETRY_MS=-1 is not/,
    );
  });
});

describe('a receiver that is down', () => {
  it('holds at most maxPending events; the rest are listed as dropped, and closing does not wait for the receiver', async () => {
    const down = await startWebhookReceiver(() => 'hold');
    const busy = await startMocks({
      ports: { gateway: 0, razorpay: 0, juspay: 0 },
      webhooks: { razorpay: { url: down.url, maxPending: 2 } },
    });
    try {
      const { headers } = account();
      for (let i = 0; i < 3; i++) await control(busy, 'razorpay', 'webhooks/trigger', { event: 'order.paid' }, headers);
      const listed = (await control(busy, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items;
      expect(listed.map((delivery: { outcome: unknown }) => delivery.outcome)).toEqual(['dropped', 'queued', 'queued']);
      await down.waitFor(2);
    } finally {
      await busy.close();
      await down.close();
    }
    expect(down.received).toHaveLength(2);
  });
});

describe('the deliveries a sandbox keeps and makes', () => {
  it(`lists each account's latest ${KEPT_DELIVERIES_PER_ACCOUNT}: one busy account cannot push out another's`, async () => {
    const endpoint = await startWebhookReceiver();
    const mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, webhooks: { razorpay: { url: endpoint.url } } });
    try {
      const quiet = account();
      const busy = account();
      await control(mocks, 'razorpay', 'webhooks/trigger', { event: 'order.paid' }, quiet.headers);
      // More than the account's own share, and more than the thousand a list shared by all accounts held.
      for (let i = 0; i < 1001; i++) await control(mocks, 'razorpay', 'webhooks/trigger', { event: 'payment.failed' }, busy.headers);
      const listed = async (headers: Record<string, string>) =>
        (await control(mocks, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items as { event: string }[];
      expect((await listed(quiet.headers)).map((delivery) => delivery.event)).toEqual(['order.paid']);
      expect(await listed(busy.headers)).toHaveLength(KEPT_DELIVERIES_PER_ACCOUNT);
    } finally {
      await mocks.close();
      await endpoint.close();
    }
  }, 60_000);

  it('does not follow a redirect: the answer is the 3XX, retried as a failure', async () => {
    const elsewhere = await startWebhookReceiver();
    const redirecting = createServer((request, response) => {
      request.resume();
      response.writeHead(302, { location: elsewhere.url }).end();
    });
    await new Promise<void>((listening) => redirecting.listen(0, '127.0.0.1', listening));
    const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/hook`;
    const mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, webhooks: { razorpay: { url, maxAttempts: 1 } } });
    try {
      const { headers } = account();
      await control(mocks, 'razorpay', 'webhooks/trigger', { event: 'order.paid' }, headers);
      let delivery: { outcome: unknown; delivered: boolean } | undefined;
      await vi.waitFor(async () => {
        [delivery] = (await control(mocks, 'razorpay', 'webhooks/deliveries', undefined, headers)).json.items;
        expect(delivery!.outcome).not.toBe('queued');
      });
      expect(delivery).toMatchObject({ outcome: 302, delivered: false });
      expect(elsewhere.received).toEqual([]);
    } finally {
      await mocks.close();
      redirecting.close();
      await elsewhere.close();
    }
  });
});
