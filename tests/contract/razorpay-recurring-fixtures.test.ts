/**
 * Every Razorpay fixture in docs/sources/fixtures/razorpay that belongs to an operation of the
 * recurring-card flow (issue 7) checked against the bundled Razorpay spec: response bodies against their
 * operation and status, request mocks as requests of their operation (operation and status per
 * fixtures/MANIFEST.md).
 *
 * - Official doc samples (`docs_recurring_cards_*`, node `documents/*.md`) are server output and must validate,
 *   including their doc artefacts that the spec accepts on purpose (`"currency": ""`, `"notes": []`).
 * - SDK mocks in the server's shape (ruby/python fixtures) must validate too.
 * - SDK artefacts that are not server output are listed in ARTEFACTS with the reason, and must FAIL at the
 *   named pointer; files that are not JSON at all are listed in UNPARSEABLE and must fail to parse.
 *
 * Not covered here (no operation of this flow): the customers/tokens fixtures, and the generic error mocks
 * recorded on other routes (`GET /payments` list: python 400/500/504; node `FIXTURES.error`; ruby/python
 * `bad_request_error.json`) — the customers contract tests own those.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import type { RecurringOperation } from './razorpay-operations.ts';

type Operation = RecurringOperation;

const FIXTURE_DIR = fileURLToPath(new URL('../../docs/sources/fixtures/razorpay/', import.meta.url));

/** Response fixture → the operations and statuses it is a body for. */
const RESPONSES: Record<string, Array<[Operation, number]>> = {
  'docs_recurring_cards_create_authorization_transaction__1_1_2_create_an_order_response.json': [['createOrder', 200]],
  'docs_recurring_cards_create_authorization_transaction__1_2_1_create_a_registration_link_response.json': [
    ['createRegistrationLink', 200],
  ],
  'docs_recurring_cards_create_subsequent_payments__3_1_create_an_order_to_charge_the_customer_failure_response.json': [
    ['createOrder', 400],
  ],
  'docs_recurring_cards_create_subsequent_payments__3_1_create_an_order_to_charge_the_customer_success_response.json': [
    ['createOrder', 200],
  ],
  'docs_recurring_cards_create_subsequent_payments__3_2_create_a_recurring_payment_failure_response.json': [
    ['createRecurringPayment', 400],
  ],
  'docs_recurring_cards_create_subsequent_payments__3_2_create_a_recurring_payment_success_response.json': [
    ['createRecurringPayment', 200],
  ],
  'docs_recurring_cards_create_subsequent_payments__3_3_fetch_an_order_with_id_failure.json': [['fetchOrder', 400]],
  // A fetched order has the same shape as a created one.
  'docs_recurring_cards_create_subsequent_payments__3_3_fetch_an_order_with_id_success.json': [
    ['fetchOrder', 200],
    ['createOrder', 200],
  ],
  'docs_recurring_cards_tokens__2_1_fetch_token_by_payment_id_response.json': [['fetchPayment', 200]],
  'node__documents_token__fetch_token_by_payment_id.json': [['fetchPayment', 200]],
  // Orders with offers, in each shape Razorpay sends (RazorpayOrderOffers): ids with and without `offer_id`, an
  // empty collection, `offers_applied` with `expand[]=offers`, a Magic Checkout `placed` order.
  'go__documents_order__fetch_order_with_offer.json': [['fetchOrder', 200]],
  'docs_offers_standard_integration__create_order_with_offers.json': [['createOrder', 200]],
  'docs_route_create_transfers_orders__create_order.json': [['createOrder', 200]],
  'docs_offers_s2s_integration__fetch_order_expand_offers.json': [['fetchOrder', 200]],
  'docs_magic_checkout__fetch_order_cod.json': [['fetchOrder', 200]],
  // The order entity of webhooks is the entity the API returns.
  'docs_webhooks_invoices__invoice_paid_order_entity.json': [['fetchOrder', 200]],
  // SDK mocks in the server's shape.
  'python__fake_create_recurring.json': [['createRecurringPayment', 200]],
  'python__fake_registration_link.json': [['createRegistrationLink', 200]],
  'ruby__fake_card.json': [['fetchCard', 200]],
  'ruby__fake_card_reference.json': [['requestCardReference', 200]],
  'ruby__fake_recurring.json': [['createRecurringPayment', 200]],
  // A cancelled registration link is the same invoice entity, and so is a fetched one.
  'ruby__fake_subscription_registration.json': [
    ['createRegistrationLink', 200],
    ['cancelInvoice', 200],
    ['fetchInvoice', 200],
  ],
  // The manifest: ruby mocks invoice notify with this body.
  'ruby__success.json': [['notifyInvoice', 200]],
};

/** Request mocks → their operation. */
const REQUESTS: Record<string, Operation> = {
  'python__init_create_recurring.json': 'createRecurringPayment',
  'python__init_registration_link.json': 'createRegistrationLink',
};

/**
 * Hand-written mocks that are not strict JSON (trailing comma) but whose content is a body the server may send:
 * the spec accepts it once the comma is gone. python's `fake_card.json` has a numeric `last4`; the spec accepts
 * a number there because a response schema must not reject a plausible body over its number/string type.
 */
const TRAILING_COMMA_MOCKS: Array<{ file: string; operation: Operation; status: number }> = [
  { file: 'python__fake_card.json', operation: 'fetchCard', status: 200 },
];

/**
 * Bodies of the order entity's relatives that are not an Orders API response, and must fail where they differ:
 * the internal-shaped order of the `payment_link.paid` webhook has no `entity` (its `offers: {}` is accepted).
 */
const NOT_ORDER_RESPONSES: Array<{ file: string; pointer: string; why: string }> = [
  {
    file: 'docs_webhooks_payment_links__payment_link_paid_order_entity.json',
    pointer: '/entity',
    why: 'internal shape: no `entity`, id without `order_`',
  },
];

/** Files that are not JSON at all, and why. */
const UNPARSEABLE: Record<string, string> = {
  'python__fake_reference_card.json': "the file is the Python expression `mock_file('fake_card')`, not a body",
};

const read = (name: string): string => readFileSync(FIXTURE_DIR + name, 'utf8');
/** Parses the python mocks' trailing-comma JSON, so the rest of the body can still be checked. */
const parseLenient = (text: string): unknown => JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));

describe('Razorpay recurring-card fixtures', () => {
  let razorpay: Contract;
  beforeAll(() => {
    razorpay = Contract.load('razorpay');
  });

  const responses = Object.entries(RESPONSES).flatMap(([file, targets]) =>
    targets.map(([operation, status]) => [file, operation, status] as const),
  );

  it.each(responses)('%s is a valid %s %i response', (file, operation, status) => {
    expect(razorpay.validateResponse(operation, status, JSON.parse(read(file)))).toEqual([]);
  });

  it.each(Object.entries(REQUESTS))('%s is a valid %s request', (file, operation) => {
    expect(razorpay.validateRequest(operation, { body: JSON.parse(read(file)) })).toEqual([]);
  });

  it.each(TRAILING_COMMA_MOCKS.map((m) => [m.file, m] as const))('%s is not strict JSON but a valid body', (_file, mock) => {
    const text = read(mock.file);
    expect(() => JSON.parse(text), 'not strict JSON').toThrow(SyntaxError);
    expect(razorpay.validateResponse(mock.operation, mock.status, parseLenient(text))).toEqual([]);
  });

  it.each(NOT_ORDER_RESPONSES.map((entry) => [entry.file, entry] as const))('%s is not an order response', (_file, entry) => {
    const violations = razorpay.validateResponse('fetchOrder', 200, JSON.parse(read(entry.file)));
    expect(
      violations.map((v) => v.pointer),
      entry.why,
    ).toEqual([entry.pointer]);
  });

  it('accepts every shape of `offers` and refuses anything else there', () => {
    const order = JSON.parse(read('go__documents_order__fetch_order_with_offer.json'));
    for (const offers of [
      ['offer_JTUADI4ZWBGWur'],
      { entity: 'collection', count: 0, items: [] },
      { entity: 'collection', count: 1, items: [{ id: 'offer_JTUADI4ZWBGWur' }] },
      {},
      null,
    ]) {
      expect(razorpay.validateResponse('fetchOrder', 200, { ...order, offers }), JSON.stringify(offers)).toEqual([]);
    }
    for (const offers of ['offer_JTUADI4ZWBGWur', 5, { count: 0 }, [5]]) {
      expect(razorpay.validateResponse('fetchOrder', 200, { ...order, offers }), JSON.stringify(offers)).not.toEqual([]);
    }
    const { offer_id: _dropped, ...withoutOfferId } = order;
    expect(razorpay.validateResponse('fetchOrder', 200, withoutOfferId)).toEqual([]);
  });

  it.each(Object.keys(UNPARSEABLE))('%s is excluded: not JSON', (file) => {
    expect(() => parseLenient(read(file))).toThrow(SyntaxError);
  });

  it('the docs samples still carry the artefacts the spec accepts on purpose', () => {
    const order = JSON.parse(read('docs_recurring_cards_create_subsequent_payments__3_3_fetch_an_order_with_id_success.json'));
    expect(order).toMatchObject({ currency: '', notes: [] });
    // …and the spec rejects that empty currency in requests.
    const violations = razorpay.validateRequest('createOrder', { body: { amount: 100, currency: '' } });
    expect(violations).toContainEqual(expect.objectContaining({ pointer: '/currency', keyword: 'pattern' }));
  });

  it('the failure samples are rejected as success bodies', () => {
    const failure = JSON.parse(
      read('docs_recurring_cards_create_subsequent_payments__3_2_create_a_recurring_payment_failure_response.json'),
    );
    expect(razorpay.validateResponse('createRecurringPayment', 200, failure)).toContainEqual(
      expect.objectContaining({ pointer: '/razorpay_payment_id', keyword: 'required' }),
    );
  });
});
