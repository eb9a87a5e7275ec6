import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { matchesTemplate } from '../../scripts/lib/message-template.mjs';
import { fillPlaceholders, toViolations, vendorTemplate } from '../../scripts/lib/vendor-messages.ts';

describe('fillPlaceholders', () => {
  it('fills {property}, {value}, {unprefixed} and {limit}', () => {
    const error = { data: 'cust_LQPd9lomgwDE5Fs', params: { limit: 14 } };
    expect(fillPlaceholders('{unprefixed} is not a valid id', error, 'id')).toBe('LQPd9lomgwDE5Fs is not a valid id');
    expect(fillPlaceholders('{property}={value} (max {limit})', error, 'id')).toBe('id=cust_LQPd9lomgwDE5Fs (max 14)');
    expect(fillPlaceholders('{value}', { data: { a: 1 }, params: {} }, undefined)).toBe('{"a":1}');
  });
});

describe('matchesTemplate', () => {
  it('reads a filled text back as its template, the rest of the text literal', () => {
    expect(matchesTemplate('LQPd9lomgwDE5Fs is not a valid id', '{unprefixed} is not a valid id')).toBe(true);
    expect(matchesTemplate('foo is/are not required and should not be sent', '{property} is/are not required and should not be sent')).toBe(
      true,
    );
    expect(matchesTemplate('The id provided does not exist', '{unprefixed} is not a valid id')).toBe(false);
    expect(matchesTemplate(' is not a valid id', '{unprefixed} is not a valid id')).toBe(false);
    expect(matchesTemplate('max (3)', 'max ({limit})')).toBe(true);
    expect(matchesTemplate('max 3', 'max ({limit})')).toBe(false);
  });
});

describe('vendorTemplate', () => {
  const schema = { 'x-error-messages': { maxLength: 'too long', required: { amount: 'Amount is required.' } } };
  it('reads a text per keyword, or per property for required', () => {
    expect(vendorTemplate(schema, 'maxLength', 'name')).toBe('too long');
    expect(vendorTemplate(schema, 'required', 'amount')).toBe('Amount is required.');
    expect(vendorTemplate(schema, 'required', 'currency')).toBeUndefined();
    expect(vendorTemplate(schema, 'required', '__proto__')).toBeUndefined();
    expect(vendorTemplate(schema, 'pattern', 'x')).toBeUndefined();
    expect(vendorTemplate(undefined, 'pattern', 'x')).toBeUndefined();
  });
});

describe('toViolations', () => {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  const validate = ajv.compile({
    type: 'object',
    required: ['amount'],
    additionalProperties: false,
    'x-error-messages': {
      additionalProperties: '{property} is/are not required and should not be sent',
      required: { amount: 'Amount is required.' },
    },
    properties: {
      name: { type: 'string', maxLength: 3, 'x-error-messages': { maxLength: 'The name may not be greater than {limit} characters.' } },
    },
  });

  it('points at the field, names the keyword and carries the vendor text', () => {
    validate({ name: 'Gaurav', 'a/b': 1 });
    expect(toViolations('body', validate.errors)).toEqual([
      {
        in: 'body',
        pointer: '/amount',
        keyword: 'required',
        message: "(root) must have required property 'amount'",
        vendorMessage: 'Amount is required.',
        vendorMessageTemplate: 'Amount is required.',
      },
      {
        in: 'body',
        pointer: '/a~1b',
        keyword: 'additionalProperties',
        message: '(root) must NOT have additional properties',
        vendorMessage: 'a/b is/are not required and should not be sent',
        vendorMessageTemplate: '{property} is/are not required and should not be sent',
      },
      {
        in: 'body',
        pointer: '/name',
        keyword: 'maxLength',
        message: '/name must NOT have more than 3 characters',
        vendorMessage: 'The name may not be greater than 3 characters.',
        vendorMessageTemplate: 'The name may not be greater than {limit} characters.',
      },
    ]);
  });

  it('reports each pointer and keyword once', () => {
    const errors = [...(validate({ name: 'Gaurav', amount: 1 }) ? [] : validate.errors!)];
    expect(toViolations('body', [...errors, ...errors])).toHaveLength(errors.length);
  });
});
