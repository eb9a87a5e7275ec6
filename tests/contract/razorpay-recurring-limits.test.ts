/**
 * Boundary tests for every request-side limit of the Razorpay recurring-card flow (issue 7: orders,
 * registration links, invoice notify/cancel, payments, cards) in the bundled spec
 * (generated/razorpay/openapi.json): for each limit a value below, at and above it. Negative cases name the
 * part, JSON pointer and keyword that must fail, and the vendor text where the spec carries one in
 * `x-error-messages`.
 *
 * The last block drives the official node SDK (razorpay 2.9.8) against a local server that records what arrives, so
 * the requests its `resources/*.js` build (paths, default `currency: INR`, bodies passed through unchanged, no
 * body on notify/cancel) are validated exactly as they would go on the wire.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Contract, type RequestParts } from '../../scripts/lib/contract.ts';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { describeLimits, violationIn, type LimitCase } from './limit-cases.ts';
import { RECURRING_OPERATIONS, type RecurringOperation } from './razorpay-operations.ts';

type Operation = RecurringOperation;

type Case = LimitCase<Operation>;

type Body = Record<string, unknown>;

const FORM = 'application/x-www-form-urlencoded';
const NOT_EXIST = 'The id provided does not exist';
const AT_LEAST = 'The amount must be at least INR 1.00';
const NOT_INTEGER = 'The amount must be an integer.';
const extra = (field: string) => `${field} is/are not required and should not be sent`;

const body = violationIn('body');
const path = violationIn('path');

const notes = (count: number): Body => Object.fromEntries(Array.from({ length: count }, (_, i) => [`note_key_${i}`, 'Beam me up Scotty']));
/** A syntactically valid address of exactly `length` characters. */
const email = (length: number): string => `${'u'.repeat(length - '@example.com'.length)}@example.com`;

// Seed 003's requests (personal data replaced as in the spec's examples).
const SEED_ORDER: Body = {
  amount: 100,
  currency: 'INR',
  customer_id: 'cust_4xbQrmEoA5WJ01',
  method: 'card',
  token: { max_amount: 5000, expire_at: 2709971120, frequency: 'monthly' },
  receipt: 'Receipt No. 1',
  notes: { notes_key_1: 'Tea, Earl Grey, Hot', notes_key_2: 'Tea, Earl Grey... decaf.' },
};
const SEED_LINK: Body = {
  customer: { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com', contact: '9123456780' },
  type: 'link',
  amount: '100',
  currency: 'INR',
  description: 'Registration Link for Gaurav',
  subscription_registration: { method: 'card', max_amount: '500', expire_at: 1644737663 },
  receipt: 'Receipt No. #11',
  email_notify: 1,
  sms_notify: 1,
  expire_by: 1644737663,
  notes: { 'note_key 1': 'Beam me up Scotty', 'note_key 2': 'Tea. Earl Gray. Hot.' },
};
const SEED_RECURRING: Body = {
  email: 'gaurav.kumar@example.com',
  contact: 9123456780,
  amount: 1000,
  currency: 'INR',
  order_id: 'order_IDts8IQBJT40aQ',
  customer_id: 'cust_Hwq7Ba6TDXl1ga',
  token: 'token_1Aa00000000001',
  recurring: 1,
  description: 'Creating recurring payment for Gaurav Kumar',
  notes: { 'note_key 1': 'Beam me up Scotty', 'note_key 2': 'Tea. Earl Gray. Hot.' },
};

const with_ = (base: Body, fields: Body): Body => ({ ...base, ...fields });
const without = (base: Body, field: string): Body => {
  const copy = { ...base };
  delete copy[field];
  return copy;
};
const order = (fields: Body): RequestParts => ({ body: with_(SEED_ORDER, fields) });
const orderToken = (fields: Body): RequestParts => order({ token: { ...(SEED_ORDER.token as Body), ...fields } });
const link = (fields: Body): RequestParts => ({ body: with_(SEED_LINK, fields) });
const linkAuth = (fields: Body): RequestParts =>
  link({ subscription_registration: { ...(SEED_LINK.subscription_registration as Body), ...fields } });
const linkCustomer = (fields: Body): RequestParts => link({ customer: { ...(SEED_LINK.customer as Body), ...fields } });
const recurring = (fields: Body): RequestParts => ({ body: with_(SEED_RECURRING, fields) });

const amountCases = (operation: 'createOrder' | 'createRecurringPayment', build: (f: Body) => RequestParts): Case[] => [
  { name: `${operation}: amount 99 (below ₹1)`, operation, request: build({ amount: 99 }), fails: body('/amount', 'minimum', AT_LEAST) },
  { name: `${operation}: amount 100 (at min)`, operation, request: build({ amount: 100 }) },
  { name: `${operation}: amount 101`, operation, request: build({ amount: 101 }) },
  {
    name: `${operation}: amount "99" (numeric string below min)`,
    operation,
    request: build({ amount: '99' }),
    fails: body('/amount', 'pattern', AT_LEAST),
  },
  { name: `${operation}: amount "100" (numeric string at min)`, operation, request: build({ amount: '100' }) },
  { name: `${operation}: amount 0`, operation, request: build({ amount: 0 }), fails: body('/amount', 'minimum', AT_LEAST) },
  { name: `${operation}: amount -100`, operation, request: build({ amount: -100 }), fails: body('/amount', 'minimum', AT_LEAST) },
  {
    name: `${operation}: amount 100.5 (fraction)`,
    operation,
    request: build({ amount: 100.5 }),
    fails: body('/amount', 'type', NOT_INTEGER),
  },
  { name: `${operation}: amount "1,00"`, operation, request: build({ amount: '1,00' }), fails: body('/amount', 'pattern', NOT_INTEGER) },
];

const currencyCases = (
  operation: 'createOrder' | 'createRecurringPayment' | 'createRegistrationLink',
  build: (f: Body) => RequestParts,
): Case[] => [
  { name: `${operation}: currency USD (any ISO code)`, operation, request: build({ currency: 'USD' }) },
  {
    name: `${operation}: currency "" (the docs' artefact)`,
    operation,
    request: build({ currency: '' }),
    fails: body('/currency', 'pattern'),
  },
  { name: `${operation}: currency lower case`, operation, request: build({ currency: 'inr' }), fails: body('/currency', 'pattern') },
  { name: `${operation}: currency of 4 letters`, operation, request: build({ currency: 'INRR' }), fails: body('/currency', 'pattern') },
  {
    name: `${operation}: currency 1 (not a string)`,
    operation,
    request: build({ currency: 1 }),
    fails: body('/currency', 'type', 'expected string but provided 1'),
  },
];

/** Ids in bodies and paths: `<prefix>_` + 14 letters/digits. */
const idCases = (
  operation: Operation,
  where: 'body' | 'path',
  pointer: string,
  prefix: string,
  valid: string,
  build: (id: string) => RequestParts,
): Case[] => {
  const expect_ = where === 'body' ? body : path;
  const bodyPart = valid.slice(prefix.length + 1);
  return [
    { name: `${operation}: ${pointer} well-formed`, operation, request: build(valid) },
    {
      name: `${operation}: ${pointer} with 13 characters after the prefix`,
      operation,
      request: build(valid.slice(0, -1)),
      fails: expect_(pointer, 'pattern', `${bodyPart.slice(0, -1)} is not a valid id`),
      single: true,
    },
    {
      name: `${operation}: ${pointer} with 15 characters after the prefix`,
      operation,
      request: build(`${valid}X`),
      fails: expect_(pointer, 'pattern', `${bodyPart}X is not a valid id`),
      single: true,
    },
    {
      name: `${operation}: ${pointer} without its prefix`,
      operation,
      request: build(bodyPart),
      fails: expect_(pointer, 'pattern', NOT_EXIST),
      single: true,
    },
    {
      name: `${operation}: ${pointer} with another entity's prefix`,
      operation,
      request: build(`zzz_${bodyPart}`),
      fails: expect_(pointer, 'pattern', NOT_EXIST),
      single: true,
    },
  ];
};

const timestampCases = (operation: Operation, pointer: string, build: (value: unknown) => RequestParts): Case[] => [
  { name: `${operation}: ${pointer} 0 (below 1)`, operation, request: build(0), fails: body(pointer, 'minimum') },
  { name: `${operation}: ${pointer} 1 (at min)`, operation, request: build(1) },
  { name: `${operation}: ${pointer} 4102444799 (at max, Razorpay's "no expiry")`, operation, request: build(4102444799) },
  { name: `${operation}: ${pointer} 4102444800 (above max)`, operation, request: build(4102444800), fails: body(pointer, 'maximum') },
  { name: `${operation}: ${pointer} in milliseconds`, operation, request: build(1656418993000), fails: body(pointer, 'maximum') },
  { name: `${operation}: ${pointer} as a numeric string`, operation, request: build('2709971120') },
  { name: `${operation}: ${pointer} as an 11-digit string`, operation, request: build('27099711200'), fails: body(pointer, 'pattern') },
];

const maxAmountCases = (operation: Operation, pointer: string, build: (value: unknown) => RequestParts): Case[] => [
  { name: `${operation}: ${pointer} 99 (below min)`, operation, request: build(99), fails: body(pointer, 'minimum') },
  { name: `${operation}: ${pointer} 100 (at min)`, operation, request: build(100) },
  { name: `${operation}: ${pointer} 1500000 (RBI AFA threshold, not a limit)`, operation, request: build(1500000) },
  { name: `${operation}: ${pointer} 100000000 (at max)`, operation, request: build(100000000) },
  { name: `${operation}: ${pointer} 100000001 (above max)`, operation, request: build(100000001), fails: body(pointer, 'maximum') },
  { name: `${operation}: ${pointer} "500" (numeric string)`, operation, request: build('500') },
  { name: `${operation}: ${pointer} "99" (numeric string below min)`, operation, request: build('99'), fails: body(pointer, 'pattern') },
  {
    name: `${operation}: ${pointer} "100000001" (numeric string above max)`,
    operation,
    request: build('100000001'),
    fails: body(pointer, 'pattern'),
  },
];

const notesCases = (operation: Operation, build: (f: Body) => RequestParts): Case[] => [
  { name: `${operation}: 15 notes (at max)`, operation, request: build({ notes: notes(15) }) },
  {
    name: `${operation}: 16 notes (above max)`,
    operation,
    request: build({ notes: notes(16) }),
    fails: body('/notes', 'maxProperties', 'Number of fields in notes should be less than or equal to 15'),
  },
  { name: `${operation}: a note value of 512 characters (at max)`, operation, request: build({ notes: { k: 'v'.repeat(512) } }) },
  {
    name: `${operation}: a note value of 513 characters`,
    operation,
    request: build({ notes: { k: 'v'.repeat(513) } }),
    fails: body('/notes/k', 'maxLength', 'Notes value cannot be greater 512 characters'),
  },
];

const orderCases: Case[] = [
  { name: 'createOrder: seed 003 authorisation order', operation: 'createOrder', request: order({}) },
  {
    name: 'createOrder: docs subsequent-charge order',
    operation: 'createOrder',
    request: {
      body: {
        amount: 1000,
        currency: 'INR',
        payment_capture: true,
        receipt: 'Receipt No. 1',
        notification: { token_id: 'token_M7K2eFBU7vToaQ', payment_after: 1634057114 },
      },
    },
  },
  {
    name: 'createOrder: amount missing',
    operation: 'createOrder',
    request: { body: without(SEED_ORDER, 'amount') },
    fails: body('/amount', 'required', 'amount: is required.'),
  },
  {
    name: 'createOrder: currency missing',
    operation: 'createOrder',
    request: { body: without(SEED_ORDER, 'currency') },
    fails: body('/currency', 'required', 'currency: is required.'),
  },
  ...amountCases('createOrder', order),
  ...currencyCases('createOrder', order),
  { name: 'createOrder: receipt of 40 characters (at max)', operation: 'createOrder', request: order({ receipt: 'r'.repeat(40) }) },
  {
    name: 'createOrder: receipt of 41 characters (above max)',
    operation: 'createOrder',
    request: order({ receipt: 'r'.repeat(41) }),
    fails: body('/receipt', 'maxLength', 'The receipt may not be greater than 40 characters.'),
  },
  ...idCases('createOrder', 'body', '/customer_id', 'cust', 'cust_4xbQrmEoA5WJ01', (id) => order({ customer_id: id })),
  {
    name: 'createOrder: method emandate',
    operation: 'createOrder',
    request: order({ method: 'emandate', token: { auth_type: 'netbanking', max_amount: 9999900 } }),
  },
  { name: 'createOrder: method wallet', operation: 'createOrder', request: order({ method: 'wallet' }), fails: body('/method', 'enum') },
  ...maxAmountCases('createOrder', '/token/max_amount', (v) => orderToken({ max_amount: v })),
  ...timestampCases('createOrder', '/token/expire_at', (v) => orderToken({ expire_at: v })),
  ...['weekly', 'monthly', 'yearly', 'as_presented'].map((frequency): Case => ({
    name: `createOrder: token.frequency ${frequency}`,
    operation: 'createOrder',
    request: orderToken({ frequency }),
  })),
  {
    name: 'createOrder: token.frequency daily (not a card frequency)',
    operation: 'createOrder',
    request: orderToken({ frequency: 'daily' }),
    fails: body('/token/frequency', 'enum'),
  },
  {
    name: 'createOrder: unknown key in token',
    operation: 'createOrder',
    request: orderToken({ interval: 1 }),
    fails: body('/token/interval', 'additionalProperties', extra('interval')),
  },
  {
    name: 'createOrder: notification without token_id',
    operation: 'createOrder',
    request: order({ notification: { payment_after: 1634057114 } }),
    fails: body('/notification/token_id', 'required'),
  },
  {
    name: 'createOrder: notification.token_id malformed',
    operation: 'createOrder',
    request: order({ notification: { token_id: 'token_M7K2eFBU7vToa' } }),
    fails: body('/notification/token_id', 'pattern', NOT_EXIST),
  },
  ...timestampCases('createOrder', '/notification/payment_after', (v) =>
    order({ notification: { token_id: 'token_M7K2eFBU7vToaQ', payment_after: v } }),
  ),
  ...[true, false, 1, 0, '1', '0'].map((value): Case => ({
    name: `createOrder: payment_capture ${JSON.stringify(value)}`,
    operation: 'createOrder',
    request: order({ payment_capture: value }),
  })),
  {
    name: 'createOrder: payment_capture "yes"',
    operation: 'createOrder',
    request: order({ payment_capture: 'yes' }),
    fails: body('/payment_capture', 'enum'),
  },
  {
    name: 'createOrder: first_payment_min_amount 99',
    operation: 'createOrder',
    request: order({ partial_payment: true, first_payment_min_amount: 99 }),
    fails: body('/first_payment_min_amount', 'minimum'),
  },
  ...notesCases('createOrder', order),
  {
    name: 'createOrder: transfers (feature not in this flow)',
    operation: 'createOrder',
    request: order({ transfers: [] }),
    fails: body('/transfers', 'additionalProperties', extra('transfers')),
  },
  {
    name: 'createOrder: form-encoded seed order',
    operation: 'createOrder',
    request: {
      contentType: FORM,
      body: 'amount=100&currency=INR&customer_id=cust_4xbQrmEoA5WJ01&method=card&token[max_amount]=5000&token[expire_at]=2709971120&token[frequency]=monthly&receipt=Receipt%20No.%201&notes[notes_key_1]=Tea',
    },
  },
  {
    name: 'createOrder: form-encoded token[max_amount]=99',
    operation: 'createOrder',
    request: {
      contentType: FORM,
      body: 'amount=100&currency=INR&customer_id=cust_4xbQrmEoA5WJ01&method=card&token[max_amount]=99&token[expire_at]=2709971120&token[frequency]=monthly',
    },
    fails: body('/token/max_amount', 'pattern'),
  },
  ...idCases('fetchOrder', 'path', '/id', 'order', 'order_DaaS6LOUAASb7Y', (id) => ({ path: { id } })),
];

const linkCases: Case[] = [
  { name: 'createRegistrationLink: seed 003 card link', operation: 'createRegistrationLink', request: link({}) },
  { name: 'createRegistrationLink: amount 0 (emandate/NACH)', operation: 'createRegistrationLink', request: link({ amount: 0 }) },
  { name: 'createRegistrationLink: amount "0"', operation: 'createRegistrationLink', request: link({ amount: '0' }) },
  {
    name: 'createRegistrationLink: amount -1',
    operation: 'createRegistrationLink',
    request: link({ amount: -1 }),
    fails: body('/amount', 'minimum'),
  },
  {
    name: 'createRegistrationLink: amount "-1"',
    operation: 'createRegistrationLink',
    request: link({ amount: '-1' }),
    fails: body('/amount', 'pattern', NOT_INTEGER),
  },
  {
    name: 'createRegistrationLink: amount 1.5',
    operation: 'createRegistrationLink',
    request: link({ amount: 1.5 }),
    fails: body('/amount', 'type', NOT_INTEGER),
  },
  ...currencyCases('createRegistrationLink', link),
  ...['type', 'amount', 'currency', 'description', 'subscription_registration'].map((field): Case => ({
    name: `createRegistrationLink: ${field} missing`,
    operation: 'createRegistrationLink',
    request: { body: without(SEED_LINK, field) },
    fails: body(`/${field}`, 'required', `${field}: is required.`),
  })),
  {
    name: 'createRegistrationLink: type invoice',
    operation: 'createRegistrationLink',
    request: link({ type: 'invoice' }),
    fails: body('/type', 'const'),
  },
  {
    name: 'createRegistrationLink: customer_id instead of customer',
    operation: 'createRegistrationLink',
    request: { body: with_(without(SEED_LINK, 'customer'), { customer_id: 'cust_BMB3EwbqnqZ2EI' }) },
  },
  {
    name: 'createRegistrationLink: neither customer nor customer_id',
    operation: 'createRegistrationLink',
    request: { body: without(SEED_LINK, 'customer') },
    fails: body('', 'not'),
  },
  ...idCases('createRegistrationLink', 'body', '/customer_id', 'cust', 'cust_BMB3EwbqnqZ2EI', (id) => ({
    body: with_(without(SEED_LINK, 'customer'), { customer_id: id }),
  })),
  {
    name: 'createRegistrationLink: subscription_registration.method emandate',
    operation: 'createRegistrationLink',
    request: linkAuth({ method: 'emandate', auth_type: 'netbanking' }),
  },
  {
    name: 'createRegistrationLink: subscription_registration.method wallet',
    operation: 'createRegistrationLink',
    request: linkAuth({ method: 'wallet' }),
    fails: body('/subscription_registration/method', 'enum'),
  },
  {
    name: 'createRegistrationLink: subscription_registration without method',
    operation: 'createRegistrationLink',
    request: link({ subscription_registration: { max_amount: 500 } }),
    fails: body('/subscription_registration/method', 'required'),
  },
  {
    name: 'createRegistrationLink: unknown key in subscription_registration',
    operation: 'createRegistrationLink',
    request: linkAuth({ interval: 1 }),
    fails: body('/subscription_registration/interval', 'additionalProperties', extra('interval')),
  },
  ...maxAmountCases('createRegistrationLink', '/subscription_registration/max_amount', (v) => linkAuth({ max_amount: v })),
  ...timestampCases('createRegistrationLink', '/subscription_registration/expire_at', (v) => linkAuth({ expire_at: v })),
  ...timestampCases('createRegistrationLink', '/expire_by', (v) => link({ expire_by: v })),
  {
    name: 'createRegistrationLink: receipt of 40 characters (at max)',
    operation: 'createRegistrationLink',
    request: link({ receipt: 'r'.repeat(40) }),
  },
  {
    name: 'createRegistrationLink: receipt of 41 characters (above max)',
    operation: 'createRegistrationLink',
    request: link({ receipt: 'r'.repeat(41) }),
    fails: body('/receipt', 'maxLength', 'The receipt may not be greater than 40 characters.'),
  },
  ...[true, false, 1, 0, '1', '0'].map((value): Case => ({
    name: `createRegistrationLink: sms_notify ${JSON.stringify(value)}`,
    operation: 'createRegistrationLink',
    request: link({ sms_notify: value }),
  })),
  {
    name: 'createRegistrationLink: sms_notify 2',
    operation: 'createRegistrationLink',
    request: link({ sms_notify: 2 }),
    fails: body('/sms_notify', 'enum'),
  },
  {
    name: 'createRegistrationLink: email_notify "true"',
    operation: 'createRegistrationLink',
    request: link({ email_notify: 'true' }),
    fails: body('/email_notify', 'enum'),
  },
  {
    name: 'createRegistrationLink: customer.contact as a number',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: 9123456780 }),
  },
  {
    name: 'createRegistrationLink: customer.contact with country code',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: '+919876543210' }),
  },
  {
    name: 'createRegistrationLink: customer.contact of 8 digits (at min)',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: '91234567' }),
  },
  {
    name: 'createRegistrationLink: customer.contact of 7 digits',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: '9123456' }),
    fails: body('/customer/contact', 'pattern'),
  },
  {
    name: 'createRegistrationLink: customer.contact of 15 digits (at max)',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: '9'.repeat(15) }),
  },
  {
    name: 'createRegistrationLink: customer.contact of 16 digits',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: '9'.repeat(16) }),
    fails: body('/customer/contact', 'pattern'),
  },
  {
    name: 'createRegistrationLink: customer.contact number of 7 digits',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: 9123456 }),
    fails: body('/customer/contact', 'minimum', 'Contact number should be at least 8 digits, including country code'),
  },
  {
    name: 'createRegistrationLink: customer.contact number of 16 digits',
    operation: 'createRegistrationLink',
    request: linkCustomer({ contact: 1000000000000000 }),
    fails: body('/customer/contact', 'maximum', 'Contact number should not be greater than 15 digits, including country code'),
  },
  {
    name: 'createRegistrationLink: customer.name of 50 characters (at max)',
    operation: 'createRegistrationLink',
    request: linkCustomer({ name: 'n'.repeat(50) }),
  },
  {
    name: 'createRegistrationLink: customer.name of 51 characters',
    operation: 'createRegistrationLink',
    request: linkCustomer({ name: 'n'.repeat(51) }),
    fails: body('/customer/name', 'maxLength', 'The name may not be greater than 50 characters.'),
  },
  {
    name: 'createRegistrationLink: customer.email of 64 characters (at max)',
    operation: 'createRegistrationLink',
    request: linkCustomer({ email: email(64) }),
  },
  {
    name: 'createRegistrationLink: customer.email of 65 characters',
    operation: 'createRegistrationLink',
    request: linkCustomer({ email: email(65) }),
    fails: body('/customer/email', 'maxLength'),
  },
  {
    name: 'createRegistrationLink: customer.email without @',
    operation: 'createRegistrationLink',
    request: linkCustomer({ email: 'gaurav.kumar.example.com' }),
    fails: body('/customer/email', 'format', 'The email must be a valid email address.'),
  },
  {
    name: 'createRegistrationLink: unknown key in customer',
    operation: 'createRegistrationLink',
    request: linkCustomer({ gstin: '29ABCDE1234L1Z1' }),
    fails: body('/customer/gstin', 'additionalProperties', extra('gstin')),
  },
  {
    name: 'createRegistrationLink: line_items (not for links)',
    operation: 'createRegistrationLink',
    request: link({ line_items: [] }),
    fails: body('/line_items', 'additionalProperties', extra('line_items')),
  },
  ...notesCases('createRegistrationLink', link),
  {
    name: 'createRegistrationLink: form-encoded seed link',
    operation: 'createRegistrationLink',
    request: {
      contentType: FORM,
      body: 'customer[name]=Gaurav%20Kumar&customer[contact]=9123456780&type=link&amount=100&currency=INR&description=Registration&subscription_registration[method]=card&subscription_registration[max_amount]=500&email_notify=1&sms_notify=1',
    },
  },
];

const invoiceCases: Case[] = [
  ...idCases('notifyInvoice', 'path', '/id', 'inv', 'inv_FHrfRupD2ouKIt', (id) => ({ path: { id, medium: 'sms' } })),
  { name: 'notifyInvoice: medium email', operation: 'notifyInvoice', request: { path: { id: 'inv_FHrfRupD2ouKIt', medium: 'email' } } },
  {
    name: 'notifyInvoice: medium whatsapp',
    operation: 'notifyInvoice',
    request: { path: { id: 'inv_FHrfRupD2ouKIt', medium: 'whatsapp' } },
    fails: path('/medium', 'enum'),
  },
  {
    name: 'notifyInvoice: medium in upper case',
    operation: 'notifyInvoice',
    request: { path: { id: 'inv_FHrfRupD2ouKIt', medium: 'SMS' } },
    fails: path('/medium', 'enum'),
  },
  ...idCases('fetchInvoice', 'path', '/id', 'inv', 'inv_FHrfRupD2ouKIt', (id) => ({ path: { id } })),
  ...idCases('cancelInvoice', 'path', '/id', 'inv', 'inv_FHrfRupD2ouKIt', (id) => ({ path: { id } })),
  {
    name: 'cancelInvoice: with a body (the SDK sends none)',
    operation: 'cancelInvoice',
    request: { path: { id: 'inv_FHrfRupD2ouKIt' }, body: { reason: 'x' } },
    fails: body('', 'content'),
  },
];

const paymentCases: Case[] = [
  ...idCases('fetchPayment', 'path', '/id', 'pay', 'pay_FHfqtkRzWvxky4', (id) => ({ path: { id } })),
  { name: 'createRecurringPayment: seed 003 charge', operation: 'createRecurringPayment', request: recurring({}) },
  ...['email', 'contact', 'amount', 'currency', 'order_id', 'customer_id', 'token', 'recurring'].map((field): Case => ({
    name: `createRecurringPayment: ${field} missing`,
    operation: 'createRecurringPayment',
    request: { body: without(SEED_RECURRING, field) },
    fails: body(`/${field}`, 'required', `${field}: is required.`),
  })),
  ...amountCases('createRecurringPayment', recurring),
  ...currencyCases('createRecurringPayment', recurring),
  ...[true, 1, '1', false, 0, '0'].map((value): Case => ({
    name: `createRecurringPayment: recurring ${JSON.stringify(value)}`,
    operation: 'createRecurringPayment',
    request: recurring({ recurring: value }),
  })),
  {
    name: 'createRecurringPayment: recurring "true"',
    operation: 'createRecurringPayment',
    request: recurring({ recurring: 'true' }),
    fails: body('/recurring', 'enum'),
  },
  {
    name: 'createRecurringPayment: recurring 2',
    operation: 'createRecurringPayment',
    request: recurring({ recurring: 2 }),
    fails: body('/recurring', 'enum'),
  },
  {
    name: 'createRecurringPayment: contact as a string with country code',
    operation: 'createRecurringPayment',
    request: recurring({ contact: '+919876543210' }),
  },
  {
    name: 'createRecurringPayment: contact of 7 digits',
    operation: 'createRecurringPayment',
    request: recurring({ contact: '9123456' }),
    fails: body('/contact', 'pattern'),
  },
  {
    name: 'createRecurringPayment: contact with a dash',
    operation: 'createRecurringPayment',
    request: recurring({ contact: '91234-56780' }),
    fails: body('/contact', 'pattern', 'Contact number contains invalid characters, only digits and + symbol are allowed'),
  },
  {
    name: 'createRecurringPayment: contact number of 7 digits',
    operation: 'createRecurringPayment',
    request: recurring({ contact: 9123456 }),
    fails: body('/contact', 'minimum'),
  },
  {
    name: 'createRecurringPayment: email without @',
    operation: 'createRecurringPayment',
    request: recurring({ email: 'gaurav.kumar.example.com' }),
    fails: body('/email', 'format', 'The email must be a valid email address.'),
  },
  {
    name: 'createRecurringPayment: description of 255 characters (at max)',
    operation: 'createRecurringPayment',
    request: recurring({ description: 'd'.repeat(255) }),
  },
  {
    name: 'createRecurringPayment: description of 256 characters',
    operation: 'createRecurringPayment',
    request: recurring({ description: 'd'.repeat(256) }),
    fails: body('/description', 'maxLength', 'description: the length must be no more than 255'),
  },
  ...idCases('createRecurringPayment', 'body', '/order_id', 'order', 'order_IDts8IQBJT40aQ', (id) => recurring({ order_id: id })),
  ...idCases('createRecurringPayment', 'body', '/customer_id', 'cust', 'cust_Hwq7Ba6TDXl1ga', (id) => recurring({ customer_id: id })),
  ...idCases('createRecurringPayment', 'body', '/token', 'token', 'token_1Aa00000000001', (id) => recurring({ token: id })),
  ...notesCases('createRecurringPayment', recurring),
  {
    name: 'createRecurringPayment: unknown field',
    operation: 'createRecurringPayment',
    request: recurring({ save: 1 }),
    fails: body('/save', 'additionalProperties', extra('save')),
  },
];

const reference = (b: Body): RequestParts => ({ body: b });
const cardCases: Case[] = [
  ...idCases('fetchCard', 'path', '/id', 'card', 'card_JXPULjlKqC5j0i', (id) => ({ path: { id } })),
  { name: 'requestCardReference: seed card number', operation: 'requestCardReference', request: reference({ number: '4854980604708430' }) },
  { name: 'requestCardReference: seed token', operation: 'requestCardReference', request: reference({ token: 'token_4lsdksD31GaZ09' }) },
  {
    name: 'requestCardReference: tokenised number',
    operation: 'requestCardReference',
    request: reference({ number: '4854980604708430', tokenised: true }),
  },
  {
    name: 'requestCardReference: number of 12 digits (at min)',
    operation: 'requestCardReference',
    request: reference({ number: '4'.repeat(12) }),
  },
  {
    name: 'requestCardReference: number of 11 digits',
    operation: 'requestCardReference',
    request: reference({ number: '4'.repeat(11) }),
    fails: body('/number', 'pattern'),
    alsoAt: ['', '/token'],
  },
  {
    name: 'requestCardReference: number of 19 digits (at max)',
    operation: 'requestCardReference',
    request: reference({ number: '4'.repeat(19) }),
  },
  {
    name: 'requestCardReference: number of 20 digits',
    operation: 'requestCardReference',
    request: reference({ number: '4'.repeat(20) }),
    fails: body('/number', 'pattern'),
    alsoAt: ['', '/token'],
  },
  {
    name: 'requestCardReference: number with spaces',
    operation: 'requestCardReference',
    request: reference({ number: '4854 9806 0470 8430' }),
    fails: body('/number', 'pattern'),
    alsoAt: ['', '/token'],
  },
  {
    name: 'requestCardReference: malformed token',
    operation: 'requestCardReference',
    request: reference({ token: 'token_4lsdksD31GaZ0' }),
    fails: body('/token', 'pattern', '4lsdksD31GaZ0 is not a valid id'),
    alsoAt: ['', '/number'],
  },
  {
    name: 'requestCardReference: both number and token',
    operation: 'requestCardReference',
    request: reference({ number: '4854980604708430', token: 'token_4lsdksD31GaZ09' }),
    fails: body('', 'oneOf'),
    alsoAt: ['/number', '/token'],
  },
  {
    name: 'requestCardReference: neither number nor token',
    operation: 'requestCardReference',
    request: reference({}),
    fails: body('', 'oneOf'),
    alsoAt: ['/number', '/token'],
  },
];

const cases: Case[] = [...orderCases, ...linkCases, ...invoiceCases, ...paymentCases, ...cardCases];

interface SentRequest {
  method: string;
  /** The path, below the origin. */
  url: string;
  query: Record<string, string>;
  /** The body's text, undefined when none was sent. */
  data?: string;
}

/**
 * The official SDK aimed at a local server that records each request and answers `{}`: what the SDK builds is
 * checked as it arrives on the wire.
 */
async function recordingServer(): Promise<{ sdk: any; sent: SentRequest[]; close(): Promise<void> }> {
  const sent: SentRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://recorder');
      const data = Buffer.concat(chunks).toString('utf8');
      sent.push({
        method: (request.method ?? 'GET').toLowerCase(),
        url: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ...(data ? { data } : {}),
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  // Placeholder credentials: the recorder checks none.
  const sdk = razorpayClient(`http://127.0.0.1:${port}/v1`, { key_id: 'rzp_test_00000000000000', key_secret: 'placeholder' });
  return { sdk, sent, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** Each SDK call of the flow, with seed 003's arguments, and the operation it must reach. */
const SDK_CALLS: Array<[string, Operation, (sdk: any) => Promise<unknown>]> = [
  [
    'orders.create (authorisation order, currency left to the SDK default)',
    'createOrder',
    (sdk) => sdk.orders.create(without(SEED_ORDER, 'currency')),
  ],
  [
    'orders.create (subsequent-charge order)',
    'createOrder',
    (sdk) =>
      sdk.orders.create({
        amount: 1000,
        currency: 'INR',
        payment_capture: true,
        receipt: 'Receipt No. 1',
        notification: { token_id: 'token_M7K2eFBU7vToaQ', payment_after: 1634057114 },
      }),
  ],
  ['orders.fetch', 'fetchOrder', (sdk) => sdk.orders.fetch('order_DaaS6LOUAASb7Y')],
  ['subscriptions.createRegistrationLink', 'createRegistrationLink', (sdk) => sdk.subscriptions.createRegistrationLink(SEED_LINK)],
  ['invoices.notifyBy', 'notifyInvoice', (sdk) => sdk.invoices.notifyBy('inv_FHrXGIpd3N17DX', 'sms')],
  ['invoices.fetch', 'fetchInvoice', (sdk) => sdk.invoices.fetch('inv_FHrfRupD2ouKIt')],
  ['invoices.cancel', 'cancelInvoice', (sdk) => sdk.invoices.cancel('inv_FHrfRupD2ouKIt')],
  ['payments.fetch', 'fetchPayment', (sdk) => sdk.payments.fetch('pay_FHfqtkRzWvxky4')],
  [
    'payments.createRecurringPayment (node README style, recurring "1")',
    'createRecurringPayment',
    (sdk) => sdk.payments.createRecurringPayment({ ...SEED_RECURRING, contact: '9123456780', recurring: '1' }),
  ],
  ['payments.createRecurringPayment (seed 003)', 'createRecurringPayment', (sdk) => sdk.payments.createRecurringPayment(SEED_RECURRING)],
  ['cards.fetch', 'fetchCard', (sdk) => sdk.cards.fetch('card_JXPULjlKqC5j0i')],
  ['cards.requestCardReference by number', 'requestCardReference', (sdk) => sdk.cards.requestCardReference({ number: '4854980604708430' })],
  [
    'cards.requestCardReference by token',
    'requestCardReference',
    (sdk) => sdk.cards.requestCardReference({ token: 'token_4lsdksD31GaZ09' }),
  ],
];

describeLimits('Razorpay recurring-card flow request limits', 'razorpay', RECURRING_OPERATIONS, cases);

describe('requests the official node SDK (razorpay 2.9.8) sends', () => {
  let razorpay: Contract;
  let recorder: Awaited<ReturnType<typeof recordingServer>>;
  beforeAll(async () => {
    razorpay = Contract.load('razorpay');
    recorder = await recordingServer();
  });
  afterAll(() => recorder.close());
  beforeEach(() => {
    recorder.sent.length = 0;
  });

  it.each(SDK_CALLS)('%s is valid for its operation', async (_name, operation, call) => {
    const { sdk, sent } = recorder;
    await call(sdk);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    const matched = razorpay.match(request.method, request.url);
    expect(matched?.info.operationId).toBe(operation);
    const { query } = request;
    const body = request.data === undefined ? undefined : JSON.parse(request.data);
    expect(razorpay.validateRequest(operation, { path: matched!.pathParams, query, body })).toEqual([]);
  });

  it('orders.create fills in currency INR', async () => {
    const { sdk, sent } = recorder;
    await sdk.orders.create(without(SEED_ORDER, 'currency'));
    expect(JSON.parse(sent[0]!.data!)).toMatchObject({ currency: 'INR', amount: 100 });
  });

  it('invoices.notifyBy and invoices.cancel send no body', async () => {
    const { sdk, sent } = recorder;
    await sdk.invoices.notifyBy('inv_FHrXGIpd3N17DX', 'email');
    await sdk.invoices.cancel('inv_FHrXGIpd3N17DX');
    expect(sent.map((r) => [r.method, r.url, r.data])).toEqual([
      ['post', '/v1/invoices/inv_FHrXGIpd3N17DX/notify_by/email', undefined],
      ['post', '/v1/invoices/inv_FHrXGIpd3N17DX/cancel', undefined],
    ]);
  });
});
