/**
 * The sandbox under load and at its bounds: concurrent creates never lose a write, each collection keeps at most
 * `maxObjects` entities (the oldest are evicted) and at most `maxAccounts` accounts are kept.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startMocks } from '../../scripts/mock/server.ts';
import { razorpayClient } from '../mock/sdk-clients.ts';
import { freshKeyId } from './helpers.ts';

const ports = { gateway: 0, razorpay: 0, juspay: 0 };
const basic = (keyId: string) => ({ authorization: `Basic ${Buffer.from(`${keyId}:s`).toString('base64')}` });

describe('sandbox limits', () => {
  it('1,000 parallel creates give 1,000 distinct customers, all listed', async () => {
    const mocks = await startMocks({ ports });
    try {
      const keyId = freshKeyId();
      const created = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          fetch(`${mocks.urls.razorpay}/customers`, {
            method: 'POST',
            headers: { ...basic(keyId), 'content-type': 'application/json' },
            body: JSON.stringify({ name: `Parallel ${i}`, contact: String(9000000000 + i) }),
          }).then(async (response) => ({ status: response.status, body: await response.json() })),
        ),
      );
      expect(created.filter((answer) => answer.status !== 200)).toEqual([]);
      const ids = new Set(created.map((answer) => answer.body.id as string));
      expect(ids.size).toBe(1000);
      const listed = new Set<string>();
      for (let skip = 0; skip < 1000; skip += 100) {
        const page = await (await fetch(`${mocks.urls.razorpay}/customers?count=100&skip=${skip}`, { headers: basic(keyId) })).json();
        for (const customer of page.items) listed.add(customer.id);
      }
      expect(listed).toEqual(ids);
    } finally {
      await mocks.close();
    }
  }, 60_000);

  it('evicts the oldest entities beyond maxObjects and the least recently used accounts beyond maxAccounts', async () => {
    const mocks = await startMocks({ ports, limits: { maxObjects: 5, maxAccounts: 2 } });
    try {
      const keyId = freshKeyId();
      const rzp = razorpayClient(mocks.urls.razorpay, { key_id: keyId, key_secret: 's' });
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await rzp.customers.create({ name: `Bounded ${i}` })).id);
      const listed = await rzp.customers.all({ count: 100 });
      expect(listed.items.map((customer) => customer.id)).toEqual(ids.slice(2).reverse());
      await expect(rzp.customers.fetch(ids[0]!)).rejects.toMatchObject({ error: { description: 'The id provided does not exist' } });

      // Two more accounts: the first, now least recently used, is dropped.
      for (const other of [freshKeyId(), freshKeyId()]) {
        await razorpayClient(mocks.urls.razorpay, { key_id: other, key_secret: 's' }).customers.create({ name: 'Other' });
      }
      expect(Object.keys(mocks.state!.save().apis.razorpay ?? {})).not.toContain(keyId);
      expect((await rzp.customers.all()).count).toBe(0);
    } finally {
      await mocks.close();
    }
  });

  it('saves an account dropped by a read: a restart from --state does not bring it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-limits-'));
    const stateFile = join(dir, 'state.json');
    const options = { ports, stateFile, limits: { maxObjects: 5, maxAccounts: 2 } };
    const keyId = freshKeyId();
    try {
      const first = await startMocks(options);
      const created = await razorpayClient(first.urls.razorpay, { key_id: keyId, key_secret: 's' }).customers.create({ name: 'Dropped' });
      // Saved (writes are coalesced over 100 ms) before the reads, so that nothing pending saves the drop by chance.
      await vi.waitFor(() => expect(readFileSync(stateFile, 'utf8')).toContain(created.id), { timeout: 5_000, interval: 20 });
      // Two reads by new keys, and no write after them: the second pushes the first account out.
      for (const other of [freshKeyId(), freshKeyId()]) {
        expect((await fetch(`${first.urls.razorpay}/customers`, { headers: basic(other) })).status).toBe(200);
      }
      await first.close();
      const second = await startMocks(options);
      const fetched = await fetch(`${second.urls.razorpay}/customers/${created.id}`, { headers: basic(keyId) });
      await second.close();
      expect(fetched.status).toBe(400);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
