/**
 * Delivers the webhooks a sandbox's state changes cause, as the vendor does (the registry's `webhooks`: headers,
 * signature, timeout): each event is POSTed to the configured URL with its raw JSON body, signed with the webhook
 * secret when there is one, under a fresh event id. A non-2xx answer, a network failure or no answer within the
 * vendor's timeout is retried with exponential backoff (first retry after `firstRetryMs`, then doubling) up to
 * `maxAttempts`, with the same event id and body, as Razorpay's at-least-once delivery does. Deliveries run after
 * the API's answer and never hold it up.
 */
import type { ApiWebhooks } from '../apis/index.mjs';
import { useRecent } from '../lib/recent-map.ts';

export interface WebhookOptions {
  /** Where the events go. */
  url: string;
  /** The webhook secret that signs each body; without it, no signature header is sent (as Razorpay does). */
  secret?: string;
  /** Attempts per event, the first included (default 6: the last retry about half a minute after the first try). */
  maxAttempts?: number;
  /** Wait before the first retry, in ms (default 1000); each later one waits twice as long. */
  firstRetryMs?: number;
  /**
   * Events waiting for an attempt or a retry at most (default 10,000): a receiver that is down while the sandbox is
   * busy must not grow its memory without bound. An event beyond it is not sent and is listed as `dropped`.
   */
  maxPending?: number;
}

/** One event's delivery, as `POST /__sandbox/webhooks/deliveries` lists it. */
export interface Delivery {
  event_id: string;
  event: string;
  attempts: number;
  /** `queued`, the last answer's status, or the failure (`timeout`, a network error, `dropped`). */
  outcome: number | string;
  delivered: boolean;
}

/**
 * How many of an account's latest deliveries `POST /__sandbox/webhooks/deliveries` lists, and for how many accounts
 * (the account that sent least recently is forgotten first): one busy account cannot push out another's history.
 */
export const KEPT_DELIVERIES_PER_ACCOUNT = 100;
const KEPT_ACCOUNTS = 1000;

export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Aborts the deliveries under way on close, so that a receiver that never answers cannot hold the sandbox open. */
  private readonly stopping = new AbortController();
  /** Per account, oldest first; Map order is recency of sending, oldest first. */
  private readonly recent = new Map<string, Delivery[]>();
  private closed = false;

  /** @param record told of each event's first delivery (its headers and raw body), for `--record` */
  constructor(
    private readonly vendor: ApiWebhooks,
    readonly options: WebhookOptions,
    private readonly record: (headers: Record<string, string>, rawBody: string) => void = () => {},
  ) {}

  /** Queues an event's body for delivery, serialised as it is now; returns its event id. */
  send(event: string, body: unknown, accountId: string): string {
    const eventId = this.vendor.newEventId();
    const raw = JSON.stringify(body);
    const delivery: Delivery = { event_id: eventId, event, attempts: 0, outcome: 'queued', delivered: false };
    this.keep(accountId, delivery);
    if (this.timers.size + this.inFlight.size >= (this.options.maxPending ?? 10_000)) delivery.outcome = 'dropped';
    else this.schedule(() => this.attempt(delivery, raw), 0);
    return eventId;
  }

  /** The account's latest deliveries, newest first. */
  deliveries(accountId: string): Delivery[] {
    return [...(this.recent.get(accountId) ?? [])].reverse();
  }

  /** Forgets the account's deliveries (the reset control): those under way go on, unlisted. */
  forget(accountId: string): void {
    this.recent.delete(accountId);
  }

  private keep(accountId: string, delivery: Delivery): void {
    const kept = useRecent(this.recent, accountId, KEPT_ACCOUNTS, (): Delivery[] => []);
    kept.push(delivery);
    if (kept.length > KEPT_DELIVERIES_PER_ACCOUNT) kept.shift();
  }

  /** Stops retrying, aborts the deliveries under way and waits for them to end. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopping.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(work: () => Promise<void>, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // An attempt settles its own failures; anything else it throws is the sandbox's bug, reported, never a crash.
      const running = work()
        .catch((error: Error) => {
          process.stderr.write(`sandbox: a webhook delivery failed: ${error.stack ?? error.message}\n`);
        })
        .finally(() => this.inFlight.delete(running));
      this.inFlight.add(running);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(delivery: Delivery, raw: string): Promise<void> {
    delivery.attempts++;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': this.vendor.userAgent,
      [this.vendor.eventIdHeader]: delivery.event_id,
    };
    if (this.options.secret) headers[this.vendor.signatureHeader] = this.vendor.sign(raw, this.options.secret);
    if (delivery.attempts === 1) this.record(headers, raw);
    // A controller and a timer of our own, not AbortSignal.any([AbortSignal.timeout(…), …]): on Node 20 a garbage
    // collection can drop the timeout signal that `any` combines, and the attempt then never times out
    // (nodejs/node#57736).
    const attempt = new AbortController();
    const timer = setTimeout(() => attempt.abort(new DOMException('no answer in time', 'TimeoutError')), this.vendor.timeoutMs);
    const stop = () => attempt.abort(this.stopping.signal.reason);
    this.stopping.signal.addEventListener('abort', stop, { once: true });
    try {
      // A redirect is an answer, not delivered: it is not followed (Razorpay posts to the URL it was given, and following
      // one could turn a delivery into a GET anywhere, the sandbox's own API included).
      const response = await fetch(this.options.url, { method: 'POST', headers, body: raw, signal: attempt.signal, redirect: 'manual' });
      await response.body?.cancel(); // only the status counts
      delivery.outcome = response.status;
      delivery.delivered = response.status >= 200 && response.status < 300;
    } catch (error) {
      delivery.outcome =
        (error as Error).name === 'TimeoutError'
          ? 'timeout'
          : (((error as Error).cause as Error | undefined)?.message ?? (error as Error).message);
    } finally {
      clearTimeout(timer);
      this.stopping.signal.removeEventListener('abort', stop);
    }
    const { maxAttempts = 6, firstRetryMs = 1000 } = this.options;
    if (!delivery.delivered && delivery.attempts < maxAttempts) {
      this.schedule(() => this.attempt(delivery, raw), firstRetryMs * 2 ** (delivery.attempts - 1));
    }
  }
}
