/**
 * The webhooks the Razorpay sandbox's state changes cause, in the envelope Razorpay sends (`spec/razorpay`
 * `webhooks`; docs/sources/razorpay.md §9): `{entity: "event", account_id, event, contains, payload: {<key>:
 * {entity}}, created_at}`, each entity as it is at the moment of the event. Without a webhook URL the events are
 * dropped, as Razorpay drops them for a merchant with no webhook.
 *
 * Also the control routes around them: `webhooks/trigger` sends any described event with the payload of its
 * documented example (like `stripe trigger`), `webhooks/deliveries` lists the caller's latest deliveries.
 */
import { createHash } from 'node:crypto';
import type { Contract } from '../../lib/contract.ts';
import { requestBodyExamples } from '../../lib/examples.mjs';
import { ALPHANUMERIC } from '../../lib/random-chars.mjs';
import { controlError } from '../controls.ts';
import type { ControlHandler } from '../sandbox.ts';
import type { Account } from '../state.ts';
import type { WebhookSender } from '../webhook-sender.ts';

type Json = Record<string, any>;

/** The entities an event carries, by payload key. */
export type EventEntities = Partial<Record<'payment' | 'order' | 'token' | 'invoice', Json>>;

/** Whose state changed: the key id (the account) and its state (its clock dates the event). */
export interface Caller {
  accountId: string;
  account: Account;
}

export interface RazorpayEvents {
  emit(caller: Caller, event: string, entities: EventEntities): void;
}

/**
 * The merchant account of a key id, `acc_` + 14 alphanumerics: derived from the key id, so that every event of
 * one key carries the same `account_id`, as every event of one merchant does.
 */
function merchantAccountId(keyId: string): string {
  const digest = createHash('sha256').update(keyId).digest();
  return 'acc_' + [...digest.subarray(0, 14)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

export function envelope(caller: Caller, event: string, entities: EventEntities): Json {
  return {
    entity: 'event',
    account_id: merchantAccountId(caller.accountId),
    event,
    contains: Object.keys(entities),
    payload: Object.fromEntries(Object.entries(entities).map(([key, entity]) => [key, { entity }])),
    created_at: caller.account.now(),
  };
}

export function razorpayEvents(sender: WebhookSender | undefined): RazorpayEvents {
  return {
    emit(caller, event, entities) {
      // Serialised now: the entities change as the flow goes on, the event shows them as they were.
      sender?.send(event, envelope(caller, event, entities), caller.accountId);
    },
  };
}

/**
 * What a successful payment of an order sends: the payment authorised, then captured (the sandbox captures at
 * once, as the recurring flow's auto-capture does), and the order paid.
 */
export function emitPaid(events: RazorpayEvents, caller: Caller, payment: Json, order: Json): void {
  events.emit(caller, 'payment.authorized', { payment: { ...payment, status: 'authorized', captured: false } });
  events.emit(caller, 'payment.captured', { payment });
  events.emit(caller, 'order.paid', { payment, order });
}

/** `POST /__sandbox/webhooks/trigger {"event": "<name>"}` and `POST /__sandbox/webhooks/deliveries`. */
export function webhookControls(contract: Contract, sender: WebhookSender | undefined): Record<string, ControlHandler> {
  const names = [...contract.webhooks.keys()];
  const notConfigured = () =>
    controlError(409, 'no webhook URL is set: start the sandbox with --razorpay-webhook-url or MOCK_RAZORPAY_WEBHOOK_URL');
  return {
    'webhooks/trigger'({ accountId, account, body }) {
      const event = (body as Json | undefined)?.event;
      if (typeof event !== 'string' || !contract.webhooks.has(event)) {
        return controlError(400, `"event" must be an event the Razorpay spec describes: ${names.join(', ')}`);
      }
      if (!sender) return notConfigured();
      const [example] = requestBodyExamples(contract.spec, contract.webhooks.get(event)!);
      if (!example) return controlError(400, `the Razorpay spec documents no example of ${event} to send`);
      const documented = example.value as Json;
      const entities = Object.fromEntries(Object.entries(documented.payload as Json).map(([key, { entity }]) => [key, entity]));
      const eventId = sender.send(event, envelope({ accountId, account }, event, entities), accountId);
      return { status: 200, body: { event, event_id: eventId } };
    },
    'webhooks/deliveries'({ accountId }) {
      if (!sender) return notConfigured();
      return { status: 200, body: { items: sender.deliveries(accountId) } };
    },
  };
}
