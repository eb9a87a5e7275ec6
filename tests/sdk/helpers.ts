/**
 * Shared by the SDK tests: the SDK methods the build generated (read from the spec's `x-sdk` by the generator's
 * own reader), called with the spec's example arguments, and a local server that answers from a script.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudlessPayment } from '../../generated/gateway/client.ts';
import { sdkMethods, type SdkMethod } from '../../scripts/build/sdk-template.mjs';
import { parameterExample, requestBodyExamples } from '../../scripts/lib/examples.mjs';
import { Contract } from '../../scripts/lib/contract.ts';

export const gateway = Contract.load('gateway');
export const SDK_METHODS: SdkMethod[] = sdkMethods('gateway', gateway.spec);

/** Calls `method` of `sdk` with the examples of its parameters and its first request-body example. */
export function callWithExamples(sdk: CloudlessPayment, method: SdkMethod): Promise<unknown> {
  const args = method.arguments.map((parameter) => parameterExample(gateway.spec, parameter));
  if (method.body) args.push(requestBodyExamples(gateway.spec, method.operation)[0]?.value);
  const resource = (sdk as unknown as Record<string, Record<string, (...values: unknown[]) => Promise<unknown>>>)[method.resource]!;
  return resource[method.method]!(...args);
}

/** What `promise` rejected with; fails when it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ScriptedServer {
  baseUrl: string;
  /** The requests received, `METHOD /path?query`. */
  received: string[];
  close(): Promise<void>;
}

/**
 * A local server (port 0) that answers the n-th request with `answers[n]` (the last one again once they run out),
 * JSON unless the body is a string; `respond` may instead take the request over (e.g. to never answer).
 */
export async function scriptedServer(
  answers: ScriptedAnswer[],
  respond?: (request: IncomingMessage, reply: (answer: ScriptedAnswer) => void) => void,
): Promise<ScriptedServer> {
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    request.resume();
    const reply = ({ status, body, headers }: ScriptedAnswer) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers }).end(text);
    };
    if (respond) respond(request, reply);
    else reply(answers[Math.min(received.length - 1, answers.length - 1)]!);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
