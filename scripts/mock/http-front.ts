/**
 * The HTTP front of one API's mock, in the order a vendor's server works: read the body (capped), route the
 * vendor's URL layout (the spec's base path, e.g. `/v1`, is part of every path), check the credentials, decode and
 * validate the request with the shared Contract, then hand it to a responder (the documented examples, or the
 * sandbox's state). Every refusal is the vendor's own shape (vendor-replies.ts); nothing a client sends can make it
 * answer 5xx: an unexpected failure is logged and answered as the mock's own 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDefinition, ErrorReply } from '../apis/index.mjs';
import type { Contract, Violation } from '../lib/contract.ts';
import { splitUrl, type Query } from '../lib/query.ts';
import { decodeUtf8, dict, parseUntrustedJson, type Dict } from '../lib/untrusted.ts';
import { belowBasePath } from '../lib/url.ts';
import { readBody } from './read-body.ts';
import type { VendorReplies } from './vendor-replies.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** A request that passed routing, authentication and validation. */
export interface AcceptedRequest {
  operationId: string;
  /** The request path below the server's base path. */
  path: string;
  pathParams: Dict<string>;
  query: Query;
  /** Header names in lower case. */
  headers: Dict<string>;
  /** The decoded body: JSON parsed (prototype-free), a form as its text, undefined when empty. */
  body: unknown;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Bytes as they are, anything else sent as JSON; undefined for an empty body. */
  body: Buffer | unknown;
}

export interface Responder {
  respond(request: AcceptedRequest): Promise<Reply>;
}

function flatHeaders(request: IncomingMessage): Dict<string> {
  const headers = dict<string>();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
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

function send(response: ServerResponse, reply: ErrorReply | Reply): void {
  const raw = reply.body;
  const body = raw === undefined ? Buffer.alloc(0) : Buffer.isBuffer(raw) ? raw : Buffer.from(JSON.stringify(raw));
  const headers: Record<string, string | number> = { ...reply.headers };
  if (!Buffer.isBuffer(raw) && raw !== undefined) headers['content-type'] ??= 'application/json';
  headers['content-length'] = body.length;
  response.writeHead(reply.status, headers);
  response.end(body);
}

/** Answers a body over the cap and closes the connection, so the rest of the body is never read. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, reply: ErrorReply): void {
  response.shouldKeepAlive = false;
  response.once('finish', () => request.socket.destroySoon());
  send(response, { ...reply, headers: { ...reply.headers, connection: 'close' } });
}

export function createHttpFront(
  definition: ApiDefinition,
  contract: Contract,
  replies: VendorReplies,
  responder: Responder,
): RequestHandler {
  const { basePath, router } = contract;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toLowerCase();
    const { path: fullPath, query } = splitUrl(request.url ?? '/');
    // The vendor is addressed only with its base path; `/customers` without `/v1` is not a Razorpay URL, and
    // neither is `/v1/v1/customers`.
    const below = belowBasePath(fullPath, basePath);
    const path = below !== undefined && (!basePath || belowBasePath(below, basePath) === undefined) ? below : undefined;
    const route = path === undefined ? undefined : router.match(method, path);
    const read = await readBody(request);
    if (!read.ok) {
      refuseTooLarge(request, response, replies.payloadTooLarge());
      return;
    }
    if (!route || path === undefined) {
      const methodKnown = path !== undefined && router.methodsFor(path).length > 0;
      send(response, replies.unknownRoute(request.method ?? 'GET', fullPath, methodKnown));
      return;
    }
    const { operationId } = route.info;
    const refusal = definition.auth.check(request.headers);
    if (refusal) {
      send(response, replies.unauthorized(operationId, refusal));
      return;
    }
    const headers = flatHeaders(request);
    const contentType = headers['content-type'];
    const decoded = decodeBody(read.bytes, contentType);
    const violations =
      'violation' in decoded
        ? [decoded.violation]
        : contract.validateRequest(operationId, { path: route.pathParams, query, headers, body: decoded.body, contentType });
    if (violations.length > 0) {
      send(response, replies.invalidRequest(violations));
      return;
    }
    send(
      response,
      await responder.respond({
        operationId,
        path,
        pathParams: route.pathParams,
        query,
        headers,
        body: 'body' in decoded ? decoded.body : undefined,
      }),
    );
  }

  return (request, response) => {
    handle(request, response).catch((error: Error) => {
      process.stderr.write(`${definition.name} mock: ${request.method} ${request.url} failed: ${error.stack ?? error.message}\n`);
      if (!response.headersSent) send(response, { status: 500, body: { title: 'Mock server failure', detail: error.message } });
      else response.destroy(error);
    });
  };
}
