// @ts-check
/**
 * Razorpay (api.razorpay.com/v1): HTTP Basic with a key id and secret, Laravel-style error texts, and a 400 —
 * never a 404 — for unknown URLs and methods; webhooks signed with HMAC-SHA256.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { randomChars } from '../lib/random-chars.mjs';
import { matchesTemplate } from '../lib/message-template.mjs';
import { basicCredentials, basicHeader, fieldOf, leading, limitOf } from './shared.mjs';

/** @typedef {import('../lib/contract.ts').Violation} Violation */

/** Razorpay reads only the exact `Basic` scheme (its docs list `BASIC …` and `basic …` as invalid). */
const BASIC = /^Basic ([A-Za-z0-9+/]+={0,2})$/;

/**
 * The key secret of a request's Basic credentials: what Razorpay signs a payment's ids with.
 * @param {Record<string, string | undefined>} headers lower-case names
 */
export const keySecret = (headers) => basicCredentials(headers.authorization, BASIC)?.password ?? '';

/**
 * `razorpay_signature` of a payment: HMAC-SHA256 of `<order id>|<payment id>` with the key secret, hex (docs
 * `payment-gateway/web-integration/standard/integration-steps` §1.5; the SDK's `validatePaymentVerification`).
 * @param {string} orderId
 * @param {string} paymentId
 * @param {string} secret
 */
export const paymentSignature = (orderId, paymentId, secret) =>
  createHmac('sha256', secret).update(`${orderId}|${paymentId}`).digest('hex');

const MESSAGES = {
  missingKey: 'Please provide your api key for authentication purposes.',
  invalidKey: 'The api key provided is invalid',
  missingSecret: 'Please provide secret for authentication',
};

/**
 * Razorpay's (Laravel) wording for rules the spec carries no vendor text for.
 * @param {Violation} violation
 * @param {string} field
 */
function description(violation, field) {
  if (violation.vendorMessage) return violation.vendorMessage;
  switch (violation.keyword) {
    case 'required':
      return field ? `The ${field} field is required.` : 'The request body is required.';
    case 'additionalProperties':
      return `${field} is/are not required and should not be sent`;
    case 'maxLength':
      return `The ${field} may not be greater than ${limitOf(violation)} characters.`;
    case 'minLength':
      return `The ${field} must be at least ${limitOf(violation)} characters.`;
    case 'maximum':
      return `The ${field} may not be greater than ${limitOf(violation)}.`;
    case 'minimum':
      return `The ${field} must be at least ${limitOf(violation)}.`;
    case 'type':
      return `The ${field || 'request body'} must be of the right type: ${violation.message}`;
    default:
      return field ? `The ${field} field is invalid.` : `The request body is invalid: ${violation.message}.`;
  }
}

/**
 * Razorpay's texts for the refusals that depend on the account's data (docs/sources/razorpay.md §3, §4.3, §7), as
 * the sandbox answers them. The last six are the sandbox's wording: Razorpay's own text for these cases is not
 * public.
 */
export const TEXTS = {
  idNotExist: 'The id provided does not exist',
  customerExists: 'Customer already exists for the merchant',
  contactInvalidCountryCode: 'Contact number contains invalid country code',
  amountExceedsMaximum: 'Amount exceeds maximum amount allowed',
  eligibilityNotExist: 'The eligibility  id does not exist.',
  receiptNotUnique: 'Order receipt should be unique.',
  orderAlreadyPaid: 'Order has already been paid',
  invoiceNotPayable: 'Operation not allowed for invoice in {status} status',
  tokenNotRecurring: 'The token is not confirmed for recurring payments',
  amountNotOrderAmount: "The amount must be equal to the order's amount",
  currencyNotOrderCurrency: "The currency must be equal to the order's currency",
  expireByNotFuture: 'The expire_by must be a time in the future',
};

/**
 * Razorpay's 400 body for a request it refuses (server `Error::toPublicArray`: `source`/`step`/`reason` of an input
 * validation failure, `metadata` `{}`, `field` only when one is at fault).
 * @param {string} text the `description`
 * @param {string} [field]
 */
export function badRequest(text, field) {
  return {
    error: {
      code: 'BAD_REQUEST_ERROR',
      description: text,
      source: 'business',
      step: 'payment_initiation',
      reason: 'input_validation_failed',
      metadata: {},
      ...(field ? { field } : {}),
    },
  };
}

/**
 * The 400 the operation documents for a refusal worded `text`, so that `source`, `step`, `reason` and whether
 * `field` is named are Razorpay's for that refusal (a contact error is `business`/`NA`/`invalid_contact_number`, a
 * notes error `NA`/`NA`/`NA`, a malformed id names no field): the example with that description, else one worded
 * by the same `x-error-messages` template (`{unprefixed} is not a valid id`), with this request's description and
 * field. Undefined when the operation documents neither.
 * @param {(predicate: (value: any) => boolean) => unknown} find the operation's documented 400 bodies
 * @param {Violation} violation
 * @param {string} text
 * @param {string} field
 */
function documentedRefusal(find, violation, text, field) {
  const exact = find((value) => value?.error?.description === text);
  if (exact) return structuredClone(exact);
  const template = violation.vendorMessageTemplate;
  if (!template) return undefined;
  const alike = /** @type {any} */ (
    find((value) => typeof value?.error?.description === 'string' && matchesTemplate(value.error.description, template))
  );
  if (!alike) return undefined;
  const error = structuredClone(alike.error);
  return { error: { ...error, description: text, ...('field' in error ? { field } : {}) } };
}

/**
 * Razorpay's webhook signature: HMAC-SHA256 of the raw body, keyed with the webhook's own secret (docs "Validation";
 * razorpay-node `validateWebhookSignature`; fact sheet §9.3).
 * @param {string | Buffer} body
 * @param {string} secret
 */
const webhookHmac = (body, secret) => createHmac('sha256', secret).update(body).digest();

export default /** @satisfies {import('./index.mjs').ApiDefinition} */ ({
  name: /** @type {const} */ ('razorpay'),
  title: 'Razorpay',
  alias: 'razorpay@v1',
  defaultPort: 4011,
  pathPrefixes: ['/v1/'],
  auth: {
    sampleCredentials: { keyId: 'rzp_test_00000000000000', keySecret: 'mock_secret' },
    headers: ({ keyId, keySecret }) => ({ authorization: basicHeader(`${keyId}:${keySecret}`) }),
    check(headers) {
      // Razorpay reads only the exact `Basic` scheme (its docs list `BASIC …` and `basic …` as invalid); a header
      // it cannot read counts as no key at all. The mocks have no accounts: any rzp_test_/rzp_live_ key id with a
      // secret is accepted.
      const credentials = basicCredentials(headers.authorization, BASIC);
      if (!credentials?.user) return 'missingKey';
      if (!/^rzp_(test|live)_[A-Za-z0-9]+$/.test(credentials.user)) return 'invalidKey';
      if (!credentials.password) return 'missingSecret';
      return undefined;
    },
    // Razorpay's data belongs to the merchant account the key id identifies.
    account: (headers) => basicCredentials(headers.authorization, BASIC)?.user ?? '',
    rejections: Object.fromEntries(
      Object.entries(MESSAGES).map(([reason, text]) => [reason, (value) => value?.error?.description === text]),
    ),
  },
  errors: {
    invalidRequest(violations, find = () => undefined) {
      const violation = leading(violations);
      const field = fieldOf(violation);
      const text = description(violation, field);
      return { status: 400, body: documentedRefusal(find, violation, text, field) ?? badRequest(text, field) };
    },
    unknownRoute(find) {
      // Razorpay answers 400, never 404, for unknown URLs and for a method a URL does not support.
      const notFound = find(
        400,
        'an unknown URL',
        (value) => value?.error?.description === 'The requested URL was not found on the server.',
      );
      const badMethod = find(
        400,
        'an unsupported method',
        (value) => value?.error?.description === 'The current http method is not supported',
      );
      return (_method, _path, methodKnown) => ({ status: 400, body: methodKnown ? badMethod : notFound });
    },
  },
  webhooks: {
    signatureHeader: 'x-razorpay-signature',
    eventIdHeader: 'x-razorpay-event-id',
    // Razorpay's server sets it, and both public delivery logs show it (fact sheet §9).
    userAgent: 'Razorpay-Webhook/v1',
    // "must return a status code in the range 2XX within a window of 5 seconds" (fact sheet §9).
    timeoutMs: 5000,
    // Not documented: the shape of every event id seen and of Razorpay's other ids, without their prefix (§9.3).
    eventIdPattern: /^[0-9A-Za-z]{14}$/,
    newEventId: () => randomChars(14),
    sign: (body, secret) => webhookHmac(body, secret).toString('hex'),
    verify(body, signature, secret) {
      // Lower-case hex only, as the SDKs accept it; compared as bytes in constant time (node's SDK uses ===).
      if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false;
      return timingSafeEqual(Buffer.from(signature, 'hex'), webhookHmac(body, secret));
    },
  },
  postman: {
    auth: { basic: { username: 'keyId', password: 'keySecret' } },
    shellVariables: { RAZORPAY_KEY_ID: 'keyId', RAZORPAY_KEY_SECRET: 'keySecret' },
    accepts: 'HTTP Basic with any rzp_test_… or rzp_live_… key id and a non-empty secret (the secret signs payments)',
    // Razorpay's documented registration link expired in 2022; a link that is still open can be sent and cancelled.
    bodies: { createRegistrationLink: { expire_by: 2709971120, subscription_registration: { expire_at: 2709971120 } } },
    steps: [
      {
        // In production the customer pays the authorisation order in Razorpay Checkout, in a browser; the sandbox's
        // control route pays it with a test card, which saves the card as a token the recurring charge can use.
        name: 'Checkout: the customer pays the authorisation order (sandbox only)',
        folder: 'Orders',
        after: 'fetchOrder',
        request: { method: 'POST', path: '/__sandbox/checkout', body: { order_id: '{{order_id}}' } },
        saves: { payment_id: '/razorpay_payment_id' },
      },
      {
        // A charge needs an order of its own (the authorisation order is paid), and receipts are unique.
        name: 'Create the order the recurring charge pays',
        folder: 'Payments',
        before: 'createRecurringPayment',
        operationId: 'createOrder',
        example: 'subsequentChargeOrder',
        body: { receipt: 'Receipt No. 2' },
      },
    ],
  },
  client: {
    factory: 'createRazorpayClient',
    factoryOptions: '{ keyId: process.env.RAZORPAY_KEY_ID!, keySecret: process.env.RAZORPAY_KEY_SECRET! }',
    variable: 'razorpay',
    curlAuth: ['--user "$RAZORPAY_KEY_ID:$RAZORPAY_KEY_SECRET"'],
    clientHeaders: [],
    source: (baseUrl) => `export interface RazorpayClientOptions {
  keyId: string;
  keySecret: string;
  /** Defaults to production, ${baseUrl}. */
  baseUrl?: string;
}

/** A typed client for Razorpay, authenticated with HTTP Basic \`keyId:keySecret\`. */
export function createRazorpayClient({ keyId, keySecret, baseUrl = '${baseUrl}' }: RazorpayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { Authorization: \`Basic \${btoa(\`\${keyId}:\${keySecret}\`)}\` } }) as unknown as StrictClient<paths>;
}
`,
  },
});
