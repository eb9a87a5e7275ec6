/**
 * Boundary tests for every request-side limit of the Juspay Customers API description: for each limit a value
 * just below, at and just above it, validated against the bundled spec (generated/juspay/openapi.json).
 * Negative cases name the exact part, JSON pointer and keyword that must fail, and the vendor text where the
 * spec carries one in `x-error-messages`.
 */
import type { RequestParts } from '../../scripts/lib/contract.ts';
import { describeLimits, violationIn, type LimitCase } from './limit-cases.ts';

type Operation = 'createCustomer' | 'getCustomer' | 'updateCustomer';

type Case = LimitCase<Operation>;

const MERCHANT = { 'x-merchantid': 'merchant_id' };
const CUSTOMER_PATH = { customer_id: 'cst_om2l6ctlptxwxuzj' };
const FORM = 'application/x-www-form-urlencoded';
const WRONG_ORI = 'Wrong value in object_reference_id';
const WRONG_MOBILE = 'Wrong value in mobile_number';

function create(fields: Record<string, unknown>, headers: Record<string, string> = MERCHANT): RequestParts {
  return { headers, body: { object_reference_id: 'customer_00000001', mobile_number: '9876543210', ...fields } };
}

function createWithout(field: string): RequestParts {
  const { body } = create({});
  const rest = { ...(body as Record<string, unknown>) };
  delete rest[field];
  return { headers: MERCHANT, body: rest };
}

function update(fields: Record<string, unknown>, headers: Record<string, string> = {}): RequestParts {
  return { path: CUSTOMER_PATH, headers, body: fields };
}

function get(query: Record<string, string> = {}, headers: Record<string, string> = MERCHANT, path = CUSTOMER_PATH): RequestParts {
  return { path, query, headers };
}

const body = violationIn('body');

const digits = (n: number): string => '9'.repeat(n);
/** A syntactically valid address of exactly `length` characters. */
const email = (length: number): string => `${'u'.repeat(length - '@example.com'.length)}@example.com`;

const objectReferenceIdCases: Case[] = [
  {
    name: 'object_reference_id empty (below 1)',
    operation: 'createCustomer',
    request: create({ object_reference_id: '' }),
    fails: body('/object_reference_id', 'minLength', WRONG_ORI),
  },
  { name: 'object_reference_id of 1 character (at min)', operation: 'createCustomer', request: create({ object_reference_id: 'a' }) },
  {
    name: 'object_reference_id of 7 characters (docs recommend 8; not enforced)',
    operation: 'createCustomer',
    request: create({ object_reference_id: 'abcdefg' }),
  },
  {
    name: 'object_reference_id of 128 characters (at max)',
    operation: 'createCustomer',
    request: create({ object_reference_id: 'r'.repeat(128) }),
  },
  {
    name: 'object_reference_id of 129 characters (above max)',
    operation: 'createCustomer',
    request: create({ object_reference_id: 'r'.repeat(129) }),
    fails: body('/object_reference_id', 'maxLength', WRONG_ORI),
  },
  {
    name: 'object_reference_id missing',
    operation: 'createCustomer',
    request: createWithout('object_reference_id'),
    fails: body('/object_reference_id', 'required', 'Mandatory fields are missing'),
  },
];

function mobileNumberCases(operation: 'createCustomer' | 'updateCustomer'): Case[] {
  const build = operation === 'createCustomer' ? create : update;
  return [
    {
      name: `${operation}: mobile_number empty`,
      operation,
      request: build({ mobile_number: '' }),
      fails: body('/mobile_number', 'minLength', WRONG_MOBILE),
    },
    { name: `${operation}: mobile_number of 1 digit (at min)`, operation, request: build({ mobile_number: '9' }) },
    { name: `${operation}: mobile_number of 10 digits`, operation, request: build({ mobile_number: '9988776655' }) },
    { name: `${operation}: mobile_number of 16 digits (at max)`, operation, request: build({ mobile_number: digits(16) }) },
    {
      name: `${operation}: mobile_number of 17 digits (above max)`,
      operation,
      request: build({ mobile_number: digits(17) }),
      fails: body('/mobile_number', 'maxLength', WRONG_MOBILE),
    },
    {
      name: `${operation}: mobile_number with letters`,
      operation,
      request: build({ mobile_number: '98765abcde' }),
      fails: body('/mobile_number', 'pattern', WRONG_MOBILE),
    },
    {
      name: `${operation}: mobile_number negative`,
      operation,
      request: build({ mobile_number: '-9876543210' }),
      fails: body('/mobile_number', 'pattern', WRONG_MOBILE),
    },
    {
      name: `${operation}: mobile_number with + and country code`,
      operation,
      request: build({ mobile_number: '+919876543210' }),
      fails: body('/mobile_number', 'pattern', WRONG_MOBILE),
    },
  ];
}

function nameCases(operation: 'createCustomer' | 'updateCustomer', field: 'first_name' | 'last_name'): Case[] {
  const build = operation === 'createCustomer' ? create : update;
  return [
    { name: `${operation}: ${field} empty`, operation, request: build({ [field]: '' }) },
    { name: `${operation}: ${field} of 63 characters`, operation, request: build({ [field]: 'n'.repeat(63) }) },
    { name: `${operation}: ${field} of 64 characters (at max)`, operation, request: build({ [field]: 'n'.repeat(64) }) },
    {
      name: `${operation}: ${field} of 65 characters (above max)`,
      operation,
      request: build({ [field]: 'n'.repeat(65) }),
      fails: body(`/${field}`, 'maxLength'),
    },
    {
      name: `${operation}: ${field} with every allowed special character and a trailing space`,
      operation,
      request: build({ [field]: 'Jo(h)n-Smith_Jr. 2 ' }),
    },
    {
      name: `${operation}: ${field} with an apostrophe`,
      operation,
      request: build({ [field]: "O'Brien" }),
      fails: body(`/${field}`, 'pattern'),
    },
    {
      name: `${operation}: ${field} with a non-ASCII letter`,
      operation,
      request: build({ [field]: 'José' }),
      fails: body(`/${field}`, 'pattern'),
    },
    { name: `${operation}: ${field} with an @`, operation, request: build({ [field]: 'john@home' }), fails: body(`/${field}`, 'pattern') },
  ];
}

function emailCases(operation: 'createCustomer' | 'updateCustomer'): Case[] {
  const build = operation === 'createCustomer' ? create : update;
  return [
    { name: `${operation}: email_address of 127 characters`, operation, request: build({ email_address: email(127) }) },
    { name: `${operation}: email_address of 128 characters (at max)`, operation, request: build({ email_address: email(128) }) },
    {
      name: `${operation}: email_address of 129 characters (above max)`,
      operation,
      request: build({ email_address: email(129) }),
      fails: body('/email_address', 'maxLength'),
    },
    {
      name: `${operation}: email_address with the docs' special characters`,
      operation,
      request: build({ email_address: "a!#$%&'*+-/=?^_{|}~`z@example.com" }),
    },
    {
      name: `${operation}: email_address without @`,
      operation,
      request: build({ email_address: 'user01.example.com' }),
      fails: body('/email_address', 'format'),
    },
    {
      name: `${operation}: email_address empty`,
      operation,
      request: build({ email_address: '' }),
      fails: body('/email_address', 'format'),
    },
  ];
}

function countryCodeCases(operation: 'createCustomer' | 'updateCustomer'): Case[] {
  const build = operation === 'createCustomer' ? create : update;
  return [
    {
      name: `${operation}: mobile_country_code empty`,
      operation,
      request: build({ mobile_country_code: '' }),
      fails: body('/mobile_country_code', 'pattern'),
    },
    { name: `${operation}: mobile_country_code of 1 digit`, operation, request: build({ mobile_country_code: '1' }) },
    { name: `${operation}: mobile_country_code of 4 digits (at max)`, operation, request: build({ mobile_country_code: '1264' }) },
    {
      name: `${operation}: mobile_country_code of 5 digits (above max)`,
      operation,
      request: build({ mobile_country_code: '12645' }),
      fails: body('/mobile_country_code', 'pattern'),
    },
    {
      name: `${operation}: mobile_country_code with +`,
      operation,
      request: build({ mobile_country_code: '+91' }),
      fails: body('/mobile_country_code', 'pattern'),
    },
  ];
}

const FLAG = 'options.get_client_auth_token';
const flagCases: Case[] = [
  ...['true', 'false', 'True', 'False'].flatMap((value): Case[] => [
    { name: `create body ${FLAG}=${value}`, operation: 'createCustomer', request: create({ [FLAG]: value }) },
    { name: `get query ${FLAG}=${value}`, operation: 'getCustomer', request: get({ [FLAG]: value }) },
  ]),
  ...['TRUE', '1', 'yes', ''].flatMap((value): Case[] => [
    {
      name: `create body ${FLAG}=${JSON.stringify(value)}`,
      operation: 'createCustomer',
      request: create({ [FLAG]: value }),
      fails: body(`/${FLAG}`, 'enum'),
    },
    {
      name: `get query ${FLAG}=${JSON.stringify(value)}`,
      operation: 'getCustomer',
      request: get({ [FLAG]: value }),
      fails: { in: 'query', pointer: `/${FLAG}`, keyword: 'enum' },
    },
  ]),
  {
    name: 'create JSON body with a boolean flag (JSON values are strings)',
    operation: 'createCustomer',
    request: { ...create({ [FLAG]: true }), contentType: 'application/json' },
    fails: body(`/${FLAG}`, 'type'),
  },
  {
    name: 'create JSON body with the string flag',
    operation: 'createCustomer',
    request: { ...create({ [FLAG]: 'true' }), contentType: 'application/json' },
  },
];

const headerCases: Case[] = [
  ...(['createCustomer', 'getCustomer'] as const).flatMap((operation): Case[] => {
    const build = operation === 'createCustomer' ? (h: Record<string, string>) => create({}, h) : (h: Record<string, string>) => get({}, h);
    return [
      {
        name: `${operation}: x-merchantid missing`,
        operation,
        request: build({}),
        fails: { in: 'header', pointer: '/x-merchantid', keyword: 'required' },
      },
      {
        name: `${operation}: x-merchantid empty`,
        operation,
        request: build({ 'x-merchantid': '' }),
        fails: { in: 'header', pointer: '/x-merchantid', keyword: 'minLength' },
      },
      { name: `${operation}: x-merchantid in another letter case`, operation, request: build({ 'X-MerchantId': 'merchant_id' }) },
      { name: `${operation}: version 2016-10-27`, operation, request: build({ ...MERCHANT, version: '2016-10-27' }) },
      { name: `${operation}: version 2024-01-03`, operation, request: build({ ...MERCHANT, version: '2024-01-03' }) },
      {
        name: `${operation}: version without zero padding`,
        operation,
        request: build({ ...MERCHANT, version: '2024-1-3' }),
        fails: { in: 'header', pointer: '/version', keyword: 'pattern' },
      },
      {
        name: `${operation}: version without dashes`,
        operation,
        request: build({ ...MERCHANT, version: '20240103' }),
        fails: { in: 'header', pointer: '/version', keyword: 'pattern' },
      },
      {
        name: `${operation}: version as a date-time`,
        operation,
        request: build({ ...MERCHANT, version: '2024-01-03T00:00:00Z' }),
        fails: { in: 'header', pointer: '/version', keyword: 'pattern' },
      },
      {
        name: `${operation}: x-routing-id and x-customerid`,
        operation,
        request: build({ ...MERCHANT, 'x-routing-id': 'cst_om2l6ctlptxwxuzj', 'x-customerid': 'cst_om2l6ctlptxwxuzj' }),
      },
      {
        name: `${operation}: x-routing-id empty`,
        operation,
        request: build({ ...MERCHANT, 'x-routing-id': '' }),
        fails: { in: 'header', pointer: '/x-routing-id', keyword: 'minLength' },
      },
    ];
  }),
  {
    name: 'updateCustomer: x-merchantid missing (optional on update)',
    operation: 'updateCustomer',
    request: update({ first_name: 'Jon' }),
  },
  { name: 'updateCustomer: x-merchantid sent', operation: 'updateCustomer', request: update({ first_name: 'Jon' }, MERCHANT) },
  {
    name: 'updateCustomer: version malformed',
    operation: 'updateCustomer',
    request: update({ first_name: 'Jon' }, { version: '03-01-2024' }),
    fails: { in: 'header', pointer: '/version', keyword: 'pattern' },
  },
];

const pathCases: Case[] = (['getCustomer', 'updateCustomer'] as const).flatMap((operation): Case[] => {
  const build = (customerId: string): RequestParts =>
    operation === 'getCustomer'
      ? get({}, MERCHANT, { customer_id: customerId })
      : { path: { customer_id: customerId }, body: { first_name: 'Jon' } };
  return [
    { name: `${operation}: customer_id as a Juspay id`, operation, request: build('cth_okEEqCF6Cso8ekHX') },
    { name: `${operation}: customer_id as an object_reference_id`, operation, request: build('user01@example.com') },
    { name: `${operation}: customer_id of 128 characters (at max)`, operation, request: build('r'.repeat(128)) },
    {
      name: `${operation}: customer_id of 129 characters (above max)`,
      operation,
      request: build('r'.repeat(129)),
      fails: { in: 'path', pointer: '/customer_id', keyword: 'maxLength' },
    },
    {
      name: `${operation}: customer_id missing`,
      operation,
      request: { ...build('x'), path: {} },
      fails: { in: 'path', pointer: '/customer_id', keyword: 'required' },
    },
  ];
});

const updateBodyCases: Case[] = [
  { name: 'update with no fields', operation: 'updateCustomer', request: update({}), fails: body('', 'minProperties') },
  { name: 'update with one field', operation: 'updateCustomer', request: update({ mobile_country_code: '91' }) },
  {
    name: 'update with all five fields',
    operation: 'updateCustomer',
    request: update({
      mobile_number: '9988776644',
      email_address: 'user01@example.com',
      first_name: 'Jon',
      last_name: 'Snow',
      mobile_country_code: '91',
    }),
  },
  { name: 'update without a body', operation: 'updateCustomer', request: { path: CUSTOMER_PATH }, fails: body('', 'required') },
];

const formStringCases: Case[] = [
  {
    name: 'create form string with the flat options key (integration demo)',
    operation: 'createCustomer',
    request: {
      headers: MERCHANT,
      contentType: FORM,
      body: 'object_reference_id=user01%40example.com&mobile_number=9988776655&email_address=user01%40example.com&first_name=John&last_name=Smith&mobile_country_code=91&options.get_client_auth_token=true',
    },
  },
  {
    name: 'create form string with an invalid options flag',
    operation: 'createCustomer',
    request: {
      headers: MERCHANT,
      contentType: FORM,
      body: 'object_reference_id=customer_00000001&mobile_number=9876543210&options.get_client_auth_token=yes',
    },
    fails: body(`/${FLAG}`, 'enum'),
  },
  {
    name: 'create form string with an empty object_reference_id',
    operation: 'createCustomer',
    request: { headers: MERCHANT, contentType: FORM, body: 'object_reference_id=&mobile_number=9876543210' },
    fails: body('/object_reference_id', 'minLength', WRONG_ORI),
  },
  {
    name: 'create form string with a 17-digit mobile_number',
    operation: 'createCustomer',
    request: { headers: MERCHANT, contentType: FORM, body: `object_reference_id=customer_00000001&mobile_number=${digits(17)}` },
    fails: body('/mobile_number', 'maxLength', WRONG_MOBILE),
  },
  {
    name: 'create form string without mobile_number',
    operation: 'createCustomer',
    request: { headers: MERCHANT, contentType: FORM, body: 'object_reference_id=customer_00000001&email_address=user01%40example.com' },
    fails: body('/mobile_number', 'required', 'Mandatory fields are missing'),
  },
  {
    name: 'update form string with a partial update',
    operation: 'updateCustomer',
    request: { path: CUSTOMER_PATH, contentType: FORM, body: 'mobile_number=9988776644' },
  },
  {
    name: 'update form string with a negative mobile_number',
    operation: 'updateCustomer',
    request: { path: CUSTOMER_PATH, contentType: FORM, body: 'mobile_number=-9988776644' },
    fails: body('/mobile_number', 'pattern', WRONG_MOBILE),
  },
  {
    name: 'create with an undocumented content type',
    operation: 'createCustomer',
    request: { headers: MERCHANT, contentType: 'text/plain', body: 'object_reference_id=customer_00000001' },
    fails: { in: 'content-type', pointer: '', keyword: 'content-type' },
  },
];

const cases: Case[] = [
  ...objectReferenceIdCases,
  ...mobileNumberCases('createCustomer'),
  ...mobileNumberCases('updateCustomer'),
  {
    name: 'createCustomer: mobile_number missing',
    operation: 'createCustomer',
    request: createWithout('mobile_number'),
    fails: body('/mobile_number', 'required', 'Mandatory fields are missing'),
  },
  ...nameCases('createCustomer', 'first_name'),
  ...nameCases('createCustomer', 'last_name'),
  ...nameCases('updateCustomer', 'first_name'),
  ...nameCases('updateCustomer', 'last_name'),
  ...emailCases('createCustomer'),
  ...emailCases('updateCustomer'),
  { name: 'createCustomer: email_address omitted (optional)', operation: 'createCustomer', request: create({}) },
  ...countryCodeCases('createCustomer'),
  ...countryCodeCases('updateCustomer'),
  ...flagCases,
  ...headerCases,
  ...pathCases,
  ...updateBodyCases,
  ...formStringCases,
];

describeLimits('Juspay Customers request limits', 'juspay', ['createCustomer', 'getCustomer', 'updateCustomer'] as const, cases);
