/**
 * The HTTP front of one API's mock: vendor URL layout (the spec's base path, e.g. `/v1`, is part of every
 * path), the vendor's credential check, request validation with the shared Contract answered in the vendor's
 * error shape, then Prism for the documented response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api, Contract, Violation } from '../lib/contract.ts';
import type { PrismEngine } from './prism-engine.ts';
import { createAuthenticator } from './vendor-auth.ts';
import { splitUrl } from '../lib/query.ts';
import { dict, decodeUtf8, parseUntrustedJson, type Dict } from '../lib/untrusted.ts';
import { readBody } from './read-body.ts';
import { createInvalidRequestRenderer, createPayloadTooLargeRenderer, createUnknownRouteRenderer, type ErrorReply } from './vendor-errors.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

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
  return parsed.ok ? { body: parsed.value } : bodyViolation(`the body is ${parsed.message}`, parsed.reason === 'depth' ? 'maxDepth' : 'json');
}

function sendJson(response: ServerResponse, reply: ErrorReply): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...reply.headers,
    ...(body ? { 'content-type': 'application/json' } : {}),
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** Answers a body over the cap and closes the connection, so the rest of the body is never read. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, reply: ErrorReply): void {
  response.shouldKeepAlive = false;
  response.once('finish', () => request.socket.destroySoon());
  sendJson(response, { ...reply, headers: { ...reply.headers, connection: 'close' } });
}

export function createApiHandler(api: Api, contract: Contract, engine: PrismEngine): RequestHandler {
  const authenticate = createAuthenticator(api, contract);
  const invalidRequest = createInvalidRequestRenderer(api);
  const unknownRoute = createUnknownRouteRenderer(api, contract);
  const payloadTooLarge = createPayloadTooLargeRenderer(contract);
  const methods = [...new Set(contract.operations.map((operation) => operation.method))];
  const { basePath } = contract;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toLowerCase();
    const { path: fullPath, query } = splitUrl(request.url ?? '/');
    // The vendor is addressed only with its base path; `/customers` without `/v1` is not a Razorpay URL.
    const inBase = !basePath || fullPath === basePath || fullPath.startsWith(`${basePath}/`);
    const path = inBase ? fullPath.slice(basePath.length) || '/' : fullPath;
    const doubled = basePath && (path === basePath || path.startsWith(`${basePath}/`));
    const route = inBase && !doubled ? contract.match(method, path) : undefined;
    const read = await readBody(request);
    if (!read.ok) {
      refuseTooLarge(request, response, payloadTooLarge());
      return;
    }
    if (!route) {
      const methodKnown = inBase && !doubled && methods.some((other) => other !== method && contract.match(other, path));
      sendJson(response, unknownRoute(request.method ?? 'GET', fullPath, methodKnown));
      return;
    }
    const { operationId } = route.info;
    const rejection = authenticate(operationId, request.headers);
    if (rejection) {
      sendJson(response, rejection);
      return;
    }
    const headers = flatHeaders(request);
    const contentType = headers['content-type'];
    const decoded = decodeBody(read.bytes, contentType);
    const violations = 'violation' in decoded
      ? [decoded.violation]
      : contract.validateRequest(operationId, { path: route.pathParams, query, headers, body: decoded.body, contentType });
    if (violations.length > 0) {
      sendJson(response, invalidRequest(violations));
      return;
    }
    const rendered = await engine.respond(operationId, path, query, headers);
    response.writeHead(rendered.status, { ...rendered.headers, 'content-length': rendered.body.length });
    response.end(rendered.body);
  }

  return (request, response) => {
    handle(request, response).catch((error: Error) => {
      process.stderr.write(`${api} mock: ${request.method} ${request.url} failed: ${error.stack ?? error.message}\n`);
      if (!response.headersSent) {
        sendJson(response, { status: 500, body: { title: 'Mock server failure', detail: error.message } });
      } else {
        response.destroy(error);
      }
    });
  };
}
