/**
 * `POST /__sandbox/checkout` on the Razorpay port: a customer paying an order or a registration link with a test
 * card, as Razorpay Checkout would. It answers what Checkout hands the merchant's page — `razorpay_payment_id`,
 * `razorpay_order_id`, `razorpay_signature` (HMAC-SHA256 of `order_id|payment_id` with the caller's key secret,
 * which the SDK's `validatePaymentVerification` checks), plus `razorpay_invoice_id`/`razorpay_invoice_status` for
 * a link — or, with `"outcome": "failure"`, Checkout's `payment.failed` error (HTTP 400). Paying a recurring
 * authorisation (an order with `customer_id` and `token`, or a registration link) saves the customer's card as a
 * token confirmed for recurring payments, bounded by the mandate's `max_amount`. Each checkout sends the webhooks
 * Razorpay sends for it (events.ts): `payment.authorized`, `payment.captured`, `order.paid`, `token.confirmed` and
 * `invoice.paid` as they apply, or `payment.failed`.
 */
import { TEXTS, badRequest, keySecret, paymentSignature } from '../../apis/razorpay.mjs';
import type { Reply } from '../../mock/pipeline.ts';
import type { Documented } from '../documented.ts';
import { randomChars } from '../../lib/random-chars.mjs';
import { newId } from '../ids.ts';
import type { ControlHandler } from '../sandbox.ts';
import type { Account } from '../state.ts';
import { controlError } from '../controls.ts';
import { customersOf } from './customers.ts';
import { emitPaid, type Caller, type RazorpayEvents } from './events.ts';
import {
  cardsOf,
  currentInvoice,
  invoiceOfOrder,
  ordersOf,
  paymentEntity,
  settleOrder,
  tokensOf,
  type Invoice,
  type Order,
  type Token,
} from './recurring.ts';

type Json = Record<string, any>;

/** What Checkout reports when the bank declines a test card. */
const DECLINED = {
  code: 'BAD_REQUEST_ERROR',
  description: 'Your payment could not be completed as the bank declined the transaction.',
  source: 'bank',
  step: 'payment_authorization',
  reason: 'payment_failed',
};

function saveCard(documented: Documented, account: Account, holder: string | null): Json {
  const cards = cardsOf(account);
  const template = documented.template('fetchCard');
  return cards.add({ ...template, id: newId('card_', cards), name: holder ?? template.name });
}

/** Mandates that debit a bank account (Razorpay's emandate and paper NACH), not a card. */
const BANK_MANDATES = new Set(['emandate', 'nach']);

/** The bank of an IFSC: its first four letters (`HDFC0001233` → `HDFC`), as Razorpay's tokens and payments name it. */
const bankOf = (ifsc: unknown): string | null => (typeof ifsc === 'string' ? ifsc.slice(0, 4).toUpperCase() : null);

/**
 * What the token of an authorisation holds besides its ids and times: for a card, the card paid with (on the
 * documented card token); for an emandate or NACH mandate, the bank account the mandate sent (on the documented
 * emandate token, `bank_details` and no card), as Razorpay's token entity shows them.
 */
function instrumentOf(documented: Documented, order: Order, card: Json | undefined): Json {
  const mandate = (order.token ?? {}) as Json;
  if (!card) {
    const [template] = documented.template('fetchCustomerTokens', (example) => example.items?.[0]?.method === 'emandate').items as Json[];
    const account = mandate.bank_account as Json | undefined;
    return {
      ...template,
      method: order.method,
      bank: bankOf(account?.ifsc_code),
      auth_type: mandate.auth_type ?? (order.method === 'nach' ? 'physical' : template!.auth_type),
      bank_details: account
        ? {
            beneficiary_name: account.beneficiary_name ?? null,
            account_number: String(account.account_number),
            ifsc: account.ifsc_code,
            account_type: account.account_type ?? 'savings',
          }
        : null,
    };
  }
  const template = documented.template('fetchCustomerToken', (example) => example.method === 'card');
  const { id: _cardId, ...cardDetails } = card;
  return { ...template, method: 'card', card: { ...template.card, ...cardDetails, entity: 'card' } };
}

function saveToken(documented: Documented, account: Account, order: Order, card: Json | undefined, customerId: string): Token {
  const tokens = tokensOf(account);
  const instrument = instrumentOf(documented, order, card);
  const now = account.now();
  const mandate = (order.token ?? {}) as Json;
  return tokens.add({
    ...instrument,
    id: newId('token_', tokens),
    token: randomChars(14),
    customer_id: customerId,
    recurring: true,
    recurring_details: { status: 'confirmed', failure_reason: null },
    // The order holds the mandate's amounts and times as numbers already (recurring.ts `createOrder`).
    max_amount: mandate.max_amount ?? null,
    expired_at: mandate.expire_at ?? instrument.expired_at,
    used_at: now,
    created_at: now,
    notes: [],
  } as Token);
}

/**
 * The order a checkout pays, and the registration link it belongs to, if any, whether the link was named by its
 * `invoice_id` or by its order's `order_id`: paying a link's order is paying the link, so its state is checked
 * (only an `issued` link can be paid) and it becomes `paid`. Else Razorpay's text for why it cannot be paid.
 */
function whatToPay(caller: Caller, request: Json, events: RazorpayEvents): { order: Order; invoice?: Invoice } | { refusal: string } {
  const byInvoice = typeof request.invoice_id === 'string';
  const invoice = byInvoice ? currentInvoice(caller, request.invoice_id, events) : invoiceOfOrder(caller, request.order_id, events);
  if (byInvoice && !invoice) return { refusal: TEXTS.idNotExist };
  if (invoice && invoice.status !== 'issued') return { refusal: TEXTS.invoiceNotPayable.replace('{status}', invoice.status) };
  const order = ordersOf(caller.account).get(invoice?.order_id ?? request.order_id);
  if (!order) return { refusal: TEXTS.idNotExist };
  if (order.status === 'paid') return { refusal: TEXTS.orderAlreadyPaid };
  return { order, ...(invoice ? { invoice } : {}) };
}

export function checkout(documented: Documented, events: RazorpayEvents): ControlHandler {
  return ({ accountId, account, headers, body }) => {
    const caller = { accountId, account };
    const request = (body ?? {}) as Json;
    if (typeof request.order_id !== 'string' && typeof request.invoice_id !== 'string') {
      return controlError(400, 'give "order_id" or "invoice_id" of the order or registration link to pay');
    }
    if (request.outcome !== undefined && request.outcome !== 'success' && request.outcome !== 'failure') {
      return controlError(400, '"outcome" is "success" (the default) or "failure"');
    }
    const payable = whatToPay(caller, request, events);
    if ('refusal' in payable) return { status: 400, body: badRequest(payable.refusal) };
    const { order, invoice } = payable;

    const customerId = invoice?.customer_id ?? order.customer_id ?? null;
    const customer = customerId ? customersOf(account).get(customerId) : undefined;
    const failed = request.outcome === 'failure';
    // An emandate or NACH authorisation is made from the bank account of its mandate; anything else with a test card.
    const byBank = BANK_MANDATES.has(order.method as string);
    const card = byBank ? undefined : saveCard(documented, account, customer?.name ?? null);
    const authorisation = !failed && customer !== undefined && (invoice !== undefined || order.token != null);
    const token = authorisation ? saveToken(documented, account, order, card, customer.id) : undefined;
    const payment = paymentEntity(documented, account, {
      amount: order.amount,
      currency: order.currency,
      status: failed ? 'failed' : 'captured',
      captured: !failed,
      order_id: order.id,
      invoice_id: invoice?.id ?? null,
      method: byBank ? order.method : 'card',
      customer_id: customer?.id ?? null,
      token_id: token?.id ?? null,
      card_id: card?.id ?? null,
      ...(byBank ? { bank: bankOf(((order.token ?? {}) as Json).bank_account?.ifsc_code) } : {}),
      ...(customer?.email ? { email: customer.email } : {}),
      ...(customer?.contact ? { contact: customer.contact } : {}),
      ...(authorisation ? { recurring: true, recurring_type: 'initial' } : {}),
      ...(failed
        ? {
            error_code: DECLINED.code,
            error_description: DECLINED.description,
            error_source: DECLINED.source,
            error_step: DECLINED.step,
            error_reason: DECLINED.reason,
          }
        : {}),
    });
    settleOrder(order, !failed);
    if (failed) {
      events.emit(caller, 'payment.failed', { payment });
      return { status: 400, body: { error: { ...DECLINED, metadata: { payment_id: payment.id, order_id: order.id } } } };
    }
    if (invoice) {
      invoice.status = 'paid';
      invoice.paid_at = account.now();
      invoice.payment_id = payment.id;
      invoice.amount_paid = invoice.amount;
      invoice.amount_due = 0;
    }
    emitPaid(events, caller, payment, order);
    if (token) events.emit(caller, 'token.confirmed', { token });
    if (invoice) events.emit(caller, 'invoice.paid', { payment, order, invoice });
    const answer: Reply['body'] = {
      razorpay_payment_id: payment.id,
      razorpay_order_id: order.id,
      ...(invoice ? { razorpay_invoice_id: invoice.id, razorpay_invoice_status: invoice.status } : {}),
      razorpay_signature: paymentSignature(order.id, payment.id, keySecret(headers)),
    };
    return { status: 200, body: answer };
  };
}
