/**
 * Generated — do not edit.
 * Source: spec/juspay/ (the OpenAPI description); regenerate with `npm run build`.
 */

import createClient from 'openapi-fetch';
import type { StrictClient } from '../strict-client.js';
import type { paths } from './types.js';

export type { StrictClient };
export type { components, operations, paths } from './types.js';

export interface JuspayClientOptions {
  apiKey: string;
  /** Sent as `x-merchantid` on every request, so calls need not repeat it. */
  merchantId: string;
  /** API version date (`YYYY-MM-DD`), sent as the `version` header when given. */
  version?: string;
  /** Defaults to production, https://api.juspay.in. */
  baseUrl?: string;
}

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type ClientHeaders = 'x-merchantid' | 'version';
type WithClientHeaders<Header> = Omit<Header, ClientHeaders> & Partial<Pick<Header, Extract<keyof Header, ClientHeaders>>>;
/** An operation whose `x-merchantid`/`version` headers the client supplies, so they become optional. */
type WithoutClientHeaders<Operation> = Operation extends { parameters: { header: infer Header } }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Operation['parameters'], 'header'> &
        (RequiredKeys<Omit<Header, ClientHeaders>> extends never
          ? { header?: WithClientHeaders<Header> }
          : { header: WithClientHeaders<Header> });
    }
  : Operation;
/** `paths` as seen through the client: headers it sets for you are optional. */
export type JuspayClientPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: WithoutClientHeaders<paths[Path][Method]> };
};

/**
 * Juspay takes `application/x-www-form-urlencoded` bodies with flat keys (`options.get_client_auth_token`
 * is one literal key, not a nested object).
 */
function formBody(body: unknown): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') throw new TypeError(`Juspay form field "${key}" must be a string, number or boolean`);
    form.append(key, String(value));
  }
  return form.toString();
}

/**
 * A typed client for Juspay. Authentication is HTTP Basic with the API key as user name and an empty
 * password: `base64(apiKey + ':')`, as RFC 7617 and `curl -u key:` send it (Juspay's docs: "username = API
 * key, password = empty"; its Node SDK omits the colon and the server accepts both forms).
 */
export function createJuspayClient({ apiKey, merchantId, version, baseUrl = 'https://api.juspay.in' }: JuspayClientOptions): StrictClient<JuspayClientPaths> {
  const headers: Record<string, string> = { Authorization: `Basic ${btoa(`${apiKey}:`)}`, 'x-merchantid': merchantId };
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
