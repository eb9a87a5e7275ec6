// @ts-check
/**
 * The CloudlessPayment gateway (www.cloudlesspayment.com/api): an `x-api-key` header and one error envelope,
 * `{"status": "error", "error": {"code", "message", "details"?}}`.
 */

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
      const seen = new Set();
      const details = violations.flatMap((violation) => {
        const field = violation.pointer.split('/').filter(Boolean).join('.');
        const message = violation.vendorMessage ?? violation.message;
        const key = `${field}\n${message}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ field: field || 'body', message }];
      });
      return { status: 400, body: { status: 'error', error: { code: 'VALIDATION_FAILED', message: 'The request is invalid', details } } };
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
  client: {
    factory: 'createGatewayClient',
    factoryOptions: '{ apiKey: process.env.CLOUDLESSPAY_API_KEY! }',
    variable: 'gateway',
    curlAuth: ['--header "x-api-key: $CLOUDLESSPAY_API_KEY"'],
    clientHeaders: ['x-api-key'],
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
