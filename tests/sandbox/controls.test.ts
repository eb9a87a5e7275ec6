/**
 * The sandbox's control routes and request options: reset (the caller's state only), planned failures (the
 * documented examples of their status), the clock, `Prefer: delay`, and the documented examples still reachable
 * with `Prefer: code=`/`example=`. Traffic of the APIs is recorded and held against the contract at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../../scripts/lib/contract.ts';
import { responseExamples } from '../../scripts/lib/examples.mjs';
import { MAX_PLANNED_FAILURES } from '../../scripts/sandbox/controls.ts';
import { MAX_CLOCK_OFFSET_SECONDS } from '../../scripts/sandbox/state.ts';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { control, freshKeyId, startRecordedSandbox, type RecordedSandbox } from './helpers.ts';

let sandbox: RecordedSandbox;
beforeAll(async () => {
  sandbox = await startRecordedSandbox();
});
afterAll(async () => {
  await sandbox.closeAndCheckTraffic();
});

const basic = (keyId: string) => ({ authorization: `Basic ${Buffer.from(`${keyId}:secret`).toString('base64')}` });
const listCustomers = (keyId: string, headers: Record<string, string> = {}) =>
  fetch(`${sandbox.urls.razorpay}/customers`, { headers: { ...basic(keyId), ...headers } });

describe('control routes', () => {
  it("reset forgets the caller's data and nobody else's", async () => {
    const a = freshKeyId();
    const b = freshKeyId();
    for (const keyId of [a, b])
      await razorpayClient(sandbox.urls.razorpay, { key_id: keyId, key_secret: 'secret' }).customers.create({
        name: 'Kept or not',
        contact: '9000090000',
      });
    expect(await control(sandbox, 'razorpay', 'reset', undefined, basic(a))).toEqual({ status: 200, json: { reset: true, account: a } });
    expect((await (await listCustomers(a)).json()).count).toBe(0);
    expect((await (await listCustomers(b)).json()).count).toBe(1);
  });

  it("a gateway key's reset clears its bound vendor account", async () => {
    const suffix = `r${process.pid}x${Date.now().toString(36)}`;
    const headers = { 'x-api-key': `sandbox_razorpay_${suffix}`, 'content-type': 'application/json' };
    await fetch(`${sandbox.urls.gateway}/customer/create`, { method: 'POST', headers, body: JSON.stringify({ name: 'Gateway Made' }) });
    expect((await (await listCustomers(`rzp_test_${suffix}`)).json()).count).toBe(1);
    expect(await control(sandbox, 'gateway', 'reset', undefined, { 'x-api-key': `sandbox_razorpay_${suffix}` })).toEqual({
      status: 200,
      json: { reset: true, account: `rzp_test_${suffix}` }, // the account emptied is the bound Razorpay one
    });
    expect((await (await listCustomers(`rzp_test_${suffix}`)).json()).count).toBe(0);
  });

  it('planned failures answer the documented example of their status, count times, for one operation or any', async () => {
    const contract = Contract.load('gateway');
    const headers = { 'x-api-key': `failures-${Date.now()}` };
    const planned = await control(sandbox, 'gateway', 'failures', { status: 504, count: 2, operation: 'fetchCustomers' }, headers);
    expect(planned).toEqual({ status: 200, json: { planned: [{ status: 504, count: 2, operation: 'fetchCustomers' }] } });
    const documented = Object.values(responseExamples(contract.spec, contract.operation('fetchCustomers'), 504));
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(`${sandbox.urls.gateway}/customer/get`, { headers });
      expect(answer.status).toBe(504);
      // The documented body, but with a request id of its own: the example's is a constant.
      const { error, ...rest } = await answer.json();
      expect(documented).toContainEqual({ ...rest, error: { ...error, request_id: expect.any(String) } });
      expect(documented).not.toContainEqual(expect.objectContaining({ error: expect.objectContaining({ request_id: error.request_id }) }));
    }
    expect((await fetch(`${sandbox.urls.gateway}/customer/get`, { headers })).status).toBe(200);
    await control(sandbox, 'gateway', 'failures', { status: 429 }, headers);
    expect(
      (
        await fetch(`${sandbox.urls.gateway}/customer/create`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(429);
  }, 30_000); // the first documented example loads Prism

  it('plans a 429 with the Retry-After asked for, in place of the documented one, and refuses it on other statuses', async () => {
    const headers = { 'x-api-key': `retry-after-${Date.now()}` };
    const get = () => fetch(`${sandbox.urls.gateway}/customer/get`, { headers });
    const documented = await control(sandbox, 'gateway', 'failures', { status: 429 }, headers);
    expect(documented.json.planned).toEqual([{ status: 429, count: 1, operation: null }]);
    const withExample = await get();
    expect(withExample.status).toBe(429);
    const exampleWait = withExample.headers.get('retry-after');
    expect(exampleWait).toMatch(/^[1-9][0-9]*$/);
    expect(exampleWait).not.toBe('1');

    const planned = await control(sandbox, 'gateway', 'failures', { status: 429, retry_after: 1 }, headers);
    expect(planned.json.planned).toEqual([{ status: 429, count: 1, operation: null, retry_after: 1 }]);
    const answer = await get();
    expect({ status: answer.status, retryAfter: answer.headers.get('retry-after') }).toEqual({ status: 429, retryAfter: '1' });
    expect((await get()).status).toBe(200);

    for (const refused of [
      { status: 504, retry_after: 1 },
      { status: 429, retry_after: 0 },
      { status: 429, retry_after: 1.5 },
    ]) {
      const reply = await control(sandbox, 'gateway', 'failures', refused, headers);
      expect({ status: reply.status, detail: reply.json.detail }).toEqual({
        status: 400,
        detail: '"retry_after" must be a whole number of seconds, 1 or more, and goes with status 429 only',
      });
    }
  }, 30_000);

  it('serves a planned failure only on an operation that documents its status', async () => {
    const headers = { 'x-api-key': `undocumented-${Date.now()}` };
    // The gateway documents 404 (CUSTOMER_NOT_FOUND) for get and update, not for create.
    const refused = await control(sandbox, 'gateway', 'failures', { status: 404, operation: 'createCustomer' }, headers);
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toMatch(/^createCustomer documents no 404 answer to fail with; it documents (\d+, )*400/);
    expect(await control(sandbox, 'gateway', 'failures', { status: 404 }, headers)).toMatchObject({ status: 200 });
    const create = () =>
      fetch(`${sandbox.urls.gateway}/customer/create`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Not Failed' }),
      });
    expect((await create()).status).toBe(200); // passes: its spec has no 404 answer to give
    const fetched = await fetch(`${sandbox.urls.gateway}/customer/get`, { headers });
    expect({ status: fetched.status, code: (await fetched.json()).error?.code }).toEqual({ status: 404, code: 'CUSTOMER_NOT_FOUND' });
    expect((await fetch(`${sandbox.urls.gateway}/customer/get`, { headers })).status).toBe(200);
  });

  it('plans at most MAX_PLANNED_FAILURES failures per account; one more is refused and changes nothing', async () => {
    const keyId = freshKeyId();
    const plan = { status: 500, count: 1000, operation: 'createCustomer' };
    let last: { status: number; json: any } | undefined;
    for (let i = 0; i < MAX_PLANNED_FAILURES; i++) last = await control(sandbox, 'razorpay', 'failures', plan, basic(keyId));
    expect(last?.status).toBe(200);
    expect(last?.json.planned).toHaveLength(MAX_PLANNED_FAILURES);
    const refused = await control(sandbox, 'razorpay', 'failures', { status: 502 }, basic(keyId));
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toBe(
      `at most ${MAX_PLANNED_FAILURES} failures can be planned per account, and ${MAX_PLANNED_FAILURES} are: let them be served, or POST /__sandbox/reset`,
    );
    const failures = sandbox.state!.account('razorpay', keyId).failures;
    expect(failures).toHaveLength(MAX_PLANNED_FAILURES);
    expect(failures.every((failure) => failure.status === 500)).toBe(true);
  });

  it('refuses bad control calls with a problem naming what is wrong', async () => {
    const keyId = freshKeyId();
    const wrongStatus = await control(sandbox, 'razorpay', 'failures', { status: 418 }, basic(keyId));
    expect(wrongStatus.status).toBe(400);
    expect(wrongStatus.json.detail).toMatch(/"status" must be an error status the razorpay spec documents: .*504/);
    expect((await control(sandbox, 'razorpay', 'failures', { status: 500, operation: 'nope' }, basic(keyId))).json.detail).toMatch(
      /operationId/,
    );
    expect((await control(sandbox, 'razorpay', 'clock', { advance_seconds: -1 }, basic(keyId))).status).toBe(400);
    // No clock beyond 100 years: dates past year 9999 have no ISO form and would fail every later create.
    const juspay = { authorization: `Basic ${Buffer.from('farfuture:').toString('base64')}`, 'x-merchantid': `far_${process.pid}` };
    for (const advance_seconds of [1e308, MAX_CLOCK_OFFSET_SECONDS + 1])
      expect((await control(sandbox, 'juspay', 'clock', { advance_seconds }, juspay)).json.detail).toMatch(/100 years/);
    expect((await control(sandbox, 'juspay', 'clock', { advance_seconds: MAX_CLOCK_OFFSET_SECONDS }, juspay)).status).toBe(200);
    expect((await control(sandbox, 'juspay', 'clock', { advance_seconds: 1 }, juspay)).status).toBe(400);
    const created = await fetch(`${sandbox.urls.juspay}/customers`, {
      method: 'POST',
      headers: { ...juspay, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'object_reference_id=far-1&mobile_number=9123456780',
    });
    expect(created.status).toBe(200);
    expect((await created.json()).date_created).toMatch(/^2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await control(sandbox, 'razorpay', 'nothing-here', {}, basic(keyId))).status).toBe(404);
    expect((await control(sandbox, 'razorpay', 'reset', undefined, {})).status).toBe(401);
    expect((await control(sandbox, 'juspay', 'checkout', { order_id: 'order_1' })).status).toBe(404);
    const notJson = await fetch(`${new URL(sandbox.urls.razorpay).origin}/__sandbox/clock`, {
      method: 'POST',
      headers: basic(keyId),
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
  });

  it("the clock moves one account's time forward", async () => {
    const keyId = freshKeyId();
    const before = (await control(sandbox, 'razorpay', 'clock', { advance_seconds: 0 }, basic(keyId))).json.now;
    const after = (await control(sandbox, 'razorpay', 'clock', { advance_seconds: 86400 }, basic(keyId))).json.now;
    expect(after - before).toBeGreaterThanOrEqual(86400);
    const created = await razorpayClient(sandbox.urls.razorpay, { key_id: keyId, key_secret: 'secret' }).customers.create({
      name: 'Tomorrow',
    });
    expect(created.created_at).toBeGreaterThanOrEqual(after);
    const other = (await control(sandbox, 'razorpay', 'clock', { advance_seconds: 0 }, basic(freshKeyId()))).json.now;
    expect(other).toBeLessThan(after);
  });
});

describe('request options', () => {
  it('Prefer: delay holds the answer back at least that long', async () => {
    // The sandbox runs in this process: a timer of the same length started before the request is due first, and
    // Node runs timers of one length in the order they were started, so it fires first unless the answer came early.
    const timer = new Promise<'timer'>((fire) => setTimeout(() => fire('timer'), 300));
    const answer = listCustomers(freshKeyId(), { prefer: 'delay=300' });
    expect(await Promise.race([timer, answer.then(() => 'answer')])).toBe('timer');
    expect((await answer).status).toBe(200);
  });

  it("Prefer: code= and example= still return the documented examples, not the sandbox's data", async () => {
    const contract = Contract.load('razorpay');
    const keyId = freshKeyId();
    const byExample = await listCustomers(keyId, { prefer: 'example=docs' });
    const documented = responseExamples(contract.spec, contract.operation('fetchAllCustomers'), 200);
    expect(await byExample.json()).toEqual(documented.docs);
    const byCode = await listCustomers(keyId, { prefer: 'code=429' });
    expect(byCode.status).toBe(429);
  });
});
