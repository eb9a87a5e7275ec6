/**
 * Response schemas must accept the servers' real messiness (nulls, missing optional keys, numbers where
 * strings are usual, open code sets), while still rejecting bodies that are not the entity at all. Each body
 * below starts from a documented sample and changes only what the case names, so a failure points at one
 * schema decision (see the `description` of the schema named in the case).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';

type Body = Record<string, unknown>;

// docs `entity.md` (razorpay fact sheet §2.1)
const RAZORPAY_CUSTOMER: Body = {
  id: 'cust_JbRkXMROZUMCVq',
  entity: 'customer',
  name: 'Gaurav Kumar',
  email: 'gaurav.kumar@example.com',
  contact: '+919876543210',
  gstin: null,
  notes: [],
  created_at: 1653915355,
};
// docs recurring cards tokens §2.3 (trimmed to the keys the cases touch)
const RAZORPAY_TOKEN: Body = {
  id: 'token_HouA2OQR5Z2jTL',
  entity: 'token',
  token: '2wDPM7VAlXtjAR',
  bank: null,
  wallet: null,
  method: 'card',
  card: {
    entity: 'card',
    name: 'Gaurav Kumar',
    last4: '8950',
    network: 'RuPay',
    type: 'credit',
    issuer: 'UTIB',
    international: false,
    emi: false,
    sub_type: 'consumer',
    expiry_month: 12,
    expiry_year: 2021,
    flows: { otp: true, recurring: true },
  },
  recurring: true,
  recurring_details: { status: 'confirmed', failure_reason: null },
  auth_type: null,
  mrn: null,
  used_at: 1629779657,
  created_at: 1629779657,
  expired_at: 1640975399,
  dcc_enabled: false,
};
const RAZORPAY_ERROR: Body = {
  error: {
    code: 'BAD_REQUEST_ERROR',
    description: 'The id provided does not exist',
    source: 'business',
    step: 'payment_initiation',
    reason: 'input_validation_failed',
    metadata: {},
  },
};
// Juspay .NET SDK sandbox log (juspay fact sheet §5)
const JUSPAY_CUSTOMER: Body = {
  first_name: null,
  mobile_country_code: '91',
  last_updated: '2023-06-26T07:18:41Z',
  object_reference_id: 'customer_131054804',
  mobile_number: '1234567890',
  last_name: null,
  object: 'customer',
  email_address: 'customer@example.com',
  id: 'cth_okEEqCF6Cso8ekHX',
  date_created: '2023-06-26T07:18:41Z',
};

const without = (base: Body, ...keys: string[]): Body => Object.fromEntries(Object.entries(base).filter(([key]) => !keys.includes(key)));

describe('Razorpay responses accept real messiness', () => {
  let razorpay: Contract;
  beforeAll(() => {
    razorpay = Contract.load('razorpay');
  });

  it.each<[string, string, Body]>([
    ['a customer without name and gstin (older customer, ruby fixtures)', 'fetchCustomer', without(RAZORPAY_CUSTOMER, 'name', 'gstin')],
    ['a customer without email, contact and notes', 'fetchCustomer', without(RAZORPAY_CUSTOMER, 'email', 'contact', 'notes')],
    ['a customer with shipping_address []', 'fetchCustomer', { ...RAZORPAY_CUSTOMER, shipping_address: [] }],
    ['a customer with notes {} and an unknown key', 'editCustomer', { ...RAZORPAY_CUSTOMER, notes: {}, global_customer_id: null }],
    [
      'a token whose card is null (non-card method)',
      'fetchCustomerToken',
      { ...RAZORPAY_TOKEN, method: 'upi', card: null, vpa: { username: 'gaurav.kumar', handle: 'upi', name: null } },
    ],
    [
      'a token with null recurring_details, bank_details and customer_id',
      'fetchCustomerToken',
      { ...RAZORPAY_TOKEN, recurring_details: null, bank_details: null, customer_id: null },
    ],
    [
      'a card with numeric last4 and string expiry',
      'fetchCustomerToken',
      { ...RAZORPAY_TOKEN, card: { ...(RAZORPAY_TOKEN.card as Body), last4: 8950, expiry_month: '12', expiry_year: '2021' } },
    ],
  ])('accepts %s', (_name, operation, body) => {
    expect(razorpay.validateResponse(operation, 200, body)).toEqual([]);
  });

  it.each<[string, number, Body]>([
    [
      'an error class outside the three known ones',
      400,
      { error: { ...(RAZORPAY_ERROR.error as Body), code: 'BAD_REQUEST_VALIDATION_ERROR' } },
    ],
    [
      'an older error with null source, step and reason and no metadata',
      400,
      {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'The id provided does not exist',
          source: null,
          step: null,
          reason: null,
          field: null,
        },
      },
    ],
    [
      'a very old error with only code and description',
      401,
      { error: { code: 'BAD_REQUEST_ERROR', description: 'The api key provided is invalid' } },
    ],
  ])('accepts %s', (_name, status, body) => {
    expect(razorpay.validateResponse('fetchCustomer', status, body)).toEqual([]);
  });

  it('accepts a payment whose card, token and acquirer_data are null', () => {
    const payment = {
      id: 'pay_FHfqtkRzWvxky4',
      entity: 'payment',
      amount: 100,
      currency: 'INR',
      status: 'captured',
      method: 'upi',
      card: null,
      token: null,
      acquirer_data: null,
      offers: null,
      notes: [],
      created_at: 1595447410,
    };
    expect(razorpay.validateResponse('fetchPayment', 200, payment)).toEqual([]);
  });

  it('accepts an order whose token and notification are null', () => {
    const order = {
      id: 'order_DaaS6LOUAASb7Y',
      entity: 'order',
      amount: 100,
      amount_paid: 0,
      amount_due: 100,
      currency: 'INR',
      receipt: null,
      offer_id: null,
      status: 'created',
      attempts: 0,
      notes: [],
      created_at: 1595447410,
      token: null,
      notification: null,
    };
    expect(razorpay.validateResponse('fetchOrder', 200, order)).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['a customer without id', without(RAZORPAY_CUSTOMER, 'id'), '/id', 'required'],
    ['a customer of another entity', { ...RAZORPAY_CUSTOMER, entity: 'order' }, '/entity', 'const'],
    ['a customer whose created_at is a date string', { ...RAZORPAY_CUSTOMER, created_at: '2022-05-30' }, '/created_at', 'type'],
    ['a customer with a non-empty notes array', { ...RAZORPAY_CUSTOMER, notes: ['a'] }, '/notes', 'oneOf'],
    [
      'a customer with a numeric contact (SDK test data, never server output)',
      { ...RAZORPAY_CUSTOMER, contact: 9123456780 },
      '/contact',
      'type',
    ],
  ])('still rejects %s', (_name, body, pointer, keyword) => {
    expect(razorpay.validateResponse('fetchCustomer', 200, body)).toContainEqual(expect.objectContaining({ in: 'body', pointer, keyword }));
  });

  it('still rejects an error body without description', () => {
    expect(razorpay.validateResponse('fetchCustomer', 400, { error: { code: 'BAD_REQUEST_ERROR' } })).toContainEqual(
      expect.objectContaining({ in: 'body', pointer: '/error/description', keyword: 'required' }),
    );
  });
});

describe('Juspay responses accept real messiness', () => {
  let juspay: Contract;
  beforeAll(() => {
    juspay = Contract.load('juspay');
  });

  it.each<[string, Body]>([
    [
      'a customer without mobile_number and mobile_country_code (MCP response schema)',
      without(JUSPAY_CUSTOMER, 'mobile_number', 'mobile_country_code'),
    ],
    [
      'a customer with null mobile fields and email',
      { ...JUSPAY_CUSTOMER, mobile_number: null, mobile_country_code: null, email_address: null },
    ],
    ['a customer with juspay null (no token asked)', { ...JUSPAY_CUSTOMER, juspay: null }],
    [
      'a customer whose token expiry is null',
      { ...JUSPAY_CUSTOMER, juspay: { client_auth_token: 'tkn_24543c6a278f45d680d09edb32e78061', client_auth_token_expiry: null } },
    ],
    [
      'a customer with 2016 "+0000" dates',
      {
        ...JUSPAY_CUSTOMER,
        id: 'cst_om2l6ctlptxwxuzj',
        date_created: '2016-08-02T08:07:52+0000',
        last_updated: '2016-08-02T08:07:52+0000',
      },
    ],
  ])('accepts %s', (_name, body) => {
    expect(juspay.validateResponse('getCustomer', 200, body)).toEqual([]);
  });

  it.each<[string, number, Body]>([
    [
      'a legacy 404 without error_info',
      404,
      { status: 'invalid_request_error', error_code: 'object_not_found', error_message: 'Cannot find what you are looking for' },
    ],
    ['a legacy 401 without error_message', 401, { status: 'error', error_code: 'access_denied' }],
    [
      'a current 404 with null error_message and status',
      404,
      {
        error_message: null,
        status: null,
        error_code: 'object_not_found',
        error_info: {
          code: 'RESOURCE_NOT_FOUND',
          category: 'USER_ERROR',
          user_message: null,
          developer_message: 'Customer account not found.',
        },
      },
    ],
  ])('accepts %s', (_name, status, body) => {
    expect(juspay.validateResponse('getCustomer', status, body)).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['a customer without object_reference_id', without(JUSPAY_CUSTOMER, 'object_reference_id'), '/object_reference_id', 'required'],
    ['a customer without date_created', without(JUSPAY_CUSTOMER, 'date_created'), '/date_created', 'required'],
  ])('still rejects %s', (_name, body, pointer, keyword) => {
    expect(juspay.validateResponse('getCustomer', 200, body)).toContainEqual(expect.objectContaining({ in: 'body', pointer, keyword }));
  });
});
