/**
 * `--record <file>`: every exchange a mock answers, and every webhook event the sandbox delivers (a line of kind
 * `webhook`, recorded once however often it is retried), appended to an NDJSON file in the conformance checker's
 * format (scripts/conformance/exchange.ts), so that the traffic of a test run can be held against the contract with
 * `npm run conformance -- <file> [--webhook-secret <secret>]`. Control routes (`/__sandbox/…`) are not recorded:
 * they are not in the specs.
 */
import { appendFileSync } from 'node:fs';
import type { ApiName } from '../apis/index.mjs';
import { decodeUtf8, parseUntrustedJson } from '../lib/untrusted.ts';
import { flatHeaders, type Call, type Reply } from './pipeline.ts';

export interface Recorder {
  exchange(api: ApiName, call: Call, reply: Reply): void;
  webhook(api: ApiName, headers: Record<string, string>, rawBody: string): void;
}

/** A body as the exchange format holds it: JSON parsed, anything else as text, nothing when empty. */
function bodyOf(bytes: Buffer | undefined, value: unknown, contentType: string | undefined): unknown {
  if (bytes === undefined) return value;
  if (bytes.length === 0) return undefined;
  const text = decodeUtf8(bytes) ?? bytes.toString('latin1');
  if (!contentType?.includes('json')) return text;
  const parsed = parseUntrustedJson(text, 512);
  return parsed.ok ? parsed.value : text;
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
    body: bodyOf(Buffer.isBuffer(reply.body) ? reply.body : undefined, reply.body, headers['content-type']),
    request: { headers: requestHeaders, body: bodyOf(call.bytes, undefined, requestHeaders['content-type']) },
  };
}
