// @ts-check
import { BuildError } from '../build/build-error.mjs';
import { leading } from './shared.mjs';
import { HEX, randomChars } from '../lib/random-chars.mjs';

/**
 * The CloudlessPayment gateway (www.cloudlesspayment.com/api): an `x-api-key` header and one error envelope,
 * `{"status": "error", "error": {"code", "message", "details"?}}`.
 */

/**
 * The codes of the gateway's error envelope: the tags of `ErrorResponse.error`, whose discriminator maps every
 * code (CONTRIBUTING.md: a tagged union has an explicit `mapping`).
 * @param {Record<string, any>} document the bundled description
 * @returns {string[]}
 */
function documentedErrorCodes(document) {
  const mapping = document.components?.schemas?.ErrorResponse?.properties?.error?.discriminator?.mapping;
  if (!mapping)
    throw new BuildError(
      'gateway: components.schemas.ErrorResponse.properties.error has no discriminator mapping to read the error codes from',
    );
  return Object.keys(mapping);
}

/**
 * The gateway-specific part of the SDK (generated/gateway/client.ts, before the classes built from `x-sdk`):
 * its options, its error class, which reads the error envelope, and `connect`, which the SDK class calls.
 * @param {string[]} codes the documented `error.code` values
 * @param {string} baseUrl the production base URL, the spec's first server
 */
const sdkSource = (codes, baseUrl) => `
type ErrorObject = components['schemas']['ErrorResponse']['error'];
/** The values of \`Key\` across the members of the error union that have it. */
type ErrorField<Member, Key extends string> = Member extends unknown ? (Key extends keyof Member ? Exclude<Member[Key], undefined> : never) : never;

/** The codes the gateway documents (\`error.code\`). */
const DOCUMENTED_CODES: ReadonlySet<string> = new Set([${codes.map((code) => JSON.stringify(code)).join(', ')}]);

/**
 * Why a call failed: a code of the gateway's error envelope, or one of the SDK's own — \`NETWORK_ERROR\` (no
 * answer: DNS, connection refused or reset), \`TIMEOUT\` (no complete answer within \`timeout\`),
 * \`UNEXPECTED_RESPONSE\` (an answer the contract does not document for the call).
 */
export type CloudlessPaymentErrorCode = ErrorObject['code'] | 'NETWORK_ERROR' | 'TIMEOUT' | 'UNEXPECTED_RESPONSE';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The error object of an answer that is the documented error envelope, else undefined. */
function documentedError(failure: Failure): Record<string, unknown> | undefined {
  if (failure.kind !== 'answer' || failure.expected !== undefined || !isRecord(failure.body) || failure.body.status !== 'error') return undefined;
  const error = failure.body.error;
  return isRecord(error) && typeof error.code === 'string' && DOCUMENTED_CODES.has(error.code) ? error : undefined;
}

function describe(failure: Failure, envelope: Record<string, unknown> | undefined): string {
  const { method, url } = failure.request;
  switch (failure.kind) {
    case 'network':
      return \`\${method} \${url} got no answer: \${failure.cause instanceof Error ? failure.cause.message : String(failure.cause)}\`;
    case 'timeout':
      return \`\${method} \${url} got no complete answer within \${failure.timeout} ms\`;
    case 'answer':
      if (envelope) return text(envelope.message) ?? String(envelope.code);
      if (failure.expected !== undefined) {
        return \`\${method} \${url} answered \${failure.status} with a body other than the call's success envelope (\${failure.expected})\`;
      }
      return \`\${method} \${url} answered \${failure.status}, which the contract does not document\`;
  }
}

/** What every \`CloudlessPayment\` call rejects with. */
export class CloudlessPaymentError extends Error {
  override readonly name = 'CloudlessPaymentError';
  /** The HTTP status; undefined when no answer arrived (\`NETWORK_ERROR\`, \`TIMEOUT\`). */
  readonly status: number | undefined;
  readonly code: CloudlessPaymentErrorCode;
  /** \`VALIDATION_FAILED\`: one entry per invalid field. */
  readonly details: ErrorField<ErrorObject, 'details'> | undefined;
  /** \`VENDOR_ERROR\`, \`CUSTOMER_NOT_FOUND\`: the vendor the key is bound to. */
  readonly vendor: ErrorField<ErrorObject, 'vendor'> | undefined;
  /** \`VENDOR_ERROR\`: the HTTP status the vendor answered with. */
  readonly vendorStatus: ErrorField<ErrorObject, 'vendor_status'> | undefined;
  /** \`VENDOR_ERROR\`, \`CUSTOMER_NOT_FOUND\`: the vendor's own error body, verbatim (narrow on \`vendor\`). */
  readonly vendorError: ErrorField<ErrorObject, 'vendor_error'> | undefined;
  /** The gateway's id for the request, to quote to support. */
  readonly requestId: string | undefined;
  /** The answer's body as received (parsed JSON); undefined when no answer arrived or it was not JSON. */
  readonly body: unknown;
  /** The request that failed. */
  readonly request: Failure['request'];

  constructor(failure: Failure) {
    super(describe(failure, documentedError(failure)), failure.kind === 'answer' ? {} : { cause: failure.cause });
    const envelope = documentedError(failure);
    this.request = failure.request;
    this.status = failure.kind === 'answer' ? failure.status : undefined;
    this.body = failure.kind === 'answer' ? failure.body : undefined;
    this.code = envelope
      ? (envelope.code as ErrorObject['code'])
      : failure.kind === 'network'
        ? 'NETWORK_ERROR'
        : failure.kind === 'timeout'
          ? 'TIMEOUT'
          : 'UNEXPECTED_RESPONSE';
    // The envelope's fields are typed by the contract, which the documented envelope follows.
    this.details = envelope?.details as this['details'];
    this.vendor = envelope?.vendor as this['vendor'];
    this.vendorStatus = envelope?.vendor_status as this['vendorStatus'];
    this.vendorError = envelope?.vendor_error as this['vendorError'];
    this.requestId = text(envelope?.request_id);
  }
}

export interface CloudlessPaymentOptions extends TransportOptions {
  /** Your CloudlessPayment API key, sent as \`x-api-key\`. */
  key: string;
  /** Defaults to production, ${baseUrl}. */
  baseUrl?: string;
}

/** The generated client and the transport a \`CloudlessPayment\` sends its calls with. */
function connect(options: CloudlessPaymentOptions) {
  if (!isRecord(options)) throw new TypeError('CloudlessPayment options must be an object: { key: "Your-API-key" }');
  if (typeof options.key !== 'string' || options.key.trim() === '') {
    throw new TypeError('CloudlessPayment options.key must be your API key, a non-empty string');
  }
  if (options.baseUrl !== undefined && (typeof options.baseUrl !== 'string' || !URL.canParse(options.baseUrl))) {
    throw new TypeError(\`CloudlessPayment options.baseUrl must be an absolute URL, got \${String(options.baseUrl)}\`);
  }
  const client = createGatewayClient({ apiKey: options.key, ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}) });
  return { client, send: createTransport(options, 'CloudlessPayment options', (failure) => new CloudlessPaymentError(failure)) };
}
`;

/** The id the gateway gives one request, quoted to support (`error.request_id`): `req_` + 16 hex digits. */
export const newRequestId = () => `req_${randomChars(16, HEX)}`;

/**
 * The gateway's VALIDATION_FAILED (400): for a request its limits refuse, and in the sandbox for one the bound
 * vendor cannot take.
 * @param {string} message
 * @param {{ field: string, message: string }[]} details one entry per invalid field
 */
export function validationFailed(message, details) {
  return { status: 400, body: { status: 'error', error: { code: 'VALIDATION_FAILED', message, details, request_id: newRequestId() } } };
}

/**
 * A violation as one `details` message: the spec's text (`x-error-messages`), else the check's own, about the field.
 * @param {string} field
 * @param {import('./index.mjs').Violation} violation
 */
function fieldMessage(field, violation) {
  if (violation.vendorMessage) return violation.vendorMessage;
  if (violation.keyword === 'required') return `${field} is required`;
  // The check's text names where it failed first ("/contact must be string", "query parameter id must …").
  const what = violation.message.replace(/^(\(root\)|\/\S*|\w+ parameter \S+) /, '');
  return `${field} ${what}`;
}

export default /** @satisfies {import('./index.mjs').ApiDefinition} */ ({
  name: /** @type {const} */ ('gateway'),
  title: 'CloudlessPay gateway',
  alias: 'gateway@v1',
  defaultPort: 4010,
  pathPrefixes: ['/api/customer/'],
  auth: {
    sampleCredentials: { apiKey: 'cp_test_mock_key' },
    headers: ({ apiKey }) => ({ 'x-api-key': apiKey ?? '' }),
    check: (headers) => {
      const key = headers['x-api-key'];
      return typeof key === 'string' && key.trim() !== '' ? undefined : 'missingApiKey';
    },
    // Each CloudlessPay key is bound to one vendor account (see the spec's "How the vendor is chosen").
    account: (headers) => headers['x-api-key']?.trim() ?? '',
    rejections: { missingApiKey: (value) => value?.error?.code === 'UNAUTHORIZED' && /x-api-key/i.test(value.error.message) },
  },
  errors: {
    invalidRequest(violations) {
      const byField = new Map();
      for (const violation of violations) {
        const field = violation.pointer.split('/').filter(Boolean).join('.') || 'body';
        byField.set(field, [...(byField.get(field) ?? []), violation]);
      }
      // "One entry per invalid field" (GatewayFailure.details): the spec's own text when a failed check has one.
      const details = [...byField].map(([field, failed]) => ({ field, message: fieldMessage(field, leading(failed)) }));
      return validationFailed('The request is invalid', details);
    },
    withFreshIds: (body) => {
      const error = body?.error;
      return error && typeof error.request_id === 'string' ? { ...body, error: { ...error, request_id: newRequestId() } } : body;
    },
    // The gateway documents no answer for paths outside its API; NOT_FOUND is deliberately not one of its
    // documented error codes, so no client mistakes it for CUSTOMER_NOT_FOUND.
    unknownRoute: () => (method, path, methodKnown) => ({
      status: methodKnown ? 405 : 404,
      body: {
        status: 'error',
        error: { code: methodKnown ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND', message: `No route for ${method} ${path}` },
      },
    }),
  },
  postman: {
    auth: { apikey: { header: 'x-api-key', variable: 'apiKey' } },
    shellVariables: { CLOUDLESSPAY_API_KEY: 'apiKey' },
    accepts:
      'any non-empty x-api-key: sandbox_razorpay_<X> is bound to the Razorpay sandbox of key id rzp_test_<X>, sandbox_juspay_<Y> to the Juspay sandbox of merchant <Y>, any other key to a Razorpay account of its own',
  },
  client: {
    factory: 'createGatewayClient',
    factoryOptions: '{ apiKey: process.env.CLOUDLESSPAY_API_KEY! }',
    variable: 'gateway',
    curlAuth: ['--header "x-api-key: $CLOUDLESSPAY_API_KEY"'],
    clientHeaders: ['x-api-key'],
    sdk: {
      className: 'CloudlessPayment',
      variable: 'cloudlesspay',
      options: '{ key: process.env.CLOUDLESSPAY_API_KEY! }',
      source: (document) => sdkSource(documentedErrorCodes(document), document.servers[0].url),
    },
    source: (baseUrl) => `export interface GatewayClientOptions {
  /** Your CloudlessPayment API key, sent as \`x-api-key\`. */
  apiKey: string;
  /** Defaults to production, ${baseUrl}. */
  baseUrl?: string;
}

/** A typed client for the CloudlessPayment gateway; every result narrows on \`vendor\`. */
export function createGatewayClient({ apiKey, baseUrl = '${baseUrl}' }: GatewayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { 'x-api-key': apiKey } }) as unknown as StrictClient<paths>;
}
`,
  },
});
