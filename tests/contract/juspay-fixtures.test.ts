/**
 * Every Juspay fixture in docs/sources/fixtures/juspay checked against the bundled Juspay spec:
 * response bodies against their operation and status, the official curl requests (`*.sh`) as requests of
 * their operation. Also checks that the spec's `x-error-messages` reproduce the vendor texts of the
 * `INVALID_INPUT` fixtures, and that the spec still rejects bodies the servers never send. (Named examples are
 * checked for all APIs by examples.test.ts.)
 *
 * Excluded fixtures: none. All Juspay fixtures are official doc/demo samples of server output. Two carry doc
 * artefacts that the spec accepts on purpose instead of excluding them: the 2016 `+0000` timestamps of the
 * get/update samples (accepted by `JuspayTimestamp`) and `last_updated` == `date_created` in the update sample
 * (valid data, just not what a real update returns).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';

type Operation = 'createCustomer' | 'getCustomer' | 'updateCustomer';

const FIXTURE_DIR = fileURLToPath(new URL('../../docs/sources/fixtures/juspay/', import.meta.url));

/** Response fixture → the operations and statuses it is a body for (per fixtures/MANIFEST.md). */
const RESPONSES: Record<string, Array<[Operation, number]>> = {
  'docs__create-customer_400_duplicate_object_reference_id.json': [['createCustomer', 400]],
  // The manifest: same body for an empty or negative mobile_number on update.
  'docs__create-customer_400_empty_mobile_number.json': [
    ['createCustomer', 400],
    ['updateCustomer', 400],
  ],
  'docs__create-customer_400_empty_object_reference_id.json': [['createCustomer', 400]],
  // A wrong API key gets the same 401 on every operation.
  'docs__get-customer_401_access_denied.json': [
    ['getCustomer', 401],
    ['createCustomer', 401],
    ['updateCustomer', 401],
  ],
  'docs__get-customer_404_object_not_found.json': [
    ['getCustomer', 404],
    ['updateCustomer', 404],
  ],
  'sdk-integration-demo__create-customer__response.json': [['createCustomer', 200]],
  'sdk-integration-demo__create-customer__response-auth_token.json': [['createCustomer', 200]],
  'sdk-integration-demo__get-customer__response.json': [['getCustomer', 200]],
  'sdk-integration-demo__get-customer__response-auth_token.json': [['getCustomer', 200]],
  'sdk-integration-demo__update-customer__response.json': [['updateCustomer', 200]],
};

/** Request fixture (a curl command) → its operation. */
const REQUESTS: Record<string, Operation> = {
  'sdk-integration-demo__create-customer__request.sh': 'createCustomer',
  'sdk-integration-demo__get-customer__request.sh': 'getCustomer',
  // The official update curl sends no x-merchantid header; the spec makes it optional on update.
  'sdk-integration-demo__update-customer__request.sh': 'updateCustomer',
};

/** The `INVALID_INPUT` fixtures and a request that triggers each: the field emptied. */
const INVALID_INPUT: Array<[string, Operation]> = [
  ['docs__create-customer_400_empty_object_reference_id.json', 'createCustomer'],
  ['docs__create-customer_400_empty_mobile_number.json', 'createCustomer'],
  ['docs__create-customer_400_empty_mobile_number.json', 'updateCustomer'],
];

interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  data: string[];
}

function readFixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
}

function readJsonFixture(name: string): any {
  try {
    return JSON.parse(readFixture(name));
  } catch (error) {
    throw new Error(`${FIXTURE_DIR}${name}: not JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Splits a shell command line into words, honouring single and double quotes (all the demo curls use). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/(?:'[^']*'|"[^"]*"|[^\s'"])+/g)) {
    words.push(
      match[0].replace(/'([^']*)'|"([^"]*)"/g, (_m, single: string | undefined, double: string | undefined) => single ?? double ?? ''),
    );
  }
  return words;
}

/**
 * Reads the fields of a demo curl command. A `\` followed by trailing spaces is taken as a line continuation,
 * as the docs intend (a real shell would end the command there: the demo files keep spaces after some `\`).
 */
function parseCurl(name: string, text: string): CurlRequest {
  const words = shellWords(text.replace(/\\[ \t]*\r?\n/g, ' ').replace(/\\[ \t]*$/, ''));
  if (words[0] !== 'curl') throw new Error(`${name}: not a curl command`);
  const request: CurlRequest = { method: 'GET', url: '', headers: {}, data: [] };
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const [flag, attached] =
      word.startsWith('-') && !word.startsWith('--') && word.length > 2 ? [word.slice(0, 2), word.slice(2)] : [word, undefined];
    const value = (): string => {
      if (attached !== undefined) return attached;
      const next = words[++i];
      if (next === undefined) throw new Error(`${name}: ${flag} without a value`);
      return next;
    };
    if (flag === '-X') request.method = value();
    else if (flag === '-H') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon < 1) throw new Error(`${name}: malformed header '${header}'`);
      request.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (flag === '-d') request.data.push(value());
    else if (flag === '-u') value();
    else if (/^https?:\/\//.test(word)) request.url = word;
    else throw new Error(`${name}: unexpected curl argument '${word}'`);
  }
  if (!request.url) throw new Error(`${name}: no URL`);
  return request;
}

describe('Juspay fixtures against the bundled spec', () => {
  let juspay: Contract;
  beforeAll(() => {
    juspay = Contract.load('juspay');
  });

  it('maps every fixture file to an operation', () => {
    const unmapped = readdirSync(FIXTURE_DIR).filter((name) => !(name in RESPONSES) && !(name in REQUESTS));
    expect(unmapped).toEqual([]);
  });

  const responseCases = Object.entries(RESPONSES).flatMap(([file, targets]) =>
    targets.map(([operation, status]) => [file, operation, status] as const),
  );

  it.each(responseCases)('%s is a valid %s %i body', (file, operation, status) => {
    expect(juspay.validateResponse(operation, status, readJsonFixture(file), { contentType: 'application/json' })).toEqual([]);
  });

  it.each(Object.entries(REQUESTS))('%s is a valid %s request', (file, operation) => {
    const curl = parseCurl(file, readFixture(file));
    const matched = juspay.match(curl.method, curl.url);
    expect(matched?.info.operationId).toBe(operation);
    const { 'content-type': contentType, ...headers } = curl.headers;
    const violations = juspay.validateRequest(operation, {
      path: matched!.pathParams,
      headers,
      ...(contentType ? { contentType } : {}),
      ...(curl.data.length > 0 ? { body: curl.data.join('&') } : {}),
    });
    expect(violations).toEqual([]);
  });

  it('reads the demo curls completely (flat options key, no x-merchantid on update)', () => {
    const createCurl = parseCurl('create', readFixture('sdk-integration-demo__create-customer__request.sh'));
    expect(createCurl.data).toContain('options.get_client_auth_token=true');
    expect(createCurl.data).toHaveLength(7);
    expect(createCurl.headers['x-merchantid']).toBe('merchant_id');
    const updateCurl = parseCurl('update', readFixture('sdk-integration-demo__update-customer__request.sh'));
    expect(updateCurl.headers['x-merchantid']).toBeUndefined();
    expect(updateCurl.data).toHaveLength(5);
  });

  it.each(INVALID_INPUT)('x-error-messages reproduce %s on %s', (file, operation) => {
    const fixture = readJsonFixture(file);
    const field: string = fixture.error_info.fields[0].field_name;
    const request =
      operation === 'createCustomer'
        ? {
            headers: { 'x-merchantid': 'merchant_id' },
            body: { object_reference_id: 'customer_00000001', mobile_number: '9876543210', [field]: '' },
          }
        : { path: { customer_id: 'cst_om2l6ctlptxwxuzj' }, body: { [field]: '' } };
    const violations = juspay.validateRequest(operation, request);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) {
      expect(violation).toMatchObject({ in: 'body', pointer: `/${field}`, vendorMessage: fixture.error_message });
    }
  });

  const customer = readJsonFixture('sdk-integration-demo__create-customer__response.json');
  const rejected: Array<[string, Operation, number, unknown, string]> = [
    ['a customer without id', 'createCustomer', 200, { ...customer, id: undefined }, 'required'],
    ['a customer with another object type', 'getCustomer', 200, { ...customer, object: 'order' }, 'const'],
    ['a customer with a non-ISO timestamp', 'getCustomer', 200, { ...customer, date_created: '17/03/2020 14:16' }, 'pattern'],
    [
      'a juspay block without its token',
      'createCustomer',
      200,
      { ...customer, juspay: { client_auth_token_expiry: '2020-03-17T14:28:37Z' } },
      'required',
    ],
    ['a customer as an error body', 'createCustomer', 400, customer, 'oneOf'],
    ['an error_info without code', 'getCustomer', 404, { error_message: 'x', error_info: { category: 'USER_ERROR' } }, 'required'],
    ['an error body with neither error_info nor error_code', 'updateCustomer', 400, { status: 'error', error_message: 'x' }, 'required'],
  ];

  it.each(rejected)('rejects %s', (_name, operation, status, body, keyword) => {
    const violations = juspay.validateResponse(operation, status, JSON.parse(JSON.stringify(body)));
    expect(violations.map((v) => v.keyword)).toContain(keyword);
  });

  it('rejects statuses the spec does not document', () => {
    expect(juspay.validateResponse('createCustomer', 404, readJsonFixture('docs__get-customer_404_object_not_found.json'))).toContainEqual(
      expect.objectContaining({ in: 'status', keyword: 'status' }),
    );
  });
});
