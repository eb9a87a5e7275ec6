/**
 * fast-check arbitraries of invalid requests, derived from an operation's request schemas: for every
 * constrained body field and parameter, values just outside each limit, values of the wrong type, and
 * requests missing a required field, parameter or header, or carrying a field the schema forbids.
 */
import fc from 'fast-check';
import { resolveLocalRef, type Contract, type OperationInfo } from '../../lib/contract.ts';
import type { FuzzRequest } from './base-request.ts';

type Json = Record<string, any>;

export interface Mutation {
  /** What was broken, e.g. `body /name maxLength`. */
  label: string;
  request: FuzzRequest;
}

/** The constraint keywords of a schema and of its allOf members, refs resolved. */
function constraints(spec: Json, node: Json | undefined): Json[] {
  const schema = resolveLocalRef(spec, node);
  if (!schema) return [];
  return [schema, ...(schema.allOf ?? []).flatMap((member: Json) => constraints(spec, member))];
}

const WRONG_TYPE_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.string({ minLength: 1, maxLength: 8 }),
  integer: fc.integer(),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(),
  object: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 4 }), { minKeys: 1, maxKeys: 2 }),
  array: fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  null: fc.constant(null),
};

/** Arbitraries of values that break one rule of the schema each, labelled with the rule. */
/** `nonEmpty`: the value fills a path segment, where an empty one would change the route, not the parameter. */
function invalidValues(spec: Json, node: Json | undefined, validValue: unknown, nonEmpty = false): Array<[string, fc.Arbitrary<unknown>]> {
  const out: Array<[string, fc.Arbitrary<unknown>]> = [];
  for (const schema of constraints(spec, node)) {
    if (schema.type !== undefined) {
      const allowed = new Set<string>([schema.type].flat());
      if (allowed.has('number')) allowed.add('integer');
      const wrong = Object.entries(WRONG_TYPE_VALUES).filter(
        ([type]) => !allowed.has(type) && !(type === 'integer' && allowed.has('number')),
      );
      if (wrong.length > 0) out.push(['type', fc.oneof(...wrong.map(([, arbitrary]) => arbitrary))]);
    }
    if (typeof schema.maxLength === 'number')
      out.push(['maxLength', fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 8, unit: 'grapheme-ascii' })]);
    if (typeof schema.minLength === 'number' && schema.minLength > (nonEmpty ? 1 : 0)) {
      out.push(['minLength', fc.string({ minLength: nonEmpty ? 1 : 0, maxLength: schema.minLength - 1, unit: 'grapheme-ascii' })]);
    }
    if (typeof schema.pattern === 'string') {
      const breaking = patternBreakers(new RegExp(schema.pattern, 'u'), validValue);
      if (breaking) out.push(['pattern', breaking]);
    }
    if (Array.isArray(schema.enum)) out.push(['enum', fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !schema.enum.includes(s))]);
    if (typeof schema.maximum === 'number')
      out.push(['maximum', fc.integer({ min: Math.floor(schema.maximum) + 1, max: Math.floor(schema.maximum) + 1000 })]);
    if (typeof schema.minimum === 'number')
      out.push(['minimum', fc.integer({ min: Math.ceil(schema.minimum) - 1000, max: Math.ceil(schema.minimum) - 1 })]);
    if (typeof schema.maxProperties === 'number') {
      out.push([
        'maxProperties',
        fc
          .uniqueArray(fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'abcdefghij') }), {
            minLength: schema.maxProperties + 1,
            maxLength: schema.maxProperties + 3,
          })
          .map((keys) => Object.fromEntries(keys.map((key) => [key, 'v']))),
      ]);
    }
  }
  return out;
}

/**
 * Strings that fail a pattern: edits just next to a valid value (one character more, less or wrong), and
 * random strings when the pattern rejects them often enough to draw from. Patterns that accept almost
 * anything (`^(?!cust_)|…`) yield only the near misses, or nothing when there is none.
 */
function patternBreakers(pattern: RegExp, validValue: unknown): fc.Arbitrary<string> | undefined {
  const valid = typeof validValue === 'string' ? validValue : typeof validValue === 'number' ? String(validValue) : 'a';
  const nearMisses = [
    `${valid}!`,
    `!${valid}`,
    valid.slice(0, -1),
    `${valid}${valid.slice(-1)}`,
    valid.replace(/.$/, ' '),
    ' ',
    '!!',
    `${valid}${'9'.repeat(20)}`,
  ].filter((candidate) => candidate !== '' && !pattern.test(candidate));
  const random = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme-ascii' });
  const probe = fc.sample(random, { numRuns: 50, seed: 7 }).filter((candidate) => !pattern.test(candidate)).length;
  const options: fc.Arbitrary<string>[] = [];
  if (nearMisses.length > 0) options.push(fc.constantFrom(...new Set(nearMisses)));
  if (probe >= 10) options.push(random.filter((candidate) => !pattern.test(candidate)));
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

const without = (record: Record<string, unknown>, key: string): Record<string, unknown> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

/** Every way to break one valid request of the operation, as arbitraries of labelled requests. */
export function invalidRequestArbitraries(contract: Contract, info: OperationInfo, valid: FuzzRequest): fc.Arbitrary<Mutation>[] {
  const spec = contract.spec;
  const arbitraries: fc.Arbitrary<Mutation>[] = [];
  const mutate = (label: string, arbitrary: fc.Arbitrary<unknown>, apply: (value: unknown) => FuzzRequest): void => {
    arbitraries.push(arbitrary.map((value) => ({ label, request: apply(value) })));
  };

  for (const param of info.parameters) {
    const where = param.in as 'path' | 'query' | 'header';
    if (where !== 'path' && where !== 'query' && where !== 'header') continue;
    const name = where === 'header' ? param.name.toLowerCase() : param.name;
    const key = where === 'path' ? 'pathParams' : where === 'query' ? 'query' : 'headers';
    for (const [rule, values] of invalidValues(spec, param.schema, valid[key][name], where === 'path')) {
      if (rule === 'type') continue; // parameters travel as text; a wrong "type" is just another string
      mutate(`${where} ${param.name} ${rule}`, values, (value) => ({ ...valid, [key]: { ...valid[key], [name]: String(value) } }));
    }
    if (param.required && where !== 'path') {
      mutate(`${where} ${param.name} required`, fc.constant(undefined), () => ({
        ...valid,
        [key]: without(valid[key], name) as Record<string, string>,
      }));
    }
  }

  const media = valid.mediaType
    ? resolveLocalRef(spec, resolveLocalRef(spec, info.operation.requestBody)?.content?.[valid.mediaType])
    : undefined;
  const bodySchema = resolveLocalRef(spec, media?.schema);
  const body = valid.body as Record<string, unknown> | undefined;
  if (bodySchema && body && typeof body === 'object' && !Array.isArray(body)) {
    for (const schema of constraints(spec, bodySchema)) {
      for (const [property, propertySchema] of Object.entries<Json>(schema.properties ?? {})) {
        for (const [rule, values] of invalidValues(spec, propertySchema, body[property])) {
          mutate(`body /${property} ${rule}`, values, (value) => ({ ...valid, body: { ...body, [property]: value } }));
        }
      }
      for (const property of schema.required ?? []) {
        if (property in body)
          mutate(`body /${property} required`, fc.constant(undefined), () => ({ ...valid, body: without(body, property) }));
      }
      if (schema.additionalProperties === false) {
        const known = new Set(Object.keys(schema.properties ?? {}));
        mutate(
          'body additionalProperties',
          fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_') }).filter((k) => !known.has(k)),
          (key) => ({ ...valid, body: { ...body, [key as string]: 'x' } }),
        );
      }
    }
  }
  return arbitraries;
}
