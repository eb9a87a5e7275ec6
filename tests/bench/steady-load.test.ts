/**
 * bench:mock's steady load: requests spread evenly over time (not sent in bursts), the mix run in turn with its
 * context (a read sees what the create before it answered), and answers outside 2xx counted by status. The run
 * is on a fake clock (vitest's, for `performance` and the interval): the test moves it a millisecond at a time and
 * lets every request sent so far be answered before the next, so when each request goes out is exact, not timed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request } from 'autocannon';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { steadyLoad, type SteadyLoadOptions, type SteadyLoadResult } from '../../scripts/bench/steady-load.ts';

const arrivals: { method: string; url: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer({ keepAlive: true }, (request, response) => {
    request.resume();
    request.on('end', () => {
      arrivals.push({ method: request.method!, url: request.url! });
      const status = request.url === '/missing' ? 404 : 200;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `item_${arrivals.length}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));
afterEach(() => {
  vi.useRealTimers();
  arrivals.length = 0;
});

/** One turn of the event loop, sockets included (setImmediate is not faked). */
const nextTurn = () => new Promise((done) => setImmediate(done));

/**
 * Runs steadyLoad on the fake clock and returns, beside its result, when each measured request went out (fake
 * milliseconds after the measured run started). The requests travel over real sockets.
 */
async function onFakeClock(options: Omit<SteadyLoadOptions, 'url' | 'headers'>): Promise<{ result: SteadyLoadResult; sentAt: number[] }> {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  const sentAt: number[] = [];
  let answered = 0;
  const requests = options.requests.map((template): Request => ({
    ...template,
    setupRequest: (request, context) => {
      sentAt.push(performance.now());
      return template.setupRequest ? template.setupRequest(request, context) : request;
    },
    onResponse: (status, body, context) => {
      answered++;
      template.onResponse?.(status, body, context);
    },
  }));
  const run = steadyLoad({ ...options, url, headers: {}, requests });
  // The unmeasured pass of the mix goes first; the measured run starts with its interval, the only fake timer.
  // (Not vi.waitFor: on fake timers it moves the clock.)
  while (vi.getTimerCount() === 0) await nextTurn();
  const start = performance.now();
  const unmeasured = sentAt.length;
  for (let ms = 0; ms < options.seconds * 1000; ms++) {
    vi.advanceTimersByTime(1);
    while (answered < sentAt.length) await nextTurn();
  }
  return { result: await run, sentAt: sentAt.slice(unmeasured).map((at) => at - start) };
}

describe('steadyLoad', () => {
  it('sends each request when it is due, evenly over the run, and reads back what each create answered', async () => {
    const { result, sentAt } = await onFakeClock({
      requests: [
        {
          method: 'POST',
          path: '/items',
          setupRequest: (request) => ({ ...request, body: '{}' }),
          onResponse: (_status, body, context) => Object.assign(context, { id: JSON.parse(body).id }),
        },
        { method: 'GET', setupRequest: (request, context) => ({ ...request, path: `/items/${context.id}` }) },
      ],
      rate: 200,
      connections: 4,
      seconds: 1,
    });
    expect(result.sent).toBe(200);
    expect(result.failures).toEqual({});
    expect(result.p50).toBeGreaterThan(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    // Request i is due after (i + 1) / rate seconds: it goes out at that millisecond tick or the next (rounding),
    // never in a burst (all of a second's quota at its start, as autocannon's rate option sends).
    expect(sentAt).toHaveLength(200);
    sentAt.forEach((at, i) => {
      const due = ((i + 1) * 1000) / 200;
      expect(at, `request ${i}`).toBeGreaterThanOrEqual(due);
      expect(at, `request ${i}`).toBeLessThanOrEqual(due + 1);
    });
    // Past the unmeasured pass, the mix in turn; each read names the item the create just before it was answered
    // with (item_<n> is the n-th arrival's answer).
    expect(arrivals).toHaveLength(202);
    arrivals.forEach(({ method, url: path }, index) => {
      if (index % 2 === 0) expect([method, path]).toEqual(['POST', '/items']);
      else expect([method, path]).toEqual(['GET', `/items/item_${index}`]);
    });
  });

  it('counts the answers outside 2xx by status', async () => {
    const { result, sentAt } = await onFakeClock({
      requests: [
        { method: 'GET', path: '/missing' },
        { method: 'GET', path: '/present' },
      ],
      rate: 100,
      connections: 2,
      seconds: 0.5,
    });
    expect([result.sent, sentAt.length]).toEqual([50, 50]);
    expect(result.failures).toEqual({ 404: 25 });
  });
});
