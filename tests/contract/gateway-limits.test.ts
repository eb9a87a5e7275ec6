/**
 * Boundary tests for every limit the gateway's documentation (seed 000) states, checked against the bundled
 * gateway spec: just below, at and just above each limit, accepted and refused.
 */
import { describe, expect, it } from 'vitest';
import { Contract, type Violation } from '../../scripts/lib/contract.ts';

const gateway = Contract.load('gateway');

type Case = [label: string, body: Record<string, unknown>, refusedAt?: [pointer: string, keyword: string]];

const letters = (n: number) => 'Abcdefghij'.repeat(10).slice(0, n);
const digits = (n: number) => '9123456789012345678'.slice(0, n);
const notes = (pairs: number) => Object.fromEntries(Array.from({ length: pairs }, (_, i) => [`note_${i + 1}`, 'x']));

function expectOutcome(violations: Violation[], refusedAt: Case[2]): void {
  if (!refusedAt) {
    expect(violations).toEqual([]);
    return;
  }
  expect(violations.map((v) => [v.pointer, v.keyword])).toContainEqual(refusedAt);
}

const createCases: Case[] = [
  ['an empty body (every field optional)', {}],
  [
    "the documentation's example",
    {
      name: 'Kumar',
      contact: '909090909090',
      email: 'kumar@example.com',
      fail_existing: false,
      notes: { notes_key_1: 'Tea, Earl Grey, Hot' },
    },
  ],
  ['name of 2 characters', { name: letters(2) }, ['/name', 'minLength']],
  ['name of 3 characters', { name: letters(3) }],
  ['name of 50 characters', { name: letters(50) }],
  ['name of 51 characters', { name: letters(51) }, ['/name', 'maxLength']],
  ['name with the allowed punctuation', { name: "Gaurav O'Neil (GK) a/b @home." }],
  ['name with a hyphen', { name: 'Jean-Luc' }, ['/name', 'pattern']],
  ['name with a #', { name: 'Gaurav #1' }, ['/name', 'pattern']],
  ['name starting with a parenthesis', { name: '(Gaurav)' }, ['/name', 'pattern']],
  ['name ending with an apostrophe', { name: "Gaurav'" }, ['/name', 'pattern']],
  ['name as a number', { name: 12345 }, ['/name', 'type']],
  ['contact of 7 digits', { contact: digits(7) }, ['/contact', 'pattern']],
  ['contact of 8 digits', { contact: digits(8) }],
  ['contact of 15 digits', { contact: digits(15) }],
  ['contact of 16 digits', { contact: digits(16) }, ['/contact', 'pattern']],
  ['contact +, 15 digits', { contact: `+${digits(15)}` }],
  ['contact +, 7 digits', { contact: `+${digits(7)}` }, ['/contact', 'pattern']],
  ['contact with a space', { contact: '+91 9876543210' }, ['/contact', 'pattern']],
  ['contact with letters', { contact: '98765abcde' }, ['/contact', 'pattern']],
  ['contact as a JSON number', { contact: 9123456780 }, ['/contact', 'type']],
  ['email of 64 characters', { email: `${'a'.repeat(52)}@example.com` }],
  ['email of 65 characters', { email: `${'a'.repeat(53)}@example.com` }, ['/email', 'maxLength']],
  ['email without a domain', { email: 'gaurav.kumar@' }, ['/email', 'format']],
  ['fail_existing true', { fail_existing: true }],
  ['fail_existing false (the example)', { fail_existing: false }],
  ['fail_existing "0"', { fail_existing: '0' }],
  ['fail_existing "1"', { fail_existing: '1' }],
  ['fail_existing "2"', { fail_existing: '2' }, ['/fail_existing', 'oneOf']],
  ['fail_existing 0 (a number)', { fail_existing: 0 }, ['/fail_existing', 'oneOf']],
  ['a valid GSTIN', { gstin: '29ABCDE1234L1Z1' }],
  ['GSTIN with state code 37', { gstin: '37ABCDE1234L1Z1' }],
  ['GSTIN with state code 00', { gstin: '00ABCDE1234L1Z1' }, ['/gstin', 'pattern']],
  ['GSTIN with state code 38', { gstin: '38ABCDE1234L1Z1' }, ['/gstin', 'pattern']],
  ["the documentation's GSTIN example (lower case)", { gstin: '29XAbbA4369J1PA' }, ['/gstin', 'pattern']],
  ['GSTIN of 14 characters', { gstin: '29ABCDE1234L1Z' }, ['/gstin', 'pattern']],
  ['15 notes', { notes: notes(15) }],
  ['16 notes', { notes: notes(16) }, ['/notes', 'maxProperties']],
  ['note key of 256 characters', { notes: { [letters(10).repeat(26).slice(0, 256)]: 'x' } }],
  ['note key of 257 characters', { notes: { ['k'.repeat(257)]: 'x' } }, ['/notes', 'maxLength']],
  ['note value of 256 characters', { notes: { key: 'v'.repeat(256) } }],
  ['note value of 257 characters', { notes: { key: 'v'.repeat(257) } }, ['/notes/key', 'maxLength']],
  ['numeric note value', { notes: { key: 42 } }],
  ['note value as an object', { notes: { key: { nested: true } } }, ['/notes/key', 'type']],
  ['notes as a string', { notes: 'a note' }, ['/notes', 'type']],
  ['an unknown field', { phone: '9123456780' }, ['/phone', 'additionalProperties']],
];

describe('gateway POST /customer/create body', () => {
  it.each(createCases)('%s', (_label, body, refusedAt) => {
    expectOutcome(gateway.validateRequest('createCustomer', { body }), refusedAt);
  });

  it('gives the field-naming message of the spec for a refused field', () => {
    const [violation] = gateway.validateRequest('createCustomer', { body: { name: 'ab' } });
    expect(violation?.vendorMessage).toBe('name must be between 3 and 50 characters');
  });
});

const updateCases: Case[] = [
  ["the documentation's example", { contact: '9000090000', email: 'akashbhai@example.com', name: 'akashramaswamy' }],
  ['name of 2 characters', { name: letters(2) }, ['/name', 'minLength']],
  ['name of 51 characters', { name: letters(51) }, ['/name', 'maxLength']],
  ['contact of 7 digits', { contact: digits(7) }, ['/contact', 'pattern']],
  ['contact of 16 digits', { contact: digits(16) }, ['/contact', 'pattern']],
  ['email of 65 characters', { email: `${'a'.repeat(53)}@example.com` }, ['/email', 'maxLength']],
  ['notes (cannot be updated)', { notes: { a: 'b' } }, ['/notes', 'additionalProperties']],
  ['gstin (cannot be updated)', { gstin: '29ABCDE1234L1Z1' }, ['/gstin', 'additionalProperties']],
  ['id in the body (it goes in the query)', { id: 'cust_PKm5m7fGK1DteI' }, ['/id', 'additionalProperties']],
];

describe('gateway PUT /customer/update', () => {
  const query = { id: 'cust_PKm5m7fGK1DteI' };

  it.each(updateCases)('body: %s', (_label, body, refusedAt) => {
    expectOutcome(gateway.validateRequest('updateCustomer', { query, body }), refusedAt);
  });

  it('requires the id query parameter', () => {
    expectOutcome(gateway.validateRequest('updateCustomer', { body: { name: 'Gaurav' } }), ['/id', 'required']);
  });

  it('refuses an empty id', () => {
    expectOutcome(gateway.validateRequest('updateCustomer', { query: { id: '' }, body: {} }), ['/id', 'minLength']);
  });

  it('accepts a Juspay object_reference_id of 128 characters and refuses 129', () => {
    expectOutcome(gateway.validateRequest('updateCustomer', { query: { id: 'r'.repeat(128) }, body: {} }), undefined);
    expectOutcome(gateway.validateRequest('updateCustomer', { query: { id: 'r'.repeat(129) }, body: {} }), ['/id', 'maxLength']);
  });
});

describe('gateway GET /customer/get', () => {
  it('lists without id and reads one with ?id=', () => {
    expect(gateway.validateRequest('fetchCustomers', {})).toEqual([]);
    expect(gateway.validateRequest('fetchCustomers', { query: { id: 'cust_QvyFrutz4UBEbh' } })).toEqual([]);
  });

  it('refuses an empty id', () => {
    expectOutcome(gateway.validateRequest('fetchCustomers', { query: { id: '' } }), ['/id', 'minLength']);
  });

  it('routes the documented URLs, with and without the /api base path', () => {
    expect(gateway.match('GET', 'https://www.cloudlesspayment.com/api/customer/get?id=cust_QvyFrutz4UBEbh')?.info.operationId).toBe(
      'fetchCustomers',
    );
    expect(gateway.match('PUT', '/api/customer/update?id=x')?.info.operationId).toBe('updateCustomer');
    expect(gateway.match('POST', '/customer/create')?.info.operationId).toBe('createCustomer');
    expect(gateway.match('GET', '/api/customer/get/cust_QvyFrutz4UBEbh')).toBeUndefined();
  });
});
