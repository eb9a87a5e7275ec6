import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SchemaCheck } from '../../scripts/lib/schema-check.ts';

const schema = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: { amount: { type: 'integer' }, currency: { const: 'INR' } },
};

function counted(coerceTypes = false) {
  const compiled: boolean[] = [];
  const check = new SchemaCheck((detailed) => {
    compiled.push(detailed);
    return new Ajv2020({ allErrors: detailed, verbose: detailed, coerceTypes }).compile(schema);
  });
  return { check, compiled };
}

describe('SchemaCheck', () => {
  it('answers valid data with the quick validator alone', () => {
    const { check, compiled } = counted();
    expect(check.errors({ amount: 100, currency: 'INR' })).toBeUndefined();
    expect(check.errors({ amount: 5, currency: 'INR' })).toBeUndefined();
    expect(compiled).toEqual([false]);
  });

  it('reports every error, each with its schema, from the detailed validator compiled on first failure', () => {
    const { check, compiled } = counted();
    const errors = check.errors({ amount: 'a lot' })!;
    expect(errors.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual([' required', '/amount type']);
    expect(errors.every((e) => e.parentSchema !== undefined)).toBe(true);
    check.errors({});
    expect(compiled).toEqual([false, true]);
  });

  it('gives the detailed pass a fresh copy when coercion has rewritten the data', () => {
    const { check } = counted(true);
    const sent = { amount: 'x1', currency: 'USD' };
    const copies: unknown[] = [];
    const errors = check.errors({ ...sent }, () => {
      const copy = { ...sent };
      copies.push(copy);
      return copy;
    })!;
    expect(copies).toHaveLength(1);
    expect(errors.map((e) => e.instancePath).sort()).toEqual(['/amount', '/currency']);
  });
});
