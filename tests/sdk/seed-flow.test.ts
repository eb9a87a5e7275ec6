/**
 * The seed's SDK code runs against the sandbox (the default of `npm run mock`, stateful: the update shows in a later
 * read; its traffic is held against the contract) and against the examples mode, which answers each call with its
 * first documented example unless `Prefer` asks for another: there the single read asks for `oneCustomerAtRazorpay`
 * (the first 200 example is the list).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { startRecordedSandbox, type RecordedSandbox } from '../sandbox/helpers.ts';
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

describe('the seed flow against the sandbox', () => {
  let sandbox: RecordedSandbox;
  beforeAll(async () => {
    sandbox = await startRecordedSandbox();
  });
  afterAll(async () => {
    await sandbox.closeAndCheckTraffic();
  });

  it('create → fetchAll lists it → fetchById returns it → updateById changes it, and a later read sees the change', async () => {
    await runSeedFlow({ baseUrl: sandbox.urls.gateway, stateful: true });
  });
});

describe('the seed flow against the examples mode', () => {
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, mode: 'examples' });
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
