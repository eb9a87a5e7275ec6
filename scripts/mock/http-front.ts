/**
 * The HTTP front of one API's mock: reads the body (capped: a larger one is refused without being read further),
 * hands the request to the sandbox's control routes (`/__sandbox/…`) or to the API's pipeline (pipeline.ts), and
 * writes the reply. Nothing a client sends can make it answer 5xx on its own: an unexpected failure is logged and
 * answered as the mock's own 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorReply } from '../apis/index.mjs';
import type { Call, Pipeline, Reply } from './pipeline.ts';
import { readBody } from './read-body.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** Answers a call addressed to the sandbox itself, or undefined when the call is for the API. */
export type ControlRoutes = (call: Call) => Promise<Reply> | undefined;

export interface HttpFrontOptions {
  name: string;
  pipeline: Pipeline;
  /** The API's own answer to a body over the cap. */
  payloadTooLarge: () => ErrorReply;
  controls?: ControlRoutes;
  /** Told of every exchange of the API (not of the control routes). */
  record?: (call: Call, reply: Reply) => void;
}

function send(response: ServerResponse, reply: Reply): void {
  const raw = reply.body;
  const body = raw === undefined ? Buffer.alloc(0) : Buffer.isBuffer(raw) ? raw : Buffer.from(JSON.stringify(raw));
  // Object.assign, not a spread: on Node 20's V8, adding properties to an object made by `{ ...spread }` takes a
  // slow path that cost microseconds per response.
  const headers: Record<string, string | number> = Object.assign({}, reply.headers);
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

export function createHttpFront({ name, pipeline, payloadTooLarge, controls, record }: HttpFrontOptions): RequestHandler {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const read = await readBody(request);
    if (!read.ok) {
      if (read.reason === 'aborted') response.destroy();
      else refuseTooLarge(request, response, payloadTooLarge());
      return;
    }
    const call: Call = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, bytes: read.bytes };
    const control = controls?.(call);
    const reply = await (control ?? pipeline(call));
    if (!control) record?.(call, reply);
    send(response, reply);
  }

  return (request, response) => {
    handle(request, response).catch((error: Error) => {
      process.stderr.write(`${name} mock: ${request.method} ${request.url} failed: ${error.stack ?? error.message}\n`);
      if (!response.headersSent) send(response, { status: 500, body: { title: 'Mock server failure', detail: error.message } });
      else response.destroy(error);
    });
  };
}
