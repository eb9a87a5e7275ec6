// @ts-check
import { apiDefinition } from '../apis/index.mjs';
import { renderSdk } from './sdk-template.mjs';

/**
 * generated/strict-client.ts, shared by every generated client: openapi-fetch infers `init` as a type parameter,
 * which switches off TypeScript's excess-property check, so a misspelt or unknown body field would compile;
 * typing `init` from the path restores it.
 */
export const STRICT_CLIENT_SOURCE = `import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];
type Init<PathItem, Method extends HttpMethod> = MaybeOptionalInit<PathItem, Method & keyof PathItem>;
type Operation<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op extends Record<string | number, any> } ? Op : never;
type StrictMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>>(
  url: Path,
  ...init: undefined extends Init<Paths[Path], Method> ? [init?: Init<Paths[Path], Method>] : [init: Init<Paths[Path], Method>]
) => Promise<FetchResponse<Operation<Paths[Path], Method>, Init<Paths[Path], Method>, \`\${string}/\${string}\`>>;

/** An openapi-fetch client whose request methods reject unknown fields. */
export type StrictClient<Paths extends {}> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: StrictMethod<Paths, Method>;
};
`;

const IMPORTS = `import createClient from 'openapi-fetch';
import type { StrictClient } from '../strict-client.js';
import type { paths } from './types.js';

export type { StrictClient };
export type { components, operations, paths } from './types.js';

`;

/** What a client with an SDK imports besides: the runtime the SDK class runs on (SDK_RUNTIME_FILE). */
const SDK_IMPORTS = `import { createTransport, isRecord, type Failure, type Narrowed, type TransportOptions } from '../sdk-runtime.js';
import type { components, operations } from './types.js';

export type { Failure, Narrowed, RetryOptions, TransportOptions } from '../sdk-runtime.js';

`;

/** The SDK runtime's source, copied to generated/sdk-runtime.ts (type-checked and linted where it is written). */
export const SDK_RUNTIME_FILE = new URL('./templates/sdk-runtime.ts', import.meta.url);

/**
 * Source of generated/<api>/client.ts: an openapi-fetch client typed by `./types.js`, with the API's
 * authentication (and, for Juspay, form encoding) built in, as its registry module writes it, and, for an API
 * with an SDK, the SDK class on top of it (sdk-template.mjs). The default base URL is the spec's first server
 * (production); pass `baseUrl` for a sandbox or a mock.
 * @param {string} apiName
 * @param {Record<string, any>} document the bundled description
 * @returns {string}
 */
export function renderClient(apiName, document) {
  const baseUrl = document.servers?.[0]?.url;
  if (typeof baseUrl !== 'string') throw new Error(`${apiName}: the spec has no servers[0].url to default the client to`);
  const { client } = apiDefinition(apiName);
  if (!client.sdk) return IMPORTS + client.source(baseUrl);
  return IMPORTS + SDK_IMPORTS + client.source(baseUrl) + client.sdk.source(document) + renderSdk(apiName, document, client.sdk);
}
