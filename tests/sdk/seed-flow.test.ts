/**
 * The seed's SDK code runs against the mock. The flow (seed-flow.ts) takes the gateway as a parameter; here it
 * runs against the example mock, which answers each call with its first documented example unless `Prefer` asks
 * for another: the single read asks for `oneCustomerAtRazorpay` (its first 200 example is the list).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { runSeedFlow } from './seed-flow.ts';
import { SEED_FILE, seedSnippets } from './seed.ts';

describe(`the SDK calls of ${SEED_FILE}`, () => {
  it('are the four calls the flow makes, line for line', () => {
    expect(seedSnippets.map((snippet) => snippet.call)).toEqual([
      'cloudlesspay.customer.create(data)',
      'cloudlesspay.customer.fetchAll()',
      'cloudlesspay.customer.fetchById(customerId)',
      'cloudlesspay.customer.updateById(customerId, data)',
    ]);
    const flow = readFileSync(new URL('./seed-flow.ts', import.meta.url), 'utf8');
    for (const snippet of seedSnippets) expect(flow).toContain(snippet.lines[1]);
  });
});

describe('the seed flow against the example mock', () => {
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
  });
  afterAll(async () => {
    await mocks?.close();
  });

  it('create → fetchAll lists it → fetchById returns it → updateById answers the update', async () => {
    const asked: string[] = [];
    await runSeedFlow({
      baseUrl: mocks.urls.gateway,
      stateful: false,
      fetch: (request) => {
        if (request.method === 'GET' && new URL(request.url).searchParams.has('id'))
          request.headers.set('prefer', 'example=oneCustomerAtRazorpay');
        asked.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
        return fetch(request);
      },
    });
    expect(asked).toEqual([
      'POST /api/customer/create',
      'GET /api/customer/get',
      'GET /api/customer/get?id=cust_QvyFrutz4UBEbh',
      'PUT /api/customer/update?id=cust_QvyFrutz4UBEbh',
    ]);
  });
});
