/**
 * `--record`: a path that cannot be appended to is refused before the mocks start; a recording that stops working
 * later (here: its file replaced by a directory, as a full disk would fail it) never fails the exchanges or the
 * webhook deliveries being recorded.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startMocks } from '../../scripts/mock/server.ts';
import { startWebhookReceiver } from '../sandbox/fixtures/webhook-receiver.ts';

const dir = mkdtempSync(join(tmpdir(), 'recorder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const basic = { authorization: `Basic ${Buffer.from('rzp_test_recorder:secret').toString('base64')}`, 'content-type': 'application/json' };

describe('--record', () => {
  it('refuses a file it cannot append to before anything starts, naming it', async () => {
    const missing = join(dir, 'no-such-dir', 'traffic.ndjson');
    await expect(startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 }, record: missing })).rejects.toThrow(
      `--record ${missing}: cannot append to it`,
    );
  });

  it('keeps answering, and delivering webhooks, once the recording fails; it says so once', async () => {
    const record = join(dir, 'traffic.ndjson');
    const receiver = await startWebhookReceiver();
    const mocks = await startMocks({
      ports: { gateway: 0, razorpay: 0, juspay: 0 },
      record,
      webhooks: { razorpay: { url: receiver.url } },
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      rmSync(record, { force: true });
      mkdirSync(record); // every append now fails (EISDIR)
      for (let i = 0; i < 2; i++) {
        const order = await fetch(`${mocks.urls.razorpay}/orders`, {
          method: 'POST',
          headers: basic,
          body: '{"amount":100,"currency":"INR"}',
        });
        expect(order.status).toBe(200);
      }
      const trigger = await fetch(new URL('/__sandbox/webhooks/trigger', mocks.urls.razorpay), {
        method: 'POST',
        headers: basic,
        body: '{"event":"order.paid"}',
      });
      expect(trigger.status).toBe(200);
      await receiver.waitFor(1);
      expect((await fetch(`${mocks.urls.razorpay}/customers`, { headers: basic })).status).toBe(200);
      const reports = stderr.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('--record'));
      expect(reports).toHaveLength(1);
      expect(reports[0]).toContain(record);
    } finally {
      stderr.mockRestore();
      await mocks.close();
      await receiver.close();
    }
  });
});
