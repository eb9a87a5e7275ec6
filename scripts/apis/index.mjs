// @ts-check
/**
 * The registry of APIs: everything the build, the mocks, conformance, the diff and the tests know about each API
 * beyond its spec, in one module per API. The spec itself (spec/<name>/openapi.yaml, bundled as
 * generated/<name>/openapi.json) holds the rest: base URLs (`servers`), security schemes, error examples.
 * Adding an API is a spec folder, a module here and its line in API_DEFINITIONS (see CONTRIBUTING.md).
 */
import gateway from './gateway.mjs';
import juspay from './juspay.mjs';
import razorpay from './razorpay.mjs';

/** @typedef {import('../lib/contract.ts').Violation} Violation */

/**
 * An answer the mock builds itself; `body` undefined means an empty body.
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} ErrorReply
 */

/**
 * Looks up a named example of the API's spec: the first example of `status` that satisfies `predicate`,
 * in one operation or in any; a spec without one is a contract bug, reported with what was looked for.
 * @typedef {(status: number, what: string, predicate: (value: any) => boolean) => unknown} ExampleFinder
 */

/**
 * The first documented example of one operation's answer that satisfies `predicate`, if any.
 * @typedef {(predicate: (value: any) => boolean) => unknown} OperationExamples
 */

/**
 * @typedef {object} ApiAuth
 * @property {Record<string, string>} sampleCredentials Credentials the mocks accept, clearly fake; for tests, benchmarks and the docs' "try it".
 * @property {(credentials: Record<string, string>) => Record<string, string>} headers The request headers that present `credentials`.
 * @property {(headers: import('node:http').IncomingHttpHeaders) => string | undefined} check Why the headers are refused (a key of `rejections`), or undefined.
 * @property {Record<string, (value: any) => boolean>} rejections For each refusal, how to recognise its 401 example in the spec.
 * @property {(headers: Record<string, string | undefined>) => string} account The account accepted credentials act for
 *   (lower-case header names): the sandbox keeps one state per account.
 */

/**
 * @typedef {object} ApiErrors
 * @property {(violations: Violation[], find?: OperationExamples) => ErrorReply} invalidRequest The answer to a request the
 *   contract refuses; `find` reads the refused operation's documented 400 bodies, where the vendor's own answer may be.
 * @property {(find: ExampleFinder) => (method: string, path: string, methodKnown: boolean) => ErrorReply} unknownRoute
 *   How the API answers a path it does not serve (`methodKnown`: the path exists with another method).
 * @property {(body: any) => any} [withFreshIds] An error body with what identifies one request made new (the
 *   gateway's `request_id`): the spec's examples, which the sandbox answers, hold constants there.
 */

/**
 * @typedef {object} ApiClient
 * @property {string} factory Name of the generated client's factory, e.g. `createRazorpayClient`.
 * @property {string} factoryOptions The options a docs sample passes, reading secrets from the environment.
 * @property {string} variable The docs samples' variable name for the client.
 * @property {string[]} curlAuth curl arguments that authenticate, reading secrets from environment variables.
 * @property {string[]} clientHeaders Header parameters the client sends itself; the TypeScript samples leave them out.
 * @property {(baseUrl: string) => string} source The client's own part of generated/<name>/client.ts (after the shared imports).
 * @property {ApiSdk} [sdk] The SDK class generated from the spec's `x-sdk` annotations, for an API that has one.
 */

/**
 * @typedef {object} ApiSdk
 * @property {string} className e.g. `CloudlessPayment`; `source` defines `<className>Options`, `<className>Error` and
 *   `connect(options)`, which returns the generated client and the transport's `send` (generated/sdk-runtime.ts).
 * @property {string} variable The docs samples' variable name for the SDK object, e.g. `cloudlesspay`.
 * @property {string} options The options a docs sample passes, reading secrets from the environment.
 * @property {(document: Record<string, any>) => string} source The API's own part of the SDK, from its bundled description.
 */

/**
 * How an API signs and identifies the webhooks it sends (its spec's top-level `webhooks` describes them).
 * @typedef {object} ApiWebhooks
 * @property {string} signatureHeader The header carrying the signature, lower case.
 * @property {string} eventIdHeader The header carrying the event's id, lower case.
 * @property {string} userAgent The `User-Agent` of the vendor's deliveries.
 * @property {number} timeoutMs How long the vendor waits for the receiver's answer before it counts a failure.
 * @property {RegExp} eventIdPattern The shape of an event id.
 * @property {() => string} newEventId A fresh, random event id of that shape.
 * @property {(body: string | Buffer, secret: string) => string} sign The signature of a raw body, as the header carries it.
 * @property {(body: string | Buffer, signature: string | undefined, secret: string) => boolean} verify
 *   Whether `signature` is the raw body's, compared in constant time.
 */

/**
 * @typedef {object} ApiDefinition
 * @property {string} name The folder name under spec/ and generated/, and the package subpath (`cloudlesspay-contracts/<name>`).
 * @property {string} title Human name, e.g. `Razorpay`.
 * @property {string} alias The API's key under `apis` in redocly.yaml, e.g. `razorpay@v1`.
 * @property {number} defaultPort The mock's port (`MOCK_<NAME>_PORT` overrides it).
 * @property {string[]} pathPrefixes Paths that identify the API in recorded traffic whose URL has no known host.
 * @property {ApiAuth} auth
 * @property {ApiErrors} errors
 * @property {ApiClient} client
 * @property {ApiWebhooks} [webhooks] Only for an API that sends webhooks.
 * @property {ApiPostman} postman How the Postman collection and the portal's "Try it" present the credentials.
 */

/**
 * The credentials as Postman environment variables, named after the keys of `auth.sampleCredentials` (the sandbox
 * environment holds those values, the production one leaves them empty), and the shell variables of `curlAuth`.
 * @typedef {object} ApiPostman
 * @property {{ basic: { username: string, password?: string } } | { apikey: { header: string, variable: string } }} auth
 *   Basic with the variables' values as user name and password (no `password`: empty), or an API key header.
 * @property {Record<string, string>} [headers] Header parameters that carry a credential: header → variable.
 * @property {Record<string, string>} shellVariables The shell variables `client.curlAuth` reads: name → variable.
 * @property {string} accepts What the sandbox accepts, in a sentence, for the portal's "Try it".
 * @property {import('../build/postman/flow.mjs').ExtraStep[]} [steps] Requests a run needs that the spec cannot hold.
 * @property {Record<string, Record<string, any>>} [bodies] Per operationId, fields that replace those of its first
 *   example body in the collection, where the example cannot be sent as it stands (a date now in the past).
 */

/** Every API, in the order the tools list them. */
export const API_DEFINITIONS = /** @type {const} */ ([gateway, razorpay, juspay]);

/** @typedef {(typeof API_DEFINITIONS)[number]['name']} ApiName The name of an API of the registry. */

/** Their names. @type {readonly ApiName[]} */
export const API_NAMES = Object.freeze(API_DEFINITIONS.map((definition) => definition.name));

/**
 * Whether `name` is the name of an API of the registry.
 * @param {string} name
 * @returns {name is ApiName}
 */
export const isApiName = (name) => /** @type {readonly string[]} */ (API_NAMES).includes(name);

/**
 * The definition of `name`, or an error that lists the known ones.
 * @param {string} name
 * @returns {ApiDefinition}
 */
export function apiDefinition(name) {
  const found = /** @type {readonly ApiDefinition[]} */ (API_DEFINITIONS).find((definition) => definition.name === name);
  if (!found) throw new Error(`unknown API "${name}" (known: ${API_NAMES.join(', ')})`);
  return found;
}

/**
 * The environment variable that overrides the API's mock port: `MOCK_<NAME>_PORT`.
 * @param {ApiDefinition} definition
 */
export const portVariable = (definition) => `MOCK_${definition.name.toUpperCase()}_PORT`;

/**
 * The bundled description of an API: `generated/<name>/openapi.json` under `root`.
 * @param {string} name
 * @param {string} [dir] the folder holding `<name>/openapi.json`, default `generated`
 */
export const bundlePath = (name, dir = 'generated') => `${dir}/${name}/openapi.json`;
