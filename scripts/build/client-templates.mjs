// @ts-check

/**
 * Source of generated/<api>/client.ts: an openapi-fetch client typed by `./types.js`, with the
 * API's authentication (and, for Juspay, form encoding) built in. The vendors' production URLs
 * are the defaults; pass `baseUrl` for a sandbox or a mock.
 * @type {Record<string, () => string>}
 */
const clientTemplates = {
  gateway: () => `${commonImports}
export interface GatewayClientOptions {
  /** Your CloudlessPayment API key, sent as \`x-api-key\`. */
  apiKey: string;
  /** Defaults to production, ${defaultBaseUrls.gateway}. */
  baseUrl?: string;
}

/** A typed client for the CloudlessPayment gateway; every result narrows on \`vendor\`. */
export function createGatewayClient({ apiKey, baseUrl = '${defaultBaseUrls.gateway}' }: GatewayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { 'x-api-key': apiKey } }) as unknown as StrictClient<paths>;
}
`,

  razorpay: () => `${commonImports}
export interface RazorpayClientOptions {
  keyId: string;
  keySecret: string;
  /** Defaults to production, ${defaultBaseUrls.razorpay}. */
  baseUrl?: string;
}

/** A typed client for Razorpay, authenticated with HTTP Basic \`keyId:keySecret\`. */
export function createRazorpayClient({ keyId, keySecret, baseUrl = '${defaultBaseUrls.razorpay}' }: RazorpayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { Authorization: \`Basic \${btoa(\`\${keyId}:\${keySecret}\`)}\` } }) as unknown as StrictClient<paths>;
}
`,

  juspay: () => `${commonImports}
export interface JuspayClientOptions {
  apiKey: string;
  /** Sent as \`x-merchantid\` on every request, so calls need not repeat it. */
  merchantId: string;
  /** API version date (\`YYYY-MM-DD\`), sent as the \`version\` header when given. */
  version?: string;
  /** Defaults to production, ${defaultBaseUrls.juspay}. */
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
export function createJuspayClient({ apiKey, merchantId, version, baseUrl = '${defaultBaseUrls.juspay}' }: JuspayClientOptions): StrictClient<JuspayClientPaths> {
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
};

/** @type {Record<string, string>} */
const defaultBaseUrls = {
  gateway: 'https://www.cloudlesspayment.com/api',
  razorpay: 'https://api.razorpay.com/v1',
  juspay: 'https://api.juspay.in',
};

const commonImports = `import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './types.js';

export type { components, operations, paths } from './types.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];
type Init<PathItem, Method extends HttpMethod> = MaybeOptionalInit<PathItem, Method & keyof PathItem>;
type Operation<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op extends Record<string | number, any> } ? Op : never;
/**
 * openapi-fetch infers \`init\` as a type parameter, which switches off TypeScript's excess-property
 * check, so a misspelt or unknown body field would compile. Typing \`init\` from the path restores it.
 */
type StrictMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>>(
  url: Path,
  ...init: undefined extends Init<Paths[Path], Method> ? [init?: Init<Paths[Path], Method>] : [init: Init<Paths[Path], Method>]
) => Promise<FetchResponse<Operation<Paths[Path], Method>, Init<Paths[Path], Method>, \`\${string}/\${string}\`>>;
/** An openapi-fetch client whose request methods reject unknown fields. */
export type StrictClient<Paths extends {}> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: StrictMethod<Paths, Method>;
};
`;

/**
 * @param {string} apiName
 * @returns {string}
 */
export function renderClient(apiName) {
  const template = clientTemplates[apiName];
  if (!template) {
    throw new Error(`no client template for API "${apiName}" (known: ${Object.keys(clientTemplates).join(', ')})`);
  }
  return template();
}
