/**
 * One API's request pipeline, independent of HTTP, in the order a vendor's server works: route the vendor's URL
 * layout (the spec's base path, e.g. `/v1`, is part of every path), check the credentials, decode and validate
 * the request with the shared Contract, then hand it to a responder (the sandbox's state, or the documented
 * examples). Every refusal is the vendor's own shape (vendor-replies.ts). The HTTP front (http-front.ts) feeds it
 * what it read off a socket; the gateway sandbox feeds it the calls the gateway makes to a vendor, so that those
 * calls meet the vendor's own checks.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiDefinition } from '../apis/index.mjs';
import type { Contract, Violation } from '../lib/contract.ts';
import { splitUrl, type Query } from '../lib/query.ts';
import { decodeUtf8, dict, parseUntrustedJson, type Dict } from '../lib/untrusted.ts';
import { belowBasePath } from '../lib/url.ts';
import type { VendorReplies } from './vendor-replies.ts';

/** A request as it arrived: the body already read (and within the cap). */
export interface Call {
  method: string;
  /** The request target: path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

/** A request that passed routing, authentication and validation. */
export interface AcceptedRequest {
  /** Lower case. */
  method: string;
  operationId: string;
  /** The request path below the server's base path. */
  path: string;
  pathParams: Dict<string>;
  query: Query;
  /** Header names in lower case. */
  headers: Dict<string>;
  /**
   * The body as the operation's schema reads it: JSON parsed (prototype-free), a form parsed into its fields with
   * values of the schema's types; undefined when empty.
   */
  body: unknown;
  /** The body as it was sent: JSON parsed, a form as its text (what Prism's examples mode reads). */
  rawBody: unknown;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Bytes as they are, anything else sent as JSON; undefined for an empty body. */
  body: Buffer | unknown;
}

export interface Responder {
  respond(request: AcceptedRequest): Promise<Reply>;
}

export type Pipeline = (call: Call) => Promise<Reply>;

/** A body's bytes as a value: JSON parsed (prototype-free) when its type says JSON, other text as text, undefined when empty. */
export function bodyValue(bytes: Buffer, contentType: string | undefined): unknown {
  if (bytes.length === 0) return undefined;
  const text = decodeUtf8(bytes) ?? bytes.toString('latin1');
  if (!contentType?.includes('json')) return text;
  const parsed = parseUntrustedJson(text, 512);
  return parsed.ok ? parsed.value : text;
}

/** A reply's body as a value, whether it holds one or the bytes of a rendered example. */
export const replyValue = (reply: Reply): unknown =>
  Buffer.isBuffer(reply.body) ? bodyValue(reply.body, reply.headers?.['content-type']) : reply.body;

export function flatHeaders(headers: IncomingHttpHeaders): Dict<string> {
  const flat = dict<string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || (mediaType?.endsWith('+json') ?? false);
}

function bodyViolation(message: string, keyword: string): { violation: Violation } {
  return { violation: { in: 'body', pointer: '', keyword, message } };
}

/** The body as the Contract reads it: JSON parsed (prototype-free, depth-limited), anything else (forms) as text. */
function decodeBody(bytes: Buffer, contentType: string | undefined): { body: unknown } | { violation: Violation } {
  if (bytes.length === 0) return { body: undefined };
  const text = decodeUtf8(bytes);
  if (text === undefined) return bodyViolation('the body is not valid UTF-8', 'encoding');
  if (!isJson(contentType)) return { body: text };
  const parsed = parseUntrustedJson(text);
  return parsed.ok
    ? { body: parsed.value }
    : bodyViolation(`the body is ${parsed.message}`, parsed.reason === 'depth' ? 'maxDepth' : 'json');
}

/** The path below the base path, or undefined: `/customers` without `/v1` is not a Razorpay URL, nor `/v1/v1/…`. */
function vendorPath(fullPath: string, basePath: string): string | undefined {
  const below = belowBasePath(fullPath, basePath);
  return below !== undefined && (!basePath || belowBasePath(below, basePath) === undefined) ? below : undefined;
}

export function createPipeline(definition: ApiDefinition, contract: Contract, replies: VendorReplies, responder: Responder): Pipeline {
  const { basePath, router } = contract;
  return async ({ method: rawMethod, url, headers: rawHeaders, bytes }) => {
    const method = rawMethod.toLowerCase();
    const { path: fullPath, query } = splitUrl(url);
    const path = vendorPath(fullPath, basePath);
    const route = path === undefined ? undefined : router.match(method, path);
    if (!route || path === undefined) {
      const methodKnown = path !== undefined && router.methodsFor(path).length > 0;
      return replies.unknownRoute(rawMethod, fullPath, methodKnown);
    }
    const { operationId } = route.info;
    const refusal = definition.auth.check(rawHeaders);
    if (refusal) return replies.unauthorized(operationId, refusal);
    const headers = flatHeaders(rawHeaders);
    const contentType = headers['content-type'];
    const decoded = decodeBody(bytes, contentType);
    if ('violation' in decoded) return replies.invalidRequest([decoded.violation], operationId);
    const violations = contract.validateRequest(operationId, { path: route.pathParams, query, headers, body: decoded.body, contentType });
    if (violations.length > 0) return replies.invalidRequest(violations, operationId);
    return responder.respond({
      method,
      operationId,
      path,
      pathParams: route.pathParams,
      query,
      headers,
      body: contract.requestBodyValue(operationId, decoded.body, contentType),
      rawBody: decoded.body,
    });
  };
}
