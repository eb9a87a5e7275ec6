/**
 * bench:mock's steady load: requests spread evenly over time (not sent in bursts), the mix run in turn with its
 * context (a read sees what the create before it answered), and answers outside 2xx counted by status. The
 * server here records when each request arrived: the oracle is its clock, not the load generator's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steadyLoad } from '../../scripts/bench/steady-load.ts';

const arrivals: { at: number; method: string; url: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer({ keepAlive: true }, (request, response) => {
    request.resume();
    request.on('end', () => {
      arrivals.push({ at: performance.now(), method: request.method!, url: request.url! });
      const status = request.url === '/missing' ? 404 : 200;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `item_${arrivals.length}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('steadyLoad', () => {
  it('spreads the requests evenly over the run and reads back what each create answered', async () => {
    arrivals.length = 0;
    const result = await steadyLoad({
      url,
      headers: {},
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
    // Past the one unmeasured pass of the mix: 200 requests over about a second, about 20 in each tenth of it.
    const measured = arrivals.slice(2);
    expect(measured).toHaveLength(200);
    const start = measured[0]!.at;
    const span = measured.at(-1)!.at - start;
    expect(span).toBeGreaterThan(800);
    const perTenth = new Array(10).fill(0);
    for (const { at } of measured) perTenth[Math.min(9, Math.floor(((at - start) / span) * 10))]++;
    // A burst (all of a second's quota at its start, as autocannon's rate option sends) would put 200 in one tenth.
    expect(Math.max(...perTenth)).toBeLessThan(60);
    // Every read names an item a create had already been answered with (item_<n> is the n-th arrival's answer).
    const reads = arrivals.map((arrival, index) => ({ ...arrival, index })).filter(({ method }) => method === 'GET');
    expect(reads).toHaveLength(101);
    for (const { url: path, index } of reads) {
      const item = /^\/items\/item_(\d+)$/.exec(path);
      expect(item, path).not.toBeNull();
      expect(arrivals[Number(item![1]) - 1]!.method).toBe('POST');
      expect(Number(item![1]) - 1).toBeLessThan(index);
    }
  });

  it('counts the answers outside 2xx by status', async () => {
    const result = await steadyLoad({
      url,
      headers: {},
      requests: [
        { method: 'GET', path: '/missing' },
        { method: 'GET', path: '/present' },
      ],
      rate: 100,
      connections: 2,
      seconds: 0.5,
    });
    expect(result.sent).toBe(50);
    expect(result.failures).toEqual({ 404: 25 });
  });
});
