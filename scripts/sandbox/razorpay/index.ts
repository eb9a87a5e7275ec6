/** Razorpay's sandbox: its customers and recurring-card flow against per-key-id state, and its Checkout. */
import { badRequest } from '../../apis/razorpay.mjs';
import type { Contract } from '../../lib/contract.ts';
import { Documented } from '../documented.ts';
import type { VendorSandbox } from '../sandbox.ts';
import type { WebhookSender } from '../webhook-sender.ts';
import { checkout } from './checkout.ts';
import { contactEmailPair, customerHandlers, type Customer } from './customers.ts';
import { razorpayEvents, webhookControls } from './events.ts';
import { expireDueInvoices, recurringHandlers, type Invoice, type Order, type Payment, type Token } from './recurring.ts';

/** @param sender delivers the webhooks the state changes cause; without one they are dropped */
export function razorpaySandbox(contract: Contract, sender?: WebhookSender): VendorSandbox {
  const events = razorpayEvents(sender);
  const documented = new Documented(
    contract,
    (body, text) => body?.error?.description === text,
    (text) => badRequest(text),
  );
  return {
    handlers: { ...customerHandlers(documented), ...recurringHandlers(documented, events) },
    collections: {
      customers: {
        schema: '#/components/schemas/RazorpayCustomer',
        indexes: { pair: (customer: Customer) => contactEmailPair(customer) },
        unique: ['pair'],
      },
      bank_accounts: { schema: '#/components/schemas/RazorpayBankAccount' },
      tokens: {
        schema: '#/components/schemas/RazorpayToken',
        indexes: { value: (token: Token) => token.token as string | undefined },
        unique: ['value'],
      },
      orders: {
        schema: '#/components/schemas/RazorpayOrder',
        indexes: { receipt: (order: Order) => (typeof order.receipt === 'string' ? order.receipt : undefined) },
        unique: ['receipt'],
      },
      invoices: {
        schema: '#/components/schemas/RazorpayInvoice',
        indexes: { order: (invoice: Invoice) => invoice.order_id },
        unique: ['order'],
      },
      payments: {
        schema: '#/components/schemas/RazorpayPayment',
        indexes: { token: (payment: Payment) => (payment.card_id ? (payment.token_id ?? undefined) : undefined) },
      },
      cards: { schema: '#/components/schemas/RazorpayCard' },
      eligibility: { schema: '#/components/schemas/RazorpayEligibility' },
    },
    controls: { checkout: checkout(documented, events), ...webhookControls(contract, sender) },
    onClock: (caller) => expireDueInvoices(caller, events),
    onReset: (accountId) => sender?.forget(accountId),
  };
}
