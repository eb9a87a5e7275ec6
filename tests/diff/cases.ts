/**
 * One case per breaking-change rule: the base spec (fixtures/base.yaml) changed in one place, the classified
 * changes the diff must report for it (annotations aside), and the gate's verdict.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

type Spec = Record<string, any>;

export interface Case {
  /** Turns the base into the "before" side (default: the base as it is). */
  before?: (spec: Spec) => void;
  /** Turns the "before" side into the "after" side. */
  change: (spec: Spec) => void;
  /** Distinct `rule → class` pairs of the non-annotation changes. */
  changes: string[];
  blocks: boolean;
  annotations?: boolean;
}

const b = (rule: string) => `${rule} → breaking`;
const nb = (rule: string) => `${rule} → non-breaking`;

const create = (spec: Spec) => spec.components.schemas.CustomerCreate;
const customer = (spec: Spec) => spec.components.schemas.Customer;
const createOperation = (spec: Spec) => spec.paths['/customers'].post;
const fetchOperation = (spec: Spec) => spec.paths['/customers/{id}'].get;
const webhook = (spec: Spec) => spec.webhooks['customer.created'].post;
const customerEvent = (spec: Spec) => spec.components.schemas.CustomerEvent;
const parameter = (required: boolean) => ({
  name: 'account',
  in: 'query',
  required,
  description: 'Account to bill.',
  schema: { type: 'string' },
});
/** `name` of both schemas as one shared component, used on the request and the response side. */
const sharedName = (spec: Spec) => {
  spec.components.schemas.CustomerName = { type: 'string', maxLength: 50, description: 'Customer name.' };
  create(spec).properties.name = { $ref: '#/components/schemas/CustomerName' };
  customer(spec).properties.name = { $ref: '#/components/schemas/CustomerName' };
};

export const CASES: Record<string, Case> = {
  // Request side: the server may only come to accept more.
  'request-required-added': { change: (s) => create(s).required.push('email'), changes: [b('request-required-added')], blocks: true },
  'request-parameter-required-added': {
    change: (s) => createOperation(s).parameters.push(parameter(true)),
    changes: [b('request-parameter-required-added')],
    blocks: true,
  },
  'request-parameter-optional-added': {
    change: (s) => createOperation(s).parameters.push(parameter(false)),
    changes: [nb('request-parameter-added')],
    blocks: false,
  },
  'request-limit-narrowed': {
    change: (s) => {
      create(s).properties.name.maxLength = 40;
    },
    changes: [b('request-limit-narrowed')],
    blocks: true,
  },
  'request-limit-widened': {
    change: (s) => {
      create(s).properties.name.maxLength = 100;
    },
    changes: [nb('request-limit-widened')],
    blocks: false,
  },
  'request-pattern-added': {
    change: (s) => {
      create(s).properties.email.pattern = '^[^@]+@[^@]+$';
    },
    changes: [b('request-limit-narrowed')],
    blocks: true,
  },
  'request-enum-value-removed': {
    change: (s) => create(s).properties.kind.enum.pop(),
    changes: [b('request-enum-narrowed')],
    blocks: true,
  },
  'request-enum-value-added': {
    change: (s) => create(s).properties.kind.enum.push('government'),
    changes: [nb('request-enum-widened')],
    blocks: false,
  },
  'request-closed-object': {
    change: (s) => {
      create(s).additionalProperties = false;
    },
    changes: [b('request-closed-object-narrowed')],
    blocks: true,
  },
  'request-property-added': {
    change: (s) => {
      create(s).properties.phone = { type: 'string', description: 'Phone number.' };
    },
    changes: [nb('request-property-added')],
    blocks: false,
  },
  'operation-removed': {
    change: (s) => {
      delete s.paths['/customers/{id}'];
    },
    changes: [b('operation-removed')],
    blocks: true,
  },
  'operation-added': {
    change: (s) => {
      s.paths['/customers/{id}'].delete = {
        operationId: 'deleteCustomer',
        summary: 'Delete a customer',
        parameters: [],
        responses: { 204: { description: 'Deleted.' } },
      };
    },
    changes: [nb('operation-added')],
    blocks: false,
  },
  // Response side: the server may only come to return less.
  'response-property-removed': {
    change: (s) => {
      delete customer(s).properties.created_at;
    },
    changes: [b('response-property-removed')],
    blocks: true,
  },
  'response-property-added': {
    change: (s) => {
      customer(s).properties.email = { type: 'string', description: 'Email address.' };
    },
    changes: [nb('response-property-added')],
    blocks: false,
  },
  'response-field-retyped': {
    change: (s) => {
      customer(s).properties.created_at.type = 'string';
    },
    changes: [b('response-type-changed')],
    blocks: true,
  },
  'response-field-nullable': {
    change: (s) => {
      customer(s).properties.id.type = ['string', 'null'];
    },
    changes: [b('response-type-widened')],
    blocks: true,
  },
  'response-type-narrowed': {
    change: (s) => {
      customer(s).properties.gstin.type = 'string';
    },
    changes: [nb('response-type-narrowed')],
    blocks: false,
  },
  'response-required-removed': {
    change: (s) => {
      customer(s).required = customer(s).required.filter((name: string) => name !== 'status');
    },
    changes: [b('response-required-removed')],
    blocks: true,
  },
  'response-enum-value-added': {
    change: (s) => customer(s).properties.status.enum.push('suspended'),
    changes: [b('response-enum-widened')],
    blocks: true,
  },
  'response-enum-value-removed': {
    change: (s) => customer(s).properties.status.enum.pop(),
    changes: [nb('response-enum-narrowed')],
    blocks: false,
  },
  'response-limit-narrowed': {
    change: (s) => {
      customer(s).properties.name.maxLength = 40;
    },
    changes: [nb('response-limit-narrowed')],
    blocks: false,
  },
  'response-limit-widened': {
    change: (s) => {
      customer(s).properties.name.maxLength = 100;
    },
    changes: [b('response-limit-widened')],
    blocks: true,
  },
  'response-status-removed': {
    change: (s) => {
      delete fetchOperation(s).responses['400'];
    },
    changes: [b('response-status-removed')],
    blocks: true,
  },
  'response-status-added': {
    change: (s) => {
      fetchOperation(s).responses['429'] = { description: 'Too many requests.' };
    },
    changes: [nb('response-status-added')],
    blocks: false,
  },
  // A component used on both sides is judged per side.
  'shared-schema-narrowed': {
    before: sharedName,
    change: (s) => {
      s.components.schemas.CustomerName.maxLength = 40;
    },
    changes: [b('request-limit-narrowed'), nb('response-limit-narrowed')],
    blocks: true,
  },
  // A webhook is an exchange the other way round: the API sends its headers and body, as it sends a response.
  'webhook-added': {
    change: (s) => {
      s.webhooks['customer.deleted'] = structuredClone(s.webhooks['customer.created']);
      s.webhooks['customer.deleted'].post.operationId = 'receiveCustomerDeleted';
    },
    changes: [nb('webhook-added')],
    blocks: false,
  },
  'webhook-removed': {
    change: (s) => {
      delete s.webhooks['customer.created'];
    },
    changes: [b('webhook-removed')],
    blocks: true,
  },
  'webhook-payload-property-removed': {
    change: (s) => {
      delete customerEvent(s).properties.customer_id;
    },
    changes: [b('response-property-removed')],
    blocks: true,
  },
  'webhook-payload-enum-widened': {
    change: (s) => customerEvent(s).properties.event.enum.push('customer.updated'),
    changes: [b('response-enum-widened')],
    blocks: true,
  },
  'webhook-payload-required-added': {
    change: (s) => {
      customerEvent(s).properties.created_at = { type: 'integer', description: 'Unix time of the event.' };
      customerEvent(s).required.push('created_at');
    },
    changes: [nb('response-property-added'), nb('response-required-added')],
    blocks: false,
  },
  'webhook-header-added': {
    change: (s) =>
      webhook(s).parameters.push({
        name: 'X-Event-Id',
        in: 'header',
        required: true,
        description: 'Event id.',
        schema: { type: 'string' },
      }),
    changes: [nb('response-header-added')],
    blocks: false,
  },
  'webhook-header-removed': {
    change: (s) => webhook(s).parameters.pop(),
    changes: [b('response-header-removed')],
    blocks: true,
  },
  'webhook-header-optional': {
    change: (s) => {
      webhook(s).parameters[0].required = false;
    },
    changes: [b('response-required-removed')],
    blocks: true,
  },
  'documentation-only': {
    change: (s) => {
      createOperation(s).summary = 'Create or register a customer';
      create(s).properties.name['x-error-messages'] = { maxLength: 'The name may not be greater than 50 characters.' };
      fetchOperation(s).parameters[0].description = 'Unique customer id, `cust_` + 14 characters.';
      s.tags = [{ name: 'Customers', description: 'Create and read customers.' }];
      createOperation(s).tags = ['Customers'];
      fetchOperation(s).responses['200'].links = {
        sameCustomer: { operationId: 'fetchCustomer', parameters: { id: '$response.body#/id' }, description: 'The customer again.' },
      };
    },
    changes: [],
    blocks: false,
    annotations: true,
  },
  // The escape hatch: breaking changes ship only with a new major version.
  'major-version-bump': {
    change: (s) => {
      s.info.version = '2.0.0';
      delete s.paths['/customers/{id}'];
    },
    changes: [b('operation-removed')],
    blocks: false,
  },
  'minor-version-bump': {
    change: (s) => {
      s.info.version = '1.1.0';
      delete s.paths['/customers/{id}'];
    },
    changes: [b('operation-removed')],
    blocks: true,
  },
};

const BASE: Spec = parse(readFileSync(fileURLToPath(new URL('./fixtures/base.yaml', import.meta.url)), 'utf8'));

/** The two sides of a case, as documents. */
export function caseSpecs(name: string): { before: Spec; after: Spec } {
  const found = CASES[name];
  if (!found) throw new Error(`no diff case "${name}"`);
  const before = structuredClone(BASE);
  found.before?.(before);
  const after = structuredClone(before);
  found.change(after);
  return { before, after };
}

/** The two sides of a case as files `<dir>/<name>/before.json` and `after.json` (in a new temp dir by default). */
export function caseFiles(name: string, dir = mkdtempSync(join(tmpdir(), 'diff-case-'))): { before: string; after: string } {
  const { before, after } = caseSpecs(name);
  const folder = join(dir, name);
  const files = { before: join(folder, 'before.json'), after: join(folder, 'after.json') };
  mkdirSync(folder, { recursive: true });
  writeFileSync(files.before, JSON.stringify(before, null, 2));
  writeFileSync(files.after, JSON.stringify(after, null, 2));
  return files;
}
