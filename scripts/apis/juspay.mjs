// @ts-check
/**
 * Juspay Express Checkout (api.juspay.in): HTTP Basic with the API key as user name, form bodies with flat keys,
 * a bare 404 for unknown URLs, and two error shapes (the flat legacy one for missing mandatory fields).
 */
import { basicCredentials, basicHeader, fieldOf, leading } from './shared.mjs';

const BASIC = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i;

export default /** @satisfies {import('./index.mjs').ApiDefinition} */ ({
  name: /** @type {const} */ ('juspay'),
  title: 'Juspay',
  alias: 'juspay@v1',
  defaultPort: 4012,
  pathPrefixes: ['/customers'],
  auth: {
    sampleCredentials: { apiKey: '00000000000000000000000000000000', merchantId: 'merchant_id' },
    // The Node SDK's form (no colon); the server and the mocks also accept `apiKey:`. The merchant id travels as
    // the `x-merchantid` header parameter the operations document, not as a credential.
    headers: ({ apiKey }) => ({ authorization: basicHeader(apiKey ?? '') }),
    check(headers) {
      // Juspay issues hexadecimal keys; the mocks accept any key of letters and digits, anything else is refused
      // like a wrong key.
      const credentials = basicCredentials(headers.authorization, BASIC);
      if (!credentials || !/^[A-Za-z0-9]+$/.test(credentials.user)) return 'accessDenied';
      // A merchant id with a colon could name the API key's own account (`key:<key>`, below): refused like a
      // merchant the key does not belong to, so that no caller reaches another key's customers.
      return String(headers['x-merchantid'] ?? '').includes(':') ? 'accessDenied' : undefined;
    },
    // Customers belong to the merchant the `x-merchantid` header names; without it, to the API key's merchant.
    account: (headers) => headers['x-merchantid'] || `key:${basicCredentials(headers.authorization, BASIC)?.user ?? ''}`,
    rejections: { accessDenied: (value) => value?.error_code === 'access_denied' },
  },
  errors: {
    invalidRequest(violations) {
      const violation = leading(violations);
      if (violation.keyword === 'required') {
        // Juspay's answer to a missing mandatory field is the flat legacy shape (recorded in the spec).
        const message = violation.vendorMessage ?? 'Mandatory fields are missing';
        return { status: 400, body: { status: 'error', error_message: message, error_code: message } };
      }
      const fields = [...new Set(violations.map(fieldOf).filter(Boolean))];
      const field = fieldOf(violation);
      return {
        status: 400,
        body: {
          status: 'Invalid Request',
          error_code: 'Invalid Request',
          error_message: violation.vendorMessage ?? `Wrong value in ${field || 'request'}`,
          error_info: {
            user_message: 'Invalid request params. Please verify your input.',
            fields: fields.map((name) => ({ field_name: name, reason: 'Invalid value.' })),
            developer_message: 'Invalid request params',
            code: 'INVALID_INPUT',
            category: 'USER_ERROR',
          },
        },
      };
    },
    // Juspay documents a bare 404 for a wrong endpoint.
    unknownRoute: () => () => ({ status: 404, body: undefined }),
  },
  postman: {
    auth: { basic: { username: 'apiKey' } },
    headers: { 'x-merchantid': 'merchantId' },
    shellVariables: { JUSPAY_API_KEY: 'apiKey' },
    accepts: 'HTTP Basic with any API key of letters and digits and an empty password; customers are kept per x-merchantid',
  },
  client: {
    factory: 'createJuspayClient',
    factoryOptions: '{ apiKey: process.env.JUSPAY_API_KEY!, merchantId: process.env.JUSPAY_MERCHANT_ID! }',
    variable: 'juspay',
    curlAuth: ['--user "$JUSPAY_API_KEY:"'],
    clientHeaders: ['x-merchantid', 'version'],
    source: (baseUrl) => `export interface JuspayClientOptions {
  apiKey: string;
  /** Sent as \`x-merchantid\` on every request, so calls need not repeat it. */
  merchantId: string;
  /** API version date (\`YYYY-MM-DD\`), sent as the \`version\` header when given. */
  version?: string;
  /** Defaults to production, ${baseUrl}. */
  baseUrl?: string;
}

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type ClientHeaders = 'x-merchantid' | 'version';
type WithClientHeaders<Header> = Omit<Header, ClientHeaders> & Partial<Pick<Header, Extract<keyof Header, ClientHeaders>>>;
/** An operation whose \`x-merchantid\`/\`version\` headers the client supplies, so they become optional. */
type WithoutClientHeaders<Operation> = Operation extends { parameters: { header: infer Header } }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Operation['parameters'], 'header'> &
        (RequiredKeys<Omit<Header, ClientHeaders>> extends never
          ? { header?: WithClientHeaders<Header> }
          : { header: WithClientHeaders<Header> });
    }
  : Operation;
/** \`paths\` as seen through the client: headers it sets for you are optional. */
export type JuspayClientPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: WithoutClientHeaders<paths[Path][Method]> };
};

/**
 * Juspay takes \`application/x-www-form-urlencoded\` bodies with flat keys (\`options.get_client_auth_token\`
 * is one literal key, not a nested object).
 */
function formBody(body: unknown): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') throw new TypeError(\`Juspay form field "\${key}" must be a string, number or boolean\`);
    form.append(key, String(value));
  }
  return form.toString();
}

/**
 * A typed client for Juspay. Authentication is HTTP Basic with the API key as user name and an empty
 * password: \`base64(apiKey + ':')\`, as RFC 7617 and \`curl -u key:\` send it (Juspay's docs: "username = API
 * key, password = empty"; its Node SDK omits the colon and the server accepts both forms).
 */
export function createJuspayClient({ apiKey, merchantId, version, baseUrl = '${baseUrl}' }: JuspayClientOptions): StrictClient<JuspayClientPaths> {
  const headers: Record<string, string> = { Authorization: \`Basic \${btoa(\`\${apiKey}:\`)}\`, 'x-merchantid': merchantId };
  if (version !== undefined) headers.version = version;
  const client = createClient<JuspayClientPaths>({ baseUrl, headers, bodySerializer: formBody });
  client.use({
    onRequest({ request }) {
      // openapi-fetch labels every body JSON; these bodies are forms.
      if (request.body !== null) request.headers.set('Content-Type', 'application/x-www-form-urlencoded');
      return request;
    },
  });
  return client as unknown as StrictClient<JuspayClientPaths>;
}
`,
  },
});
