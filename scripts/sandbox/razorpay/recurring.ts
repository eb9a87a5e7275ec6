/**
 * Razorpay's recurring-card flow, as its test mode runs it (docs/sources/razorpay.md §7): orders (`created` →
 * `attempted`/`paid`), registration links (an invoice `issued` → `paid`/`cancelled`/`expired`, with its own order),
 * payments made by Checkout (checkout.ts) or charged on a saved token (`payments/create/recurring`, the order's
 * amount and at most the token's `max_amount`, answered with `razorpay_signature` = HMAC-SHA256 of
 * `order_id|payment_id` with the caller's key secret), and the cards behind them.
 */
import { createHash } from 'node:crypto';
import { TEXTS, keySecret, paymentSignature } from '../../apis/razorpay.mjs';
import type { Reply } from '../../mock/pipeline.ts';
import { ok, type Documented } from '../documented.ts';
import { randomChars } from '../../lib/random-chars.mjs';
import { newId } from '../ids.ts';
import type { Handler, SandboxCall } from '../sandbox.ts';
import type { Account, Entity } from '../state.ts';
import { addCustomer, contactAndEmail, customersOf, duplicateOf, notesOf, unknownCallingCode, type Customer } from './customers.ts';
import { emitPaid, type Caller, type RazorpayEvents } from './events.ts';

type Json = Record<string, any>;

export interface Order extends Entity {
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  customer_id?: string | null;
  token?: Json | null;
  created_at: number;
}

export interface Invoice extends Entity {
  status: 'issued' | 'paid' | 'cancelled' | 'expired' | 'partially_paid';
  order_id: string;
  customer_id: string;
  expire_by: number | null;
  expired_at: number | null;
  amount: number;
}

export interface Token extends Entity {
  customer_id: string;
  max_amount: number | null;
  /** `null` (or absent) on a token that was never registered for recurring payments, as the spec allows (a seed's). */
  recurring_details?: { status: string | null; failure_reason: string | null } | null;
  created_at: number;
}

export interface Payment extends Entity {
  status: string;
  order_id: string | null;
  token_id: string | null;
  card_id: string | null;
}

export const ordersOf = (account: Account) => account.collection<Order>('orders');
const invoicesOf = (account: Account) => account.collection<Invoice>('invoices');
export const tokensOf = (account: Account) => account.collection<Token>('tokens');
const paymentsOf = (account: Account) => account.collection<Payment>('payments');
export const cardsOf = (account: Account) => account.collection('cards');

/** Expires the invoice if its `expire_by` has passed on the account's clock while it could still be paid. */
function expireIfDue(caller: Caller, invoice: Invoice, events: RazorpayEvents): void {
  if (invoice.status === 'issued' && invoice.expire_by !== null && caller.account.now() > invoice.expire_by) {
    invoice.status = 'expired';
    invoice.expired_at = invoice.expire_by;
    caller.account.changed(); // also when a read finds it expired
    events.emit(caller, 'invoice.expired', { invoice });
  }
}

/**
 * The invoice as it is now: the sandbox has no timers, so an invoice expires when it is next looked at, or when
 * the clock control moves past its `expire_by` (`expireDueInvoices`).
 */
export function currentInvoice(caller: Caller, id: string, events: RazorpayEvents): Invoice | undefined {
  const invoice = invoicesOf(caller.account).get(id);
  if (invoice) expireIfDue(caller, invoice, events);
  return invoice;
}

/** The registration link (invoice) whose own order `orderId` is, as it is now; undefined for an order of its own. */
export function invoiceOfOrder(caller: Caller, orderId: string, events: RazorpayEvents): Invoice | undefined {
  const invoice = invoicesOf(caller.account).lookup('order', orderId);
  return invoice && currentInvoice(caller, invoice.id, events);
}

/** Expires every invoice of the account whose `expire_by` has passed (after the clock moved). */
export function expireDueInvoices(caller: Caller, events: RazorpayEvents): void {
  for (const invoice of invoicesOf(caller.account).newest(Infinity, 0, (each) => each.status === 'issued')) {
    expireIfDue(caller, invoice, events);
  }
}

/** Records a paid (or failed) attempt on an order. */
export function settleOrder(order: Order, paid: boolean): void {
  order.attempts += 1;
  if (paid) {
    order.amount_paid = order.amount;
    order.amount_due = 0;
    order.status = 'paid';
  } else if (order.status === 'created') {
    order.status = 'attempted';
  }
}

/**
 * A whole number a request may send as a numeric string (`"100"`, as Razorpay's docs, the node SDK's types and form
 * bodies send it); Razorpay's answers hold a number.
 */
const wholeNumber = <T>(value: T): T | number => (value === undefined || value === null ? value : Number(value));

/** The mandate of an authorisation order or registration link as its order keeps it: amounts and times as numbers. */
function mandateOf(token: Json): Json {
  const mandate = { ...token };
  for (const key of ['max_amount', 'expire_at', 'first_payment_amount']) {
    if (key in mandate) mandate[key] = wholeNumber(mandate[key]);
  }
  return mandate;
}

/** Whether an order of the account already holds `receipt`: Razorpay's receipts are unique per merchant. */
const receiptTaken = (account: Account, receipt: unknown): boolean =>
  typeof receipt === 'string' && ordersOf(account).lookup('receipt', receipt) !== undefined;

export function createOrder(account: Account, body: Json): Order {
  const orders = ordersOf(account);
  const amount = Number(body.amount);
  const order: Order = {
    id: newId('order_', orders),
    entity: 'order',
    amount,
    amount_paid: 0,
    amount_due: amount,
    currency: body.currency,
    receipt: body.receipt ?? null,
    offer_id: body.offer_id ?? null,
    status: 'created',
    attempts: 0,
    notes: notesOf(body.notes),
    created_at: account.now(),
  };
  if (body.offers !== undefined) order.offers = body.offers;
  if (body.method !== undefined) order.method = body.method;
  if (body.customer_id !== undefined) order.customer_id = body.customer_id;
  if (body.token !== undefined) order.token = body.token === null ? null : mandateOf(body.token);
  return orders.add(order);
}

/** A payment entity on the documented one: the fields the sandbox does not model (acquirer data, fees) are its. */
export function paymentEntity(documented: Documented, account: Account, fields: Json): Payment {
  const payments = paymentsOf(account);
  const template = documented.template('fetchPayment', (example) => example.currency !== '');
  return payments.add({
    ...template,
    id: newId('pay_', payments),
    invoice_id: null,
    description: null,
    bank: null,
    wallet: null,
    vpa: null,
    token_id: null,
    card_id: null,
    notes: [],
    error_code: null,
    error_description: null,
    error_source: null,
    error_step: null,
    error_reason: null,
    created_at: account.now(),
    ...fields,
  } as unknown as Payment);
}

/** The card of the payments made with `token` (the token itself names none). */
function cardIdOf(account: Account, token: Token): string | null {
  return paymentsOf(account).lookup('token', token.id)?.card_id ?? null;
}

/** The digits of a payment account reference: stable per card number, so a card keeps its reference. */
const referenceDigits = (seed: string, length: number): string =>
  [...createHash('sha256').update(seed).digest()]
    .map((byte) => String(byte % 10))
    .join('')
    .padEnd(length, '0')
    .slice(0, length);

export function recurringHandlers(documented: Documented, events: RazorpayEvents): Record<string, Handler> {
  const notFound = (call: SandboxCall): Reply => documented.error(call.operationId, TEXTS.idNotExist);

  return {
    createOrder(call) {
      const body = call.body as Json;
      if (body.customer_id !== undefined && body.customer_id !== null && !customersOf(call.account).has(body.customer_id))
        return notFound(call);
      if (receiptTaken(call.account, body.receipt)) return documented.error(call.operationId, TEXTS.receiptNotUnique);
      return ok(createOrder(call.account, body));
    },

    fetchOrder(call) {
      const order = ordersOf(call.account).get(call.pathParams.id!);
      return order ? ok(order) : notFound(call);
    },

    createRegistrationLink(call) {
      const body = call.body as Json;
      // The spec cannot hold a clock check: a link must expire after now, on the account's clock.
      const expireBy = wholeNumber(body.expire_by) ?? null;
      if (expireBy !== null && expireBy <= call.account.now()) return documented.error(call.operationId, TEXTS.expireByNotFuture);
      // The link's receipt becomes its order's, so it is held to the orders' rule.
      if (receiptTaken(call.account, body.receipt)) return documented.error(call.operationId, TEXTS.receiptNotUnique);
      const customers = customersOf(call.account);
      let customer: Customer | undefined;
      if (body.customer_id !== undefined) {
        customer = customers.get(body.customer_id);
        if (!customer) return notFound(call);
      } else {
        // A link for customer details creates the customer, or finds the one with the same contact and email;
        // the details are held to the customers' rules.
        const details = (body.customer ?? {}) as Json;
        const { contact, email } = contactAndEmail(details);
        if (unknownCallingCode(contact)) return documented.error(call.operationId, TEXTS.contactInvalidCountryCode);
        customer = duplicateOf(call.account, contact, email) ?? addCustomer(call.account, details);
      }
      const registration = body.subscription_registration as Json;
      const { method, ...mandate } = registration;
      const amount = Number(body.amount);
      const order = createOrder(call.account, {
        amount,
        currency: body.currency,
        receipt: body.receipt ?? undefined,
        customer_id: customer.id,
        method,
        token: mandate,
      });
      const invoices = invoicesOf(call.account);
      const now = call.account.now();
      const template = documented.template(call.operationId, (example) => example.type === 'link');
      const invoice = {
        ...template,
        id: newId('inv_', invoices),
        receipt: body.receipt ?? null,
        invoice_number: body.receipt ?? null,
        customer_id: customer.id,
        customer_details: {
          id: customer.id,
          name: customer.name,
          email: customer.email,
          contact: customer.contact,
          gstin: customer.gstin,
          billing_address: null,
          shipping_address: null,
          customer_name: customer.name,
          customer_email: customer.email,
          customer_contact: customer.contact,
        },
        order_id: order.id,
        line_items: [],
        payment_id: null,
        status: 'issued',
        expire_by: expireBy,
        issued_at: now,
        paid_at: null,
        cancelled_at: null,
        expired_at: null,
        sms_status: body.sms_notify === 0 || body.sms_notify === '0' ? null : 'pending',
        email_status: body.email_notify === 0 || body.email_notify === '0' ? null : 'pending',
        date: now,
        gross_amount: amount,
        amount,
        amount_paid: 0,
        amount_due: amount,
        currency: body.currency,
        description: body.description ?? null,
        notes: notesOf(body.notes),
        short_url: `https://rzp.io/i/${randomChars(7)}`,
        created_at: now,
      } as Invoice;
      return ok(invoices.add(invoice));
    },

    fetchInvoice(call) {
      const invoice = currentInvoice(call, call.pathParams.id!, events);
      return invoice ? ok(invoice) : notFound(call);
    },

    notifyInvoice(call) {
      const invoice = currentInvoice(call, call.pathParams.id!, events);
      if (!invoice) return notFound(call);
      // A reminder is sent only while the link can be paid.
      if (invoice.status !== 'issued' && invoice.status !== 'partially_paid') {
        return documented.error(call.operationId, TEXTS.invoiceNotPayable.replace('{status}', invoice.status));
      }
      invoice[`${call.pathParams.medium}_status`] = 'sent';
      return ok({ success: true });
    },

    cancelInvoice(call) {
      const invoice = currentInvoice(call, call.pathParams.id!, events);
      if (!invoice) return notFound(call);
      if (invoice.status !== 'issued')
        return documented.error(call.operationId, TEXTS.invoiceNotPayable.replace('{status}', invoice.status));
      invoice.status = 'cancelled';
      invoice.cancelled_at = call.account.now();
      return ok(invoice);
    },

    fetchPayment(call) {
      const payment = paymentsOf(call.account).get(call.pathParams.id!);
      return payment ? ok(payment) : notFound(call);
    },

    createRecurringPayment(call) {
      const body = call.body as Json;
      const order = ordersOf(call.account).get(body.order_id);
      const customer = customersOf(call.account).get(body.customer_id);
      const token = tokensOf(call.account).get(body.token);
      if (!order || !customer || !token || token.customer_id !== customer.id) return notFound(call);
      if (token.recurring_details?.status !== 'confirmed') return documented.error(call.operationId, TEXTS.tokenNotRecurring);
      if (order.status === 'paid') return documented.error(call.operationId, TEXTS.orderAlreadyPaid);
      if (token.max_amount !== null && Number(body.amount) > token.max_amount)
        return documented.error(call.operationId, TEXTS.amountExceedsMaximum);
      if (Number(body.amount) !== order.amount) return documented.error(call.operationId, TEXTS.amountNotOrderAmount);
      if (body.currency !== order.currency) return documented.error(call.operationId, TEXTS.currencyNotOrderCurrency);
      const payment = paymentEntity(documented, call.account, {
        amount: Number(body.amount),
        currency: body.currency,
        status: 'captured',
        captured: true,
        order_id: order.id,
        customer_id: customer.id,
        token_id: token.id,
        // Charged as the mandate was authorised: a card, or an emandate/NACH bank account (checkout.ts).
        method: token.method,
        bank: token.bank ?? null,
        card_id: cardIdOf(call.account, token),
        email: body.email,
        contact: String(body.contact),
        description: body.description ?? null,
        notes: notesOf(body.notes),
        recurring: true,
        recurring_type: 'auto',
      });
      settleOrder(order, true);
      token.used_at = call.account.now();
      emitPaid(events, call, payment, order);
      return ok({
        razorpay_payment_id: payment.id,
        razorpay_order_id: order.id,
        razorpay_signature: paymentSignature(order.id, payment.id, keySecret(call.headers)),
      });
    },

    fetchCard(call) {
      const card = cardsOf(call.account).get(call.pathParams.id!);
      return card ? ok(card) : notFound(call);
    },

    requestCardReference(call) {
      const body = call.body as Json;
      const template = documented.template(call.operationId);
      const reference = String(template.payment_account_reference);
      let seed: string;
      let network = template.network;
      if (typeof body.token === 'string') {
        // By the token's id or by its value (`token`), both of which Razorpay hands out.
        const tokens = tokensOf(call.account);
        const token = tokens.get(body.token) ?? tokens.lookup('value', body.token);
        if (!token) return notFound(call);
        seed = token.id;
        network = (token.card as Json | undefined)?.network ?? network;
      } else {
        seed = String(body.number);
      }
      // The reference keeps the documented one's network prefix and length; its digits follow the card.
      const prefix = reference.replace(/\d+$/, '');
      return ok({ ...template, network, payment_account_reference: prefix + referenceDigits(seed, reference.length - prefix.length) });
    },
  };
}
