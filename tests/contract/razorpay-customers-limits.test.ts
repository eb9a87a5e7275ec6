/**
 * Boundary tests for every request-side limit of the Razorpay Customers API description (customers, bank
 * accounts, tokens, eligibility): for each limit a value just below, at and just above it, validated against
 * the bundled spec (generated/razorpay/openapi.json). Negative cases name the exact part, JSON pointer and
 * keyword that must fail, and the vendor's text where the spec carries one in `x-error-messages`.
 */
import type { RequestParts } from '../../scripts/lib/contract.ts';
import { describeLimits, violationIn, type Expected, type LimitCase } from './limit-cases.ts';
import { CUSTOMER_OPERATIONS, type CustomerOperation } from './razorpay-operations.ts';

type Operation = CustomerOperation;

type Case = LimitCase<Operation>;

const FORM = 'application/x-www-form-urlencoded';
const CUSTOMER = { id: 'cust_1Aa00000000001' };
const NAME_INVALID = 'The name format is invalid.';
const NAME_TOO_LONG = 'The name may not be greater than 50 characters.';
const CONTACT_CHARACTERS = 'Contact number contains invalid characters, only digits and + symbol are allowed';
const CONTACT_SHORT = 'Contact number should be at least 8 digits, including country code';
const CONTACT_LONG = 'Contact number should not be greater than 15 digits, including country code';
const GSTIN_INVALID = 'The gstin field is invalid';
const ID_NOT_EXIST = 'The id provided does not exist';

const body = violationIn('body');
const query = violationIn('query');
const path = violationIn('path');

const create = (fields: Record<string, unknown>): RequestParts => ({ body: fields });
const edit = (fields: Record<string, unknown>): RequestParts => ({ path: CUSTOMER, body: fields });
const list = (params: Record<string, string>): RequestParts => ({ query: params });
const digits = (n: number): string => '9'.repeat(n);
/** A syntactically valid address of exactly `length` characters. */
const email = (length: number): string => `${'u'.repeat(length - '@example.com'.length)}@example.com`;
const notesWith = (pairs: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: pairs }, (_, i) => [`note_key_${i + 1}`, 'value']));

/** name, contact, email and gstin follow the same rules on create and edit. */
function customerFieldCases(operation: 'createCustomer' | 'editCustomer'): Case[] {
  const build = operation === 'createCustomer' ? create : edit;
  const c = (name: string, fields: Record<string, unknown>, fails?: Expected): Case => ({
    name: `${operation}: ${name}`,
    operation,
    request: build(fields),
    ...(fails ? { fails } : {}),
  });
  return [
    // name: 3–50 characters, server character class plus / and @
    c('name of 2 characters (below min)', { name: 'Ab' }, body('/name', 'minLength', NAME_INVALID)),
    c('name of 3 characters (at min)', { name: 'Abc' }),
    c('name of 50 characters (at max)', { name: 'A'.repeat(50) }),
    c('name of 51 characters (above max)', { name: 'A'.repeat(51) }, body('/name', 'maxLength', NAME_TOO_LONG)),
    c("name with . ' ( ) - _ & – / @ and spaces inside", { name: "Dr. O'Neil (A&B) - x_y – c/o @home Jr." }),
    c('name ending with )', { name: 'Gaurav (Kumar)' }),
    // The server matches the trimmed name and counts the length as sent (fact sheet §2.2).
    c('name with surrounding whitespace', { name: '  Gaurav Kumar \t' }),
    c('name of 3 characters inside spaces', { name: ' Abc ' }),
    c('name of 2 characters inside spaces', { name: '  Ab  ' }, body('/name', 'pattern', NAME_INVALID)),
    c('name of 49 characters and 2 spaces (above max as sent)', { name: ` ${'A'.repeat(49)} ` }, body('/name', 'maxLength', NAME_TOO_LONG)),
    c('name ending with -', { name: 'Gaurav-' }, body('/name', 'pattern', NAME_INVALID)),
    c('name with a comma', { name: 'Kumar, Gaurav' }, body('/name', 'pattern', NAME_INVALID)),
    c('name with a non-ASCII letter', { name: 'José Kumar' }, body('/name', 'pattern', NAME_INVALID)),
    c('name with an emoji', { name: 'Gaurav 😀 Kumar' }, body('/name', 'pattern', NAME_INVALID)),
    c('name null', { name: null }),
    c('name as a number', { name: 12345 }, body('/name', 'type')),
    // contact: 8–15 digits, optional leading +, string or integer
    c('contact of 7 digits (below min)', { contact: digits(7) }, body('/contact', 'pattern', CONTACT_SHORT)),
    c('contact of 8 digits (at min)', { contact: digits(8) }),
    c('contact of 15 digits (at max)', { contact: digits(15) }),
    c('contact of 16 digits (above max)', { contact: digits(16) }, body('/contact', 'pattern', CONTACT_LONG)),
    c('contact with + and 12 digits', { contact: '+919876543210' }),
    c('contact with + and 15 digits (+ not counted)', { contact: `+${digits(15)}` }),
    c('contact with + and 16 digits', { contact: `+${digits(16)}` }, body('/contact', 'pattern', CONTACT_LONG)),
    c('contact with + and 7 digits', { contact: `+${digits(7)}` }, body('/contact', 'pattern', CONTACT_SHORT)),
    c('contact with letters', { contact: '98765abc4321' }, body('/contact', 'pattern', CONTACT_CHARACTERS)),
    c('contact with spaces', { contact: '+91 98765 43210' }, body('/contact', 'pattern', CONTACT_CHARACTERS)),
    c('contact with + in the middle', { contact: '91+9876543210' }, body('/contact', 'pattern', CONTACT_CHARACTERS)),
    c('contact as an integer of 10 digits', { contact: 9123456780 }),
    c('contact as an integer of 8 digits (at min)', { contact: 10000000 }),
    c('contact as an integer of 7 digits (below min)', { contact: 9999999 }, body('/contact', 'minimum', CONTACT_SHORT)),
    c('contact as an integer of 15 digits (at max)', { contact: 999999999999999 }),
    c('contact as an integer of 16 digits (above max)', { contact: 1000000000000000 }, body('/contact', 'maximum', CONTACT_LONG)),
    c('contact as a fraction', { contact: 98765432.1 }, body('/contact', 'type')),
    // email: format, at most 64 characters
    c('email of 63 characters', { email: email(63) }),
    c('email of 64 characters (at max)', { email: email(64) }),
    c('email of 65 characters (above max)', { email: email(65) }, body('/email', 'maxLength')),
    c('email without @', { email: 'gaurav.kumar.example.com' }, body('/email', 'format', 'The email must be a valid email address.')),
    c('email with two @', { email: 'gaurav@kumar@example.com' }, body('/email', 'format', 'The email must be a valid email address.')),
    // gstin: state code 01–37, uppercase
    c('gstin of the server tests', { gstin: '29ABCDE1234L1Z1' }),
    c('gstin with state code 01 (at min)', { gstin: '01ABCDE1234L1Z1' }),
    c('gstin with state code 37 (at max)', { gstin: '37ABCDE1234L1Z1' }),
    c('gstin with state code 00 (below min)', { gstin: '00ABCDE1234L1Z1' }, body('/gstin', 'pattern', GSTIN_INVALID)),
    c('gstin with state code 38 (above max)', { gstin: '38ABCDE1234L1Z1' }, body('/gstin', 'pattern', GSTIN_INVALID)),
    c("gstin of the docs' example (lowercase letters)", { gstin: '29XAbbA4369J1PA' }, body('/gstin', 'pattern', GSTIN_INVALID)),
    c('gstin of 14 characters', { gstin: '29ABCDE1234L1Z' }, body('/gstin', 'pattern', GSTIN_INVALID)),
    c('gstin of 16 characters', { gstin: '29ABCDE1234L1Z1A' }, body('/gstin', 'pattern', GSTIN_INVALID)),
    // unknown keys
    c(
      'an unknown body key',
      { customer_id: 'cust_1Aa00000000001' },
      body('/customer_id', 'additionalProperties', 'customer_id is/are not required and should not be sent'),
    ),
  ];
}

const createOnlyCases: Case[] = [
  { name: 'create with no fields', operation: 'createCustomer', request: create({}) },
  { name: 'create with null email and contact', operation: 'createCustomer', request: create({ email: null, contact: null }) },
  {
    name: 'create with gstin null (create rule is `filled`)',
    operation: 'createCustomer',
    request: create({ gstin: null }),
    fails: body('/gstin', 'type', GSTIN_INVALID),
  },
  // fail_existing: the values the docs and SDKs send
  ...(['0', '1', 0, 1, true, false, 'true', 'false'] as const).map((value): Case => ({
    name: `fail_existing ${JSON.stringify(value)}`,
    operation: 'createCustomer',
    request: create({ fail_existing: value }),
  })),
  ...(['2', 'yes', '', null] as const).map((value): Case => ({
    name: `fail_existing ${JSON.stringify(value)}`,
    operation: 'createCustomer',
    request: create({ fail_existing: value }),
    fails: body('/fail_existing', 'enum'),
  })),
  // notes: ≤ 15 pairs, key ≤ 256, value ≤ 512, scalar values
  { name: 'notes with 15 pairs (at max)', operation: 'createCustomer', request: create({ notes: notesWith(15) }) },
  {
    name: 'notes with 16 pairs (above max)',
    operation: 'createCustomer',
    request: create({ notes: notesWith(16) }),
    fails: body('/notes', 'maxProperties', 'Number of fields in notes should be less than or equal to 15'),
  },
  { name: 'notes empty', operation: 'createCustomer', request: create({ notes: {} }) },
  // An empty array is a PHP array, which the server takes; Razorpay's answers carry empty notes as [].
  { name: 'notes an empty array', operation: 'createCustomer', request: create({ notes: [] }) },
  {
    name: 'notes a list with items',
    operation: 'createCustomer',
    request: create({ notes: ['a'] }),
    fails: body('/notes', 'maxItems', 'Notes should be provided as a dictionary'),
  },
  { name: 'notes key of 256 characters (at max)', operation: 'createCustomer', request: create({ notes: { ['k'.repeat(256)]: 'v' } }) },
  {
    name: 'notes key of 257 characters (above max)',
    operation: 'createCustomer',
    request: create({ notes: { ['k'.repeat(257)]: 'v' } }),
    fails: body('/notes', 'maxLength', 'Notes key cannot be greater 255 characters'),
  },
  {
    name: 'notes value of 256 characters (docs limit)',
    operation: 'createCustomer',
    request: create({ notes: { note_key: 'v'.repeat(256) } }),
  },
  {
    name: 'notes value of 512 characters (at max)',
    operation: 'createCustomer',
    request: create({ notes: { note_key: 'v'.repeat(512) } }),
  },
  {
    name: 'notes value of 513 characters (above max)',
    operation: 'createCustomer',
    request: create({ notes: { note_key: 'v'.repeat(513) } }),
    fails: body('/notes/note_key', 'maxLength', 'Notes value cannot be greater 512 characters'),
  },
  { name: 'notes values as number, boolean and null', operation: 'createCustomer', request: create({ notes: { a: 1, b: true, c: null } }) },
  {
    name: 'notes value as an array',
    operation: 'createCustomer',
    request: create({ notes: { note_key: ['a'] } }),
    fails: body('/notes/note_key', 'type', 'Notes values themselves should not be an array'),
  },
  {
    name: 'notes value as an object',
    operation: 'createCustomer',
    request: create({ notes: { note_key: { a: 'b' } } }),
    fails: body('/notes/note_key', 'type', 'Notes values themselves should not be an array'),
  },
  {
    name: 'notes as a string',
    operation: 'createCustomer',
    request: create({ notes: 'Beam me up' }),
    fails: body('/notes', 'type', 'Notes should be provided as a dictionary'),
  },
  // addresses
  {
    name: 'shipping_address with the address fields',
    operation: 'createCustomer',
    request: create({
      shipping_address: { line1: 'Line 1', line2: 'Line 2', zipcode: '560001', city: 'Bangalore', state: 'Karnataka', country: 'in' },
    }),
  },
  {
    name: 'billing_address with an unknown key',
    operation: 'createCustomer',
    request: create({ billing_address: { line1: 'Line 1', street: 'x' } }),
    fails: body('/billing_address/street', 'additionalProperties', 'street is/are not required and should not be sent'),
  },
  // form-encoded bodies, as ruby/php send them
  {
    name: 'form: create with fail_existing=false (a boolean in a ruby / node <= 2.8 form body)',
    operation: 'createCustomer',
    request: { contentType: FORM, body: 'contact=9123456780&email=gaurav.kumar%40example.com&fail_existing=false' },
  },
  {
    name: 'form: create with fail_existing=no',
    operation: 'createCustomer',
    request: { contentType: FORM, body: 'contact=9123456780&fail_existing=no' },
    fails: body('/fail_existing', 'enum'),
  },
  {
    name: 'form: create with notes[...] and fail_existing=0',
    operation: 'createCustomer',
    request: {
      contentType: FORM,
      body: 'name=Gaurav+Kumar&contact=9123456780&email=gaurav.kumar%40example.com&fail_existing=0&notes%5Bnotes_key_1%5D=Tea%2C+Earl+Grey%2C+Hot',
    },
  },
  {
    name: 'form: create with 7-digit contact',
    operation: 'createCustomer',
    request: { contentType: FORM, body: 'contact=9999999' },
    fails: body('/contact', 'pattern', CONTACT_SHORT),
  },
  {
    name: 'form: create with 16 notes',
    operation: 'createCustomer',
    request: {
      contentType: FORM,
      body: Object.keys(notesWith(16))
        .map((k) => `notes%5B${k}%5D=v`)
        .join('&'),
    },
    fails: body('/notes', 'maxProperties'),
  },
  {
    name: 'form: create with an unknown key',
    operation: 'createCustomer',
    request: { contentType: FORM, body: 'name=Gaurav+Kumar&rrn=1' },
    fails: body('/rrn', 'additionalProperties', 'rrn is/are not required and should not be sent'),
  },
];

const editOnlyCases: Case[] = [
  {
    name: 'edit with notes',
    operation: 'editCustomer',
    request: edit({ notes: { note_key: 'v' } }),
    fails: body('/notes', 'additionalProperties', 'notes is/are not required and should not be sent'),
  },
  {
    name: 'edit with fail_existing',
    operation: 'editCustomer',
    request: edit({ fail_existing: '0' }),
    fails: body('/fail_existing', 'additionalProperties', 'fail_existing is/are not required and should not be sent'),
  },
  { name: 'edit clearing gstin with null', operation: 'editCustomer', request: edit({ gstin: null }) },
  {
    name: 'edit with email null (not nullable on edit)',
    operation: 'editCustomer',
    request: edit({ email: null }),
    fails: body('/email', 'type'),
  },
  {
    name: 'edit with contact null (not nullable on edit)',
    operation: 'editCustomer',
    request: edit({ contact: null }),
    fails: body('/contact', 'type'),
  },
  { name: 'edit without a body', operation: 'editCustomer', request: { path: CUSTOMER }, fails: body('', 'required') },
  {
    name: 'form: edit',
    operation: 'editCustomer',
    request: { path: CUSTOMER, contentType: FORM, body: 'name=Gaurav+Kumar&contact=%2B919876543210' },
  },
];

const listCases: Case[] = [
  { name: 'list without parameters', operation: 'fetchAllCustomers', request: list({}) },
  {
    name: 'count 0 (below min)',
    operation: 'fetchAllCustomers',
    request: list({ count: '0' }),
    fails: query('/count', 'minimum', 'The count must be at least 1.'),
  },
  { name: 'count 1 (at min)', operation: 'fetchAllCustomers', request: list({ count: '1' }) },
  { name: 'count 100 (at max)', operation: 'fetchAllCustomers', request: list({ count: '100' }) },
  {
    name: 'count 101 (above max)',
    operation: 'fetchAllCustomers',
    request: list({ count: '101' }),
    fails: query('/count', 'maximum', 'The count may not be greater than 100.'),
  },
  {
    name: 'count 10000 (the SDK fixture)',
    operation: 'fetchAllCustomers',
    request: list({ count: '10000' }),
    fails: query('/count', 'maximum', 'The count may not be greater than 100.'),
  },
  {
    name: 'count not a number',
    operation: 'fetchAllCustomers',
    request: list({ count: 'ten' }),
    fails: query('/count', 'type', 'The count must be an integer.'),
  },
  {
    name: 'count a fraction',
    operation: 'fetchAllCustomers',
    request: list({ count: '10.5' }),
    fails: query('/count', 'type', 'The count must be an integer.'),
  },
  { name: 'skip -1 (below min)', operation: 'fetchAllCustomers', request: list({ skip: '-1' }), fails: query('/skip', 'minimum') },
  { name: 'skip 0 (at min)', operation: 'fetchAllCustomers', request: list({ skip: '0' }) },
  { name: 'skip 1000', operation: 'fetchAllCustomers', request: list({ skip: '1000' }) },
  {
    name: 'skip not a number',
    operation: 'fetchAllCustomers',
    request: list({ skip: 'a' }),
    fails: query('/skip', 'type', 'The skip must be an integer.'),
  },
  {
    name: 'from and to as Unix seconds',
    operation: 'fetchAllCustomers',
    request: list({ from: '1678580000', to: '1678590000', count: '100', skip: '0' }),
  },
  { name: 'from 0 (at min)', operation: 'fetchAllCustomers', request: list({ from: '0' }) },
  { name: 'from -1 (below min)', operation: 'fetchAllCustomers', request: list({ from: '-1' }), fails: query('/from', 'minimum') },
  {
    name: 'from as a date',
    operation: 'fetchAllCustomers',
    request: list({ from: '2023-03-12' }),
    fails: query('/from', 'type', 'The from must be an integer.'),
  },
  {
    name: 'to as a date',
    operation: 'fetchAllCustomers',
    request: list({ to: '2023-03-12' }),
    fails: query('/to', 'type', 'The to must be an integer.'),
  },
];

/** Path ids: `<prefix>_` + 14 alphanumerics; two distinct vendor messages. */
function idCases(operation: Operation, param: string, prefix: string, base: Record<string, string>): Case[] {
  const at = (value: string): RequestParts => ({ path: { ...base, [param]: value } });
  const valid = `${prefix}_1Aa00000000001`;
  return [
    { name: `${operation}: ${param} ${prefix}_ + 14 characters`, operation, request: at(valid) },
    {
      name: `${operation}: ${param} ${prefix}_ + 13 characters`,
      operation,
      request: at(valid.slice(0, -1)),
      fails: path(`/${param}`, 'pattern', `${valid.slice(prefix.length + 1, -1)} is not a valid id`),
    },
    {
      name: `${operation}: ${param} ${prefix}_ + 15 characters`,
      operation,
      request: at(`${valid}s`),
      fails: path(`/${param}`, 'pattern', `${valid.slice(prefix.length + 1)}s is not a valid id`),
    },
    {
      name: `${operation}: ${param} with a non-alphanumeric character`,
      operation,
      request: at(`${valid.slice(0, -1)}-`),
      fails: path(`/${param}`, 'pattern'),
    },
    {
      name: `${operation}: ${param} without its prefix`,
      operation,
      request: at(valid.slice(prefix.length + 1)),
      fails: path(`/${param}`, 'pattern', ID_NOT_EXIST),
    },
    {
      name: `${operation}: ${param} with another entity's prefix`,
      operation,
      request: at(`pay_${valid.slice(prefix.length + 1)}`),
      fails: path(`/${param}`, 'pattern', ID_NOT_EXIST),
    },
  ];
}

const bankAccount = (fields: Record<string, unknown>): RequestParts => ({
  path: CUSTOMER,
  body: { ifsc_code: 'ICIC0001207', account_number: '000405002434', ...fields },
});
const bankAccountCases: Case[] = [
  {
    name: 'bank account with every field',
    operation: 'addCustomerBankAccount',
    request: bankAccount({
      beneficiary_name: 'Gaurav Kumar',
      beneficiary_address1: 'a1',
      beneficiary_address2: 'a2',
      beneficiary_address3: 'a3',
      beneficiary_address4: 'a4',
      beneficiary_email: 'gaurav.kumar@example.com',
      beneficiary_mobile: '9876543210',
      beneficiary_city: 'Bangalore',
      beneficiary_state: 'KA',
      beneficiary_country: 'IN',
      beneficiary_pin: '560001',
    }),
  },
  {
    name: 'bank account without ifsc_code',
    operation: 'addCustomerBankAccount',
    request: { path: CUSTOMER, body: { account_number: '000405002434' } },
    fails: body('/ifsc_code', 'required', 'The ifsc code field is required.'),
  },
  {
    name: 'bank account without account_number',
    operation: 'addCustomerBankAccount',
    request: { path: CUSTOMER, body: { ifsc_code: 'ICIC0001207' } },
    fails: body('/account_number', 'required', 'The account number field is required.'),
  },
  {
    name: 'ifsc_code lowercase',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ ifsc_code: 'icic0001207' }),
    fails: body('/ifsc_code', 'pattern', 'The ifsc code is invalid.'),
  },
  {
    name: 'ifsc_code without the 0 in 5th place',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ ifsc_code: 'ICIC1001207' }),
    fails: body('/ifsc_code', 'pattern', 'The ifsc code is invalid.'),
  },
  {
    name: 'ifsc_code of 10 characters',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ ifsc_code: 'ICIC000120' }),
    fails: body('/ifsc_code', 'pattern'),
  },
  {
    name: 'account_number of 4 characters (below min)',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ account_number: '1234' }),
    fails: body('/account_number', 'pattern'),
  },
  {
    name: 'account_number of 5 characters (at min)',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ account_number: '12345' }),
  },
  {
    name: 'account_number of 35 characters (at max)',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ account_number: '1'.repeat(35) }),
  },
  {
    name: 'account_number of 36 characters (above max)',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ account_number: '1'.repeat(36) }),
    fails: body('/account_number', 'pattern'),
  },
  {
    name: 'beneficiary_email invalid',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ beneficiary_email: 'not-an-email' }),
    fails: body('/beneficiary_email', 'format'),
  },
  {
    name: 'beneficiary_email of 65 characters',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ beneficiary_email: email(65) }),
    fails: body('/beneficiary_email', 'maxLength'),
  },
  {
    name: 'beneficiary_mobile of 7 digits',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ beneficiary_mobile: digits(7) }),
    fails: body('/beneficiary_mobile', 'pattern'),
  },
  {
    name: 'beneficiary_mobile of 15 digits',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ beneficiary_mobile: digits(15) }),
  },
  {
    name: 'bank account with an unknown key',
    operation: 'addCustomerBankAccount',
    request: bankAccount({ account_type: 'savings' }),
    fails: body('/account_type', 'additionalProperties', 'account_type is/are not required and should not be sent'),
  },
  {
    name: 'form: bank account',
    operation: 'addCustomerBankAccount',
    request: { path: CUSTOMER, contentType: FORM, body: 'ifsc_code=ICIC0001207&account_number=000405002434' },
  },
];

const eligibility = (fields: Record<string, unknown>): RequestParts => ({
  body: { amount: 500000, currency: 'INR', customer: { contact: '+919876543210' }, ...fields },
});
const eligibilityWithout = (field: string): RequestParts => {
  const rest = { ...(eligibility({}).body as Record<string, unknown>) };
  delete rest[field];
  return { body: rest };
};
const eligibilityCases: Case[] = [
  {
    name: 'eligibility with every field',
    operation: 'requestEligibilityCheck',
    request: eligibility({
      inquiry: 'affordability',
      customer: {
        id: 'cust_KkBhM9EC1Y0HTm',
        contact: '+919876543210',
        ip: '105.106.107.108',
        referrer: 'https://merchant.example.com/paybill',
        user_agent: 'Mozilla/5.0',
      },
      instruments: [
        { method: 'emi', issuers: ['HDFC'], types: ['debit'] },
        { method: 'paylater', providers: ['getsimpl'] },
      ],
    }),
  },
  {
    name: 'eligibility without amount',
    operation: 'requestEligibilityCheck',
    request: eligibilityWithout('amount'),
    fails: body('/amount', 'required', 'Amount is required.'),
  },
  {
    name: 'eligibility without currency',
    operation: 'requestEligibilityCheck',
    request: eligibilityWithout('currency'),
    fails: body('/currency', 'required'),
  },
  {
    name: 'eligibility without customer',
    operation: 'requestEligibilityCheck',
    request: eligibilityWithout('customer'),
    fails: body('/customer', 'required'),
  },
  { name: 'eligibility amount 1 (at min)', operation: 'requestEligibilityCheck', request: eligibility({ amount: 1 }) },
  {
    name: 'eligibility amount 0 (below min)',
    operation: 'requestEligibilityCheck',
    request: eligibility({ amount: 0 }),
    fails: body('/amount', 'minimum'),
  },
  { name: 'eligibility amount as a string of digits', operation: 'requestEligibilityCheck', request: eligibility({ amount: '500000' }) },
  {
    name: 'eligibility amount as a decimal string',
    operation: 'requestEligibilityCheck',
    request: eligibility({ amount: '5000.00' }),
    fails: body('/amount', 'pattern'),
  },
  {
    name: 'eligibility currency lowercase',
    operation: 'requestEligibilityCheck',
    request: eligibility({ currency: 'inr' }),
    fails: body('/currency', 'pattern'),
  },
  {
    name: 'eligibility inquiry unknown',
    operation: 'requestEligibilityCheck',
    request: eligibility({ inquiry: 'credit' }),
    fails: body('/inquiry', 'enum'),
  },
  {
    name: 'eligibility customer id malformed',
    operation: 'requestEligibilityCheck',
    request: eligibility({ customer: { id: 'KkBhM9EC1Y0HTm' } }),
    fails: body('/customer/id', 'pattern'),
  },
  {
    name: 'eligibility customer contact of 16 digits',
    operation: 'requestEligibilityCheck',
    request: eligibility({ customer: { contact: digits(16) } }),
    fails: body('/customer/contact', 'pattern'),
  },
  {
    name: 'eligibility customer ip invalid',
    operation: 'requestEligibilityCheck',
    request: eligibility({ customer: { ip: '999.1.1.1' } }),
    fails: body('/customer/ip', 'anyOf'),
  },
  { name: 'eligibility customer ipv6', operation: 'requestEligibilityCheck', request: eligibility({ customer: { ip: '2001:db8::1' } }) },
  {
    name: 'eligibility customer unknown key',
    operation: 'requestEligibilityCheck',
    request: eligibility({ customer: { email: 'gaurav.kumar@example.com' } }),
    fails: body('/customer/email', 'additionalProperties'),
  },
  {
    name: 'eligibility instrument without method',
    operation: 'requestEligibilityCheck',
    request: eligibility({ instruments: [{ providers: ['getsimpl'] }] }),
    fails: body('/instruments/0/method', 'required'),
  },
  {
    name: 'eligibility instrument with an unknown method',
    operation: 'requestEligibilityCheck',
    request: eligibility({ instruments: [{ method: 'upi' }] }),
    fails: body('/instruments/0/method', 'enum'),
  },
  {
    name: 'eligibility with an unknown key',
    operation: 'requestEligibilityCheck',
    request: eligibility({ order_id: 'order_1Aa00000000001' }),
    fails: body('/order_id', 'additionalProperties', 'order_id is/are not required and should not be sent'),
  },
  {
    name: 'form: eligibility with customer[contact]',
    operation: 'requestEligibilityCheck',
    request: { contentType: FORM, body: 'amount=500000&currency=INR&customer%5Bcontact%5D=%2B919876543210' },
  },
  { name: 'eligibility id elig_ + 14', operation: 'fetchEligibility', request: { path: { eligibility_id: 'elig_LBwGKVvS2X48Lq' } } },
  {
    name: 'eligibility id elig_ + 13',
    operation: 'fetchEligibility',
    request: { path: { eligibility_id: 'elig_LBwGKVvS2X48L' } },
    fails: path('/eligibility_id', 'pattern', 'The eligibility  id does not exist.'),
  },
  {
    name: 'eligibility id without prefix',
    operation: 'fetchEligibility',
    request: { path: { eligibility_id: 'LBwGKVvS2X48Lq' } },
    fails: path('/eligibility_id', 'pattern'),
  },
];

const cases: Case[] = [
  ...customerFieldCases('createCustomer'),
  ...customerFieldCases('editCustomer'),
  ...createOnlyCases,
  ...editOnlyCases,
  ...listCases,
  ...idCases('fetchCustomer', 'id', 'cust', {}),
  ...idCases('editCustomer', 'id', 'cust', {}).map((c) => ({ ...c, request: { ...c.request, body: { name: 'Gaurav Kumar' } } })),
  ...idCases('fetchCustomerTokens', 'id', 'cust', {}),
  ...idCases('fetchCustomerToken', 'token_id', 'token', CUSTOMER),
  ...idCases('deleteCustomerToken', 'token_id', 'token', CUSTOMER),
  ...idCases('deleteCustomerToken', 'id', 'cust', { token_id: 'token_J0BgMu8YDVusZa' }),
  ...idCases('deleteCustomerBankAccount', 'bank_id', 'ba', CUSTOMER),
  ...idCases('deleteCustomerBankAccount', 'id', 'cust', { bank_id: 'ba_LSZht1Cm7xFTwF' }),
  ...idCases('addCustomerBankAccount', 'id', 'cust', {}).map((c) => ({
    ...c,
    request: { ...c.request, body: { ifsc_code: 'ICIC0001207', account_number: '000405002434' } },
  })),
  {
    name: 'fetchCustomerToken: token_id missing',
    operation: 'fetchCustomerToken',
    request: { path: CUSTOMER },
    fails: path('/token_id', 'required'),
  },
  ...bankAccountCases,
  ...eligibilityCases,
];

describeLimits('Razorpay Customers request limits', 'razorpay', CUSTOMER_OPERATIONS, cases);
