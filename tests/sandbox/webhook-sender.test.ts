/**
 * The webhook sender's timeout against a receiver that never answers, with garbage collections under way: on
 * Node 20 a timeout combined by AbortSignal.any could be collected, and the attempt then hung for good
 * (nodejs/node#57736). The first attempt must end as a timeout and be retried.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { apiDefinition } from '../../scripts/apis/index.mjs';
import { WebhookSender } from '../../scripts/sandbox/webhook-sender.ts';

// A gc() of this process, without starting it with --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const held: IncomingMessage[] = [];
// Never answers the first request; answers the retry.
const silent = createServer((request, response) => {
  held.push(request);
  if (held.length > 1) request.resume().on('end', () => response.end());
});
await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
afterAll(() => {
  for (const request of held) request.socket.destroy();
  silent.close();
});

it('times out an attempt the receiver does not answer, and retries it, while garbage is collected', async () => {
  const webhooks = apiDefinition('razorpay').webhooks!;
  const sender = new WebhookSender(
    { ...webhooks, timeoutMs: 200 },
    { url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hooks`, maxAttempts: 2, firstRetryMs: 50 },
  );
  sender.send('order.paid', { event: 'order.paid' }, 'acc');
  const collecting = setInterval(collectGarbage, 20);
  try {
    await expect
      .poll(() => sender.deliveries('acc')[0], { timeout: 3000, interval: 50 })
      .toMatchObject({ attempts: 2, outcome: 200, delivered: true });
  } finally {
    clearInterval(collecting);
    await sender.close();
  }
  expect(held).toHaveLength(2);
});
