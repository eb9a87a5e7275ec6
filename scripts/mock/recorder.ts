/**
 * `--record <file>`: every exchange a mock answers, and every webhook event the sandbox delivers (a line of kind
 * `webhook`, recorded once however often it is retried), appended to an NDJSON file in the conformance checker's
 * format (scripts/conformance/exchange.ts), so that the traffic of a test run can be held against the contract with
 * `npm run conformance -- <file> [--webhook-secret <secret>]`. Control routes (`/__sandbox/…`) are not recorded:
 * they are not in the specs.
 */
import { appendFileSync, closeSync, openSync } from 'node:fs';
import type { ApiName } from '../apis/index.mjs';
import { bodyValue, flatHeaders, replyValue, type Call, type Reply } from './pipeline.ts';

export interface Recorder {
  exchange(api: ApiName, call: Call, reply: Reply): void;
  webhook(api: ApiName, headers: Record<string, string>, rawBody: string): void;
}

/**
 * Records to `file`, which must be writable now: a path that cannot be is refused before the mocks start. A later
 * failure (a full disk) never fails the exchange being recorded; it is reported once, until writing works again.
 */
export function recordTo(file: string): Recorder {
  try {
    closeSync(openSync(file, 'a'));
  } catch (error) {
    throw new Error(`--record ${file}: cannot append to it: ${(error as Error).message}`, { cause: error });
  }
  let failing = false;
  const append = (line: unknown) => {
    try {
      appendFileSync(file, `${JSON.stringify(line)}\n`);
      failing = false;
    } catch (error) {
      if (!failing) process.stderr.write(`mock: --record ${file}: ${(error as Error).message}; what follows is missing from it\n`);
      failing = true;
    }
  };
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
