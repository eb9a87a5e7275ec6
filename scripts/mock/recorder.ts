/**
 * `--record <file>`: every exchange a mock answers, and every webhook event the sandbox delivers (a line of kind
 * `webhook`, recorded once however often it is retried), appended to an NDJSON file in the conformance checker's
 * format (scripts/conformance/exchange.ts), so that the traffic of a test run can be held against the contract with
 * `npm run conformance -- <file> [--webhook-secret <secret>]`. Control routes (`/__sandbox/…`) are not recorded:
 * they are not in the specs.
 */
import { appendFileSync } from 'node:fs';
import type { ApiName } from '../apis/index.mjs';
import { bodyValue, flatHeaders, replyValue, type Call, type Reply } from './pipeline.ts';

export interface Recorder {
  exchange(api: ApiName, call: Call, reply: Reply): void;
  webhook(api: ApiName, headers: Record<string, string>, rawBody: string): void;
}

export function recordTo(file: string): Recorder {
  const append = (line: unknown) => appendFileSync(file, `${JSON.stringify(line)}\n`);
  return {
    exchange: (api, call, reply) => append(exchangeOf(api, call, reply)),
    webhook: (api, headers, body) => append({ kind: 'webhook', api, headers, body }),
  };
}

function exchangeOf(api: ApiName, call: Call, reply: Reply): unknown {
  const requestHeaders = flatHeaders(call.headers);
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body !== undefined && !Buffer.isBuffer(reply.body)) headers['content-type'] ??= 'application/json';
  return {
    api,
    method: call.method,
    url: call.url,
    status: reply.status,
    headers,
    body: replyValue(reply),
    request: { headers: requestHeaders, body: bodyValue(call.bytes, requestHeaders['content-type']) },
  };
}
