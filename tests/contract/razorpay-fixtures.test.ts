/**
 * Every recorded Razorpay body in docs/sources/fixtures/razorpay is accounted for against the bundled
 * Razorpay spec (generated/razorpay/openapi.json), for the operations of the customers part:
 *  - bodies that show what the server sends must validate against their operation and status;
 *  - SDK/doc artefacts (typos, hand-written mocks missing keys, made-up strings, non-JSON mocks) must fail,
 *    at the JSON pointer that shows why;
 *  - bodies of operations outside this part (recurring-card flow, TokenHQ, payment links) are listed with the
 *    route they belong to, and the test checks that route is not one of this part's operations.
 * No fixture may be left unclassified.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_OPERATIONS, type CustomerOperation } from './razorpay-operations.ts';
import { Contract } from '../../scripts/lib/contract.ts';

const FIXTURES = fileURLToPath(new URL('../../docs/sources/fixtures/razorpay/', import.meta.url));

type Operation = CustomerOperation;

/** Bodies that show what the server sends (doc samples, recorded bodies, and SDK mocks of the same shape). */
const valid: Array<{ file: string; operation: Operation; status: number; note: string }> = [
  { file: 'docs__entity__0_Entity.json', operation: 'fetchCustomer', status: 200, note: 'docs entity sample, notes []' },
  { file: 'docs__entity__0_Entity.json', operation: 'createCustomer', status: 200, note: 'create answers the same entity' },
  { file: 'docs__fetch-with-id__0_Success.json', operation: 'fetchCustomer', status: 200, note: 'docs sample (seed 002)' },
  { file: 'docs__fetch-with-id__1_Failure.json', operation: 'fetchCustomer', status: 400, note: '"… is not a valid id"' },
  { file: 'docs__fetch-all__0_Success.json', operation: 'fetchAllCustomers', status: 200, note: 'docs sample' },
  {
    file: 'docs__fetch-all__1_Failure.json',
    operation: 'fetchAllCustomers',
    status: 401,
    note: 'invalid key (status from the server mapping)',
  },
  { file: 'docs__create__1_Failure.json', operation: 'createCustomer', status: 400, note: 'contact too short, field contact' },
  { file: 'docs__bank-accounts__0_Response.json', operation: 'addCustomerBankAccount', status: 200, note: 'docs sample' },
  { file: 'docs__bank-accounts__1_Response.json', operation: 'deleteCustomerBankAccount', status: 200, note: 'status deleted, no entity' },
  {
    file: 'docs_errors_md__sample_error.json',
    operation: 'fetchCustomer',
    status: 400,
    note: 'generic envelope (payment OTP failure) with field null and filled metadata; every 400 shares it',
  },
  {
    file: 'docs_recurring_cards_tokens__2_2_fetch_all_tokens_by_customer_id_response.json',
    operation: 'fetchCustomerTokens',
    status: 200,
    note: 'docs sample',
  },
  {
    file: 'docs_recurring_cards_tokens__2_3_fetch_a_token_by_customer_id_response.json',
    operation: 'fetchCustomerToken',
    status: 200,
    note: 'docs sample',
  },
  {
    file: 'docs_recurring_cards_tokens__2_4_delete_tokens_response.json',
    operation: 'deleteCustomerToken',
    status: 200,
    note: '{"deleted": true}',
  },
  { file: 'node__documents_customer__edit_customer.json', operation: 'editCustomer', status: 200, note: 'SDK doc sample' },
  { file: 'node__documents_customer__fetch_customer_by_id.json', operation: 'fetchCustomer', status: 200, note: 'looks recorded' },
  {
    file: 'node__documents_customer__delete_bank_account_of_customer.json',
    operation: 'deleteCustomerBankAccount',
    status: 200,
    note: 'SDK doc sample',
  },
  {
    file: 'node__documents_customer__eligibility_check_api.json',
    operation: 'requestEligibilityCheck',
    status: 200,
    note: 'SDK doc sample',
  },
  { file: 'node__documents_customer__fetch_eligibility_by_id.json', operation: 'fetchEligibility', status: 200, note: 'SDK doc sample' },
  { file: 'node__documents_token__delete_token.json', operation: 'deleteCustomerToken', status: 200, note: 'SDK doc sample' },
  { file: 'node__documents_token__fetch_particular_token.json', operation: 'fetchCustomerToken', status: 200, note: 'SDK doc sample' },
  {
    file: 'node__documents_token__fetch_tokens_by_customer_id.json',
    operation: 'fetchCustomerTokens',
    status: 200,
    note: 'SDK doc sample (seed 003)',
  },
  {
    file: 'node__documents_token__fetch_vpa_tokens_of_a_customer_id.json',
    operation: 'fetchCustomerTokens',
    status: 200,
    note: 'titled VPA, holds a card token',
  },
  {
    file: 'node__test_mocker_FIXTURES_error.json',
    operation: 'fetchAllCustomers',
    status: 400,
    note: 'count > 100, older envelope (code, description, field)',
  },
  {
    file: 'python__tests_test_client_error_count_400.json',
    operation: 'fetchAllCustomers',
    status: 400,
    note: 'count > 100, older envelope',
  },
  {
    file: 'python__tests_test_client_error_server_error_500.json',
    operation: 'fetchAllCustomers',
    status: 500,
    note: 'older server-error wording and envelope',
  },
  {
    file: 'python__tests_test_client_error_gateway_error_504.json',
    operation: 'fetchAllCustomers',
    status: 504,
    note: 'gateway timeout, older envelope',
  },
  { file: 'python__bank_account.json', operation: 'addCustomerBankAccount', status: 200, note: 'SDK mock identical to the docs sample' },
  {
    file: 'python__bad_request_error.json',
    operation: 'requestEligibilityCheck',
    status: 400,
    note: 'generic older envelope naming an amount field',
  },
  {
    file: 'ruby__bad_request_error.json',
    operation: 'requestEligibilityCheck',
    status: 400,
    note: 'generic older envelope naming an amount field',
  },
  { file: 'ruby__fake_bank_account.json', operation: 'addCustomerBankAccount', status: 200, note: 'SDK mock identical to the docs sample' },
  { file: 'ruby__error_customer.json', operation: 'addCustomerBankAccount', status: 400, note: '"The id provided does not exist"' },
  { file: 'ruby__error_customer.json', operation: 'deleteCustomerBankAccount', status: 400, note: '"The id provided does not exist"' },
  { file: 'ruby__error_eligibility.json', operation: 'fetchEligibility', status: 400, note: 'unknown eligibility id' },
  { file: 'ruby__error_eligibility_check.json', operation: 'requestEligibilityCheck', status: 400, note: '"Amount is required."' },
  { file: 'ruby__delete_token.json', operation: 'deleteCustomerToken', status: 200, note: '{"deleted": true}' },
  { file: 'ruby__fake_token.json', operation: 'fetchCustomerToken', status: 200, note: 'UPI token' },
  { file: 'ruby__tokens_collection.json', operation: 'fetchCustomerTokens', status: 200, note: 'emandate token' },
  {
    file: 'ruby__customer_collection.json',
    operation: 'fetchAllCustomers',
    status: 200,
    note: 'ruby mock whose customers lack name and gstin (older customers); only id, entity and created_at are required',
  },
  { file: 'ruby__fake_customer.json', operation: 'fetchCustomer', status: 200, note: 'ruby mock without name and gstin' },
  { file: 'ruby__fake_customer.json', operation: 'createCustomer', status: 200, note: 'ruby mock without name and gstin' },
  { file: 'ruby__fake_customer_edited.json', operation: 'editCustomer', status: 200, note: 'ruby mock without name and gstin' },
  {
    file: 'mcp-server__pkg_razorpay_tokens_test_customerResp.json',
    operation: 'createCustomer',
    status: 200,
    note: 'hand-written mock, but every key a real customer has; "" name/email and notes {} are accepted shapes',
  },
];

/** SDK and doc artefacts the schema rejects, with the pointer and keyword that show why. */
const rejected: Array<{ file: string; operation: Operation; status: number; pointer: string; keyword: string; reason: string }> = [
  {
    file: 'docs__create__0_Success.json',
    operation: 'createCustomer',
    status: 200,
    pointer: '/created_at',
    keyword: 'required',
    reason: 'doc typo: key "created_at " with a trailing space',
  },
  {
    file: 'docs_recurring_cards_create_authorization_transaction__1_1_1_create_a_customer_response.json',
    operation: 'createCustomer',
    status: 200,
    pointer: '/created_at',
    keyword: 'required',
    reason: 'doc typo "created_at "',
  },
  {
    file: 'node__documents_customer__create_customer.json',
    operation: 'createCustomer',
    status: 200,
    pointer: '/created_at',
    keyword: 'required',
    reason: 'SDK doc typo "created_at "',
  },
  {
    file: 'node__documents_customer__fetch_all_customer.json',
    operation: 'fetchAllCustomers',
    status: 200,
    pointer: '/items/0/created_at',
    keyword: 'required',
    reason: 'SDK doc typo "created_at "',
  },
  {
    file: 'python__customer_collection.json',
    operation: 'fetchAllCustomers',
    status: 200,
    pointer: '/items/0/created_at',
    keyword: 'required',
    reason: 'SDK mock copied from the doc typo "created_at "',
  },
  {
    file: 'node__documents_customer__add_bank_account_of_customer.json',
    operation: 'addCustomerBankAccount',
    status: 200,
    pointer: '/ifsc',
    keyword: 'required',
    reason: 'SDK doc shows a customer object instead of the bank account',
  },
  {
    file: 'ruby__success.json',
    operation: 'deleteCustomerBankAccount',
    status: 200,
    pointer: '/id',
    keyword: 'required',
    reason: 'ruby mock {"success": true}; the docs return the deleted bank account',
  },
  {
    file: 'ruby__empty.json',
    operation: 'deleteCustomerToken',
    status: 200,
    pointer: '/deleted',
    keyword: 'required',
    reason: 'ruby mock {} reused for every delete; the docs return {"deleted": true}',
  },
];

/** Hand-written mocks whose envelope is right but whose description is not a string the vendor sends. */
const madeUpStrings: Array<{ file: string; operation: Operation; status: number; reason: string }> = [
  {
    file: 'mcp-server__pkg_razorpay_tokens_test_customerCreationFailedResp.json',
    operation: 'createCustomer',
    status: 400,
    reason: 'mcp mock: "Contact number is invalid" is not a Razorpay string',
  },
  {
    file: 'mcp-server__pkg_razorpay_payment_links_test_errorResp_invalid_key.json',
    operation: 'fetchAllCustomers',
    status: 401,
    reason:
      'mcp mock (mocked on GET /payment_links at 400): "The api key/secret provided is invalid" merges the doc heading; the wire strings name key or secret',
  },
];

/** Not JSON as published (python mocks are passed to the tests as raw text). */
const notJson: Array<{ file: string; reason: string; asRequest?: { operation: Operation; path?: Record<string, string> } }> = [
  { file: 'python__fake_customer.json', reason: 'trailing comma; also numeric contact and no created_at' },
  { file: 'python__fake_token.json', reason: 'trailing commas, key:value inside [], unquoted keys' },
  { file: 'python__token_collection.json', reason: 'trailing commas, key:value inside [], unquoted keys' },
  { file: 'python__token_collection_with_one_token.json', reason: 'trailing commas, key:value inside [], unquoted keys' },
  { file: 'python__fake_card.json', reason: 'trailing comma; GET /cards/{id} belongs to the recurring-card flow' },
  {
    file: 'python__fake_reference_card.json',
    reason: "the text mock_file('fake_card'); POST /cards/fingerprints belongs to the recurring-card flow",
  },
  { file: 'python__init_customer.json', reason: 'request mock with a trailing comma', asRequest: { operation: 'createCustomer' } },
  {
    file: 'python__edit_customer.json',
    reason: 'request mock with a trailing comma',
    asRequest: { operation: 'editCustomer', path: { id: 'cust_1Aa00000000001' } },
  },
];

/** Bodies of routes outside the customers part of the spec. */
const otherRoutes: Array<{ file: string; method: string; path: string; reason: string }> = [
  {
    file: 'docs_recurring_cards_create_authorization_transaction__1_1_2_create_an_order_response.json',
    method: 'POST',
    path: '/orders',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_authorization_transaction__1_2_1_create_a_registration_link_response.json',
    method: 'POST',
    path: '/subscription_registration/auth_links',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_1_create_an_order_to_charge_the_customer_failure_response.json',
    method: 'POST',
    path: '/orders',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_1_create_an_order_to_charge_the_customer_success_response.json',
    method: 'POST',
    path: '/orders',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_2_create_a_recurring_payment_failure_response.json',
    method: 'POST',
    path: '/payments/create/recurring',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_2_create_a_recurring_payment_success_response.json',
    method: 'POST',
    path: '/payments/create/recurring',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_3_fetch_an_order_with_id_failure.json',
    method: 'GET',
    path: '/orders/order_1Aa00000000001',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_create_subsequent_payments__3_3_fetch_an_order_with_id_success.json',
    method: 'GET',
    path: '/orders/order_1Aa00000000001',
    reason: 'recurring-card flow',
  },
  {
    file: 'docs_recurring_cards_tokens__2_1_fetch_token_by_payment_id_response.json',
    method: 'GET',
    path: '/payments/pay_FHfqtkRzWvxky4',
    reason: 'recurring-card flow',
  },
  {
    file: 'node__documents_token__fetch_token_by_payment_id.json',
    method: 'GET',
    path: '/payments/pay_FHfqtkRzWvxky4',
    reason: 'recurring-card flow',
  },
  { file: 'python__fake_create_recurring.json', method: 'POST', path: '/payments/create/recurring', reason: 'recurring-card flow' },
  {
    file: 'python__init_create_recurring.json',
    method: 'POST',
    path: '/payments/create/recurring',
    reason: 'recurring-card flow (request)',
  },
  {
    file: 'python__fake_registration_link.json',
    method: 'POST',
    path: '/subscription_registration/auth_links',
    reason: 'recurring-card flow',
  },
  {
    file: 'python__init_registration_link.json',
    method: 'POST',
    path: '/subscription_registration/auth_links',
    reason: 'recurring-card flow (request)',
  },
  { file: 'ruby__fake_recurring.json', method: 'POST', path: '/payments/create/recurring', reason: 'recurring-card flow' },
  {
    file: 'ruby__fake_subscription_registration.json',
    method: 'POST',
    path: '/subscription_registration/auth_links',
    reason: 'recurring-card flow',
  },
  { file: 'ruby__fake_card.json', method: 'GET', path: '/cards/card_7EZLhWkDt05n7V', reason: 'recurring-card flow' },
  { file: 'ruby__fake_card_reference.json', method: 'POST', path: '/cards/fingerprints', reason: 'recurring-card flow' },
  {
    file: 'go__documents_order__fetch_order_with_offer.json',
    method: 'GET',
    path: '/orders/order_Jnc6NatYAYnayr',
    reason: 'orders with offers (recurring-card flow test)',
  },
  {
    file: 'docs_offers_standard_integration__create_order_with_offers.json',
    method: 'POST',
    path: '/orders',
    reason: 'orders with offers (recurring-card flow test)',
  },
  {
    file: 'docs_route_create_transfers_orders__create_order.json',
    method: 'POST',
    path: '/orders',
    reason: 'orders with offers (recurring-card flow test)',
  },
  {
    file: 'docs_offers_s2s_integration__fetch_order_expand_offers.json',
    method: 'GET',
    path: '/orders/order_LesrAVQhpn0Byh',
    reason: 'orders with offers (recurring-card flow test)',
  },
  {
    file: 'docs_magic_checkout__fetch_order_cod.json',
    method: 'GET',
    path: '/orders/order_R1yDkxyIuKXXXX',
    reason: 'orders with offers (recurring-card flow test)',
  },
  {
    file: 'docs_webhooks_invoices__invoice_paid_order_entity.json',
    method: 'GET',
    path: '/orders/order_DEWHZoU57pgISd',
    reason: 'an order entity inside a webhook (recurring-card flow test)',
  },
  {
    file: 'docs_webhooks_payment_links__payment_link_paid_order_entity.json',
    method: 'GET',
    path: '/orders/order_1Aa00000000001',
    reason: 'an order entity inside a webhook (recurring-card flow test)',
  },
  { file: 'node__documents_token__create_a_token.json', method: 'POST', path: '/tokens', reason: 'TokenHQ, not part of the Customers API' },
  {
    file: 'node__documents_token__fetch_token.json',
    method: 'POST',
    path: '/tokens/fetch',
    reason: 'TokenHQ, not part of the Customers API',
  },
  {
    file: 'node__documents_token__delete_a_token.json',
    method: 'POST',
    path: '/tokens/delete',
    reason: 'TokenHQ, not part of the Customers API',
  },
  {
    file: 'node__documents_token__process_a_payment_on_another_pa_pg_with_.json',
    method: 'POST',
    path: '/tokens/service_provider_tokens/token_transactional_data',
    reason: 'TokenHQ, not part of the Customers API',
  },
  { file: 'ruby__fake_tokenise_customer.json', method: 'POST', path: '/tokens', reason: 'TokenHQ, not part of the Customers API' },
];

const read = (file: string): string => readFileSync(`${FIXTURES}${file}`, 'utf8');
const parse = (file: string): unknown => JSON.parse(read(file));
const withoutTrailingCommas = (text: string): string => text.replace(/,(\s*[}\]])/g, '$1');

type Json = Record<string, any>;

/** The `error.description` of every named example of an operation's response status. */
function documentedDescriptions(spec: Json, operation: Operation, status: number): string[] {
  const resolve = (node: Json): Json =>
    typeof node?.$ref === 'string'
      ? resolve(
          node.$ref
            .slice(2)
            .split('/')
            .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((acc: Json, s: string) => acc[s], spec),
        )
      : node;
  for (const item of Object.values<Json>(spec.paths)) {
    for (const op of Object.values<Json>(item)) {
      if (op?.operationId !== operation) continue;
      const examples = resolve(op.responses[String(status)]).content['application/json'].examples;
      return Object.values<Json>(examples).map((example) => resolve(example).value.error.description);
    }
  }
  throw new Error(`operation ${operation} not found`);
}

describe('Razorpay customers fixtures', () => {
  let razorpay: Contract;
  beforeAll(() => {
    razorpay = Contract.load('razorpay');
  });

  it('classifies every fixture file', () => {
    const classified = new Set([...valid, ...rejected, ...madeUpStrings, ...notJson, ...otherRoutes].map((entry) => entry.file));
    const files = readdirSync(FIXTURES).sort();
    expect(files.filter((file) => !classified.has(file))).toEqual([]);
    expect([...classified].filter((file) => !files.includes(file))).toEqual([]);
  });

  it('checks at least one real body for every operation of this part', () => {
    const covered = new Set(valid.map((entry) => entry.operation));
    expect(CUSTOMER_OPERATIONS.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it.each(valid.map((e) => [`${e.file} as ${e.operation} ${e.status}`, e] as const))('accepts %s', (_name, e) => {
    expect(razorpay.validateResponse(e.operation, e.status, parse(e.file))).toEqual([]);
  });

  it.each(rejected.map((e) => [`${e.file} as ${e.operation} ${e.status} (${e.reason})`, e] as const))('rejects %s', (_name, e) => {
    expect(razorpay.validateResponse(e.operation, e.status, parse(e.file))).toContainEqual(
      expect.objectContaining({ in: 'body', pointer: e.pointer, keyword: e.keyword }),
    );
  });

  it.each(madeUpStrings.map((e) => [`${e.file} (${e.reason})`, e] as const))('does not document the made-up string of %s', (_name, e) => {
    const body = parse(e.file) as { error: { description: string } };
    // The envelope itself is right; only the text at /error/description is not the vendor's.
    expect(razorpay.validateResponse(e.operation, e.status, body)).toEqual([]);
    expect(documentedDescriptions(razorpay.spec, e.operation, e.status)).not.toContain(body.error.description);
  });

  it.each(notJson.map((e) => [`${e.file} (${e.reason})`, e] as const))('refuses the non-JSON mock %s', (_name, e) => {
    expect(() => parse(e.file)).toThrow(SyntaxError);
    if (e.asRequest) {
      // Once the trailing comma is gone, the request mock is a valid request.
      const body = JSON.parse(withoutTrailingCommas(read(e.file)));
      expect(razorpay.validateRequest(e.asRequest.operation, { body, ...(e.asRequest.path ? { path: e.asRequest.path } : {}) })).toEqual(
        [],
      );
    }
  });

  it.each(otherRoutes.map((e) => [`${e.file} (${e.method} ${e.path}: ${e.reason})`, e] as const))(
    'leaves %s to another part',
    (_name, e) => {
      const matched = razorpay.match(e.method, `/v1${e.path}`);
      expect(CUSTOMER_OPERATIONS as readonly string[]).not.toContain(matched?.info.operationId);
    },
  );
});
