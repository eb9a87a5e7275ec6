/**
 * Latency under a steady offered load: `rate` requests a second, evenly spaced, over at most `connections`
 * keep-alive connections (node:http's Agent). A request that finds every connection busy waits in the Agent's
 * queue, and that wait counts, so a server slower than the offered load shows it (no coordinated omission).
 *
 * Written here because autocannon's rate option does not offer a steady load: each connection sends its quota for
 * the second as fast as it can at the start of the second, then waits, so its latencies are those of a burst.
 * The requests are autocannon's own request objects (the same mix), run against one shared context.
 */
import { Agent, request as httpRequest } from 'node:http';
import { createHistogram } from 'node:perf_hooks';
import type { Request } from 'autocannon';

export interface SteadyLoadOptions {
  /** The server's origin. */
  url: string;
  headers: Record<string, string>;
  /** Sent in turn, as autocannon would: setupRequest before sending, onResponse with the answer. */
  requests: Request[];
  rate: number;
  connections: number;
  seconds: number;
}

export interface SteadyLoadResult {
  sent: number;
  /** Answers outside 2xx, by status. */
  failures: Record<string, number>;
  /** Milliseconds. */
  p50: number;
  p99: number;
  max: number;
}

interface Answer {
  status: number;
  body: string;
}

function send(agent: Agent, origin: URL, request: Request, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const outgoing = httpRequest(
      new URL(request.path ?? '/', origin),
      {
        agent,
        method: request.method ?? 'GET',
        headers: { ...headers, ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function steadyLoad(options: SteadyLoadOptions): Promise<SteadyLoadResult> {
  const origin = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const context: Record<string, unknown> = {};
  const latencies = createHistogram();
  let failures: Record<string, number> = {};
  let sent = 0;

  const run = async (index: number): Promise<void> => {
    const template = options.requests[index % options.requests.length]!;
    const request = template.setupRequest ? template.setupRequest({ ...template }, context) : template;
    const started = performance.now();
    const answer = await send(agent, origin, request, options.headers);
    // In whole microseconds: the histogram records integers of at least 1.
    latencies.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
    if (answer.status < 200 || answer.status > 299) failures[answer.status] = (failures[answer.status] ?? 0) + 1;
    template.onResponse?.(answer.status, answer.body, context);
  };

  // One pass of the mix first, unmeasured, so that its reads find what its creates made.
  for (let index = 0; index < options.requests.length; index++) await run(index);
  latencies.reset();
  failures = {};

  const runs: Promise<void>[] = [];
  const total = Math.round(options.rate * options.seconds);
  const start = performance.now();
  await new Promise<void>((done) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * options.rate));
      for (; sent < due; sent++) runs.push(run(sent));
      if (sent === total) {
        clearInterval(timer);
        done();
      }
    }, 1);
  });
  await Promise.all(runs);
  agent.destroy();
  const ms = (micros: number) => micros / 1000;
  return { sent, failures, p50: ms(latencies.percentile(50)), p99: ms(latencies.percentile(99)), max: ms(latencies.max) };
}
