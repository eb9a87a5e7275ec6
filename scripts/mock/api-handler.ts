/**
 * The HTTP front of one API's mock: vendor URL layout (the spec's base path, e.g. `/v1`, is part of every
 * path), the vendor's credential check, request validation with the shared Contract answered in the vendor's
 * error shape, then Prism for the documented response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api, Contract, Violation } from '../lib/contract.ts';
import type { PrismEngine } from './prism-engine.ts';
import { createAuthenticator } from './vendor-auth.ts';
import { createInvalidRequestRenderer, createUnknownRouteRenderer, type ErrorReply } from './vendor-errors.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

interface ParsedUrl {
  path: string;
  query: Record<string, string | string[]>;
}

function parseUrl(url: string): ParsedUrl {
  const mark = url.indexOf('?');
  const query: Record<string, string | string[]> = {};
  if (mark >= 0) {
    for (const [name, value] of new URLSearchParams(url.slice(mark + 1))) {
      const previous = query[name];
      query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return { path: mark >= 0 ? url.slice(0, mark) : url, query };
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || (mediaType?.endsWith('+json') ?? false);
}

/** The body as the Contract reads it: JSON parsed, anything else (forms) as the raw string. */
function decodeBody(raw: string, contentType: string | undefined): { body: unknown } | { violation: Violation } {
  if (raw === '' || !isJson(contentType)) return { body: raw === '' ? undefined : raw };
  try {
    return { body: JSON.parse(raw) };
  } catch (error) {
    return { violation: { in: 'body', pointer: '', keyword: 'json', message: `the request body is not valid JSON: ${(error as Error).message}` } };
  }
}

function sendJson(response: ServerResponse, reply: ErrorReply): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...(body ? { 'content-type': 'application/json' } : {}),
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

export function createApiHandler(api: Api, contract: Contract, engine: PrismEngine): RequestHandler {
  const authenticate = createAuthenticator(api, contract);
  const invalidRequest = createInvalidRequestRenderer(api);
  const unknownRoute = createUnknownRouteRenderer(api, contract);
  const methods = [...new Set(contract.operations.map((operation) => operation.method))];
  const { basePath } = contract;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toLowerCase();
    const { path: fullPath, query } = parseUrl(request.url ?? '/');
    // The vendor is addressed only with its base path; `/customers` without `/v1` is not a Razorpay URL.
    const inBase = !basePath || fullPath === basePath || fullPath.startsWith(`${basePath}/`);
    const path = inBase ? fullPath.slice(basePath.length) || '/' : fullPath;
    const doubled = basePath && (path === basePath || path.startsWith(`${basePath}/`));
    const route = inBase && !doubled ? contract.match(method, path) : undefined;
    const raw = await readBody(request);
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
    const decoded = decodeBody(raw, contentType);
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
