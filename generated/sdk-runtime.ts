/**
 * Generated — do not edit.
 * Source: scripts/build/templates/ (the SDK runtime's template); regenerate with `npm run build`.
 */

/**
 * What the generated SDK classes (`CloudlessPayment`, generated/gateway/client.ts) run on: each call is one
 * request through the generated openapi-fetch client, with a timeout per attempt and bounded retries, and ends
 * in the success envelope or in a `Failure` the class turns into its error. The build copies this file to
 * generated/sdk-runtime.ts; it is type-checked and linted here, where it is written.
 */

export interface RetryOptions {
  /** Retries after the first attempt; default 2 (at most three attempts). `0` turns retrying off. */
  retries?: number;
  /** The ceiling of the first wait, in ms; it doubles with each retry up to `maxDelay`. Default 500. */
  baseDelay?: number;
  /**
   * The longest wait, in ms, default 30 000: backoff stops growing here, and a 429 whose `Retry-After` asks for
   * longer is not retried (it rejects, and the caller decides).
   */
  maxDelay?: number;
  /**
   * Retry writes (create, update) too. Default false: a write that timed out behind a 502 or 504 may have been
   * carried out by the vendor, and repeating it could duplicate it; reads are always safe to repeat.
   */
  writes?: boolean;
  /** How a wait is spent; default a timer. Inject it to observe or skip the waits (tests, schedulers). */
  sleep?: (milliseconds: number) => Promise<void>;
  /** The fraction in [0, 1) of its ceiling a backoff wait lasts; default `Math.random`. Inject it to repeat a run. */
  random?: () => number;
}

export interface TransportOptions {
  /** How long one attempt may take, in ms, answer body included; default 30 000. */
  timeout?: number;
  /** The fetch to send requests with (a proxy, a test double); default the global `fetch` at call time. */
  fetch?: (request: Request) => Promise<Response>;
  retry?: RetryOptions;
}

/** What the SDK class is told when a call does not end in the method's success envelope. */
export type Failure = { request: { method: string; url: string } } & (
  | { kind: 'network' | 'timeout'; cause: unknown; timeout: number }
  /** `expected`: the status was a success but the body was not the envelope the method resolves to. */
  | { kind: 'answer'; status: number; body: unknown; expected?: string }
);

/** Narrows a gateway success envelope to the results one SDK method can return (the spec's `x-sdk.result`). */
export interface ResultKind {
  /** `data.result.vendor` */
  vendor?: string;
  /** `data.result.data.entity`, where the vendor's entity has one (Razorpay's do; Juspay's customer does not). */
  entity?: string;
}

/** The vendor entity `Data` restricted to `Entity`; an entity without an `entity` tag is kept. */
type OfEntity<Data, Entity> = Data extends { entity: unknown } ? Extract<Data, { entity: Entity }> : Data;
type NarrowResult<Result, Vendor, Entity> = Result extends { vendor: Vendor; data: infer Data }
  ? [OfEntity<Data, Entity>] extends [never]
    ? never
    : { [Key in keyof Result]: Key extends 'data' ? OfEntity<Data, Entity> : Result[Key] }
  : never;

/**
 * The success envelope `Envelope` whose `data.result` is narrowed to `Vendor` and `Entity`: what an SDK method
 * with `x-sdk.result` resolves to (`string` leaves that tag open).
 */
export type Narrowed<Envelope, Vendor extends string = string, Entity extends string = string> = Envelope extends {
  data: infer Inner extends { result: unknown };
}
  ? {
      [Key in keyof Envelope]: Key extends 'data'
        ? { [Field in keyof Inner]: Field extends 'result' ? NarrowResult<Inner['result'], Vendor, Entity> : Inner[Field] }
        : Envelope[Key];
    }
  : never;

/** One attempt: the generated client's call, given the attempt's signal and fetch. */
export type Attempt<Data> = (init: {
  signal: AbortSignal;
  fetch: (request: Request) => Promise<Response>;
}) => Promise<{ data?: Data; error?: unknown; response: Response }>;

/** Statuses that say "try again later" without the request having been refused for what it is. */
const RETRYABLE_STATUSES = new Set([429, 502, 504]);
const READS = new Set(['GET', 'HEAD']);

/** Whether `value` is a JSON object (for reading answers, which are untrusted until checked). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `body` is the success envelope, with `data.result` of `kind`. */
function isSuccessOfKind(body: unknown, kind: ResultKind): boolean {
  if (!isRecord(body) || body.status !== 'success' || !isRecord(body.data)) return false;
  const result = body.data.result;
  if (kind.vendor === undefined && kind.entity === undefined) return true;
  if (!isRecord(result) || !isRecord(result.data)) return false;
  if (kind.vendor !== undefined && result.vendor !== kind.vendor) return false;
  return kind.entity === undefined || !('entity' in result.data) || result.data.entity === kind.entity;
}

const describeKind = (kind: ResultKind): string =>
  Object.entries(kind)
    .map(([tag, value]) => `${tag} ${value}`)
    .join(', ');

/**
 * How long a `Retry-After` asks to wait, in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined
 * when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function nonNegative(value: number | undefined, fallback: number, name: string, integer = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new TypeError(`${name} must be a ${integer ? 'whole' : 'finite'} number ≥ 0, got ${String(value)}`);
  }
  return value;
}

const timer = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Checks `options` once (a `TypeError` names the option at fault, prefixed with `owner`, e.g. `CloudlessPayment
 * options`) and returns the function that sends a call with them. `fail` turns a failure into the error the
 * call rejects with.
 */
export function createTransport(options: TransportOptions, owner: string, fail: (failure: Failure) => Error) {
  const timeout = nonNegative(options.timeout, 30_000, `${owner}.timeout`);
  if (timeout === 0) throw new TypeError(`${owner}.timeout must be more than 0 ms`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError(`${owner}.fetch must be a function`);
  const retry: RetryOptions = options.retry ?? {};
  if (typeof retry !== 'object' || retry === null) throw new TypeError(`${owner}.retry must be an object`);
  if (retry.sleep !== undefined && typeof retry.sleep !== 'function') throw new TypeError(`${owner}.retry.sleep must be a function`);
  if (retry.random !== undefined && typeof retry.random !== 'function') throw new TypeError(`${owner}.retry.random must be a function`);
  const retries = nonNegative(retry.retries, 2, `${owner}.retry.retries`, true);
  const baseDelay = nonNegative(retry.baseDelay, 500, `${owner}.retry.baseDelay`);
  const maxDelay = nonNegative(retry.maxDelay, 30_000, `${owner}.retry.maxDelay`);
  const sleep = retry.sleep ?? timer;
  const random = retry.random ?? Math.random;
  // Looked up per request, so that a fetch installed after the SDK was created (instrumentation, tests) is used.
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));

  /** The wait before retry number `retry` (0-based) after `response`, or undefined when it must not be retried. */
  function waitBefore(retryIndex: number, method: string, response: Response): number | undefined {
    if (retryIndex >= retries || !RETRYABLE_STATUSES.has(response.status)) return undefined;
    if (!READS.has(method) && !retry.writes) return undefined;
    const asked = response.status === 429 ? retryAfterMs(response.headers.get('retry-after')) : undefined;
    if (asked !== undefined) return asked <= maxDelay ? asked : undefined;
    // Full jitter (a random wait up to the ceiling): clients that failed together do not retry together.
    return random() * Math.min(maxDelay, baseDelay * 2 ** retryIndex);
  }

  /**
   * Sends `attempt` until it ends in the success envelope of `kind`, fails for good, or runs out of retries.
   * `method` is the HTTP method, which decides whether retrying is safe.
   */
  return async function send<Data, Result extends Data = Data>(
    method: string,
    attempt: Attempt<Data>,
    kind: ResultKind = {},
  ): Promise<Result> {
    for (let retryIndex = 0; ; retryIndex++) {
      let sent: Request | undefined;
      let received: Response | undefined;
      const signal = AbortSignal.timeout(timeout);
      const fetch = async (request: Request) => {
        sent = request;
        received = await fetchImpl(request);
        return received;
      };
      let answer: Awaited<ReturnType<Attempt<Data>>>;
      try {
        answer = await attempt({ signal, fetch });
      } catch (cause) {
        const request = { method, url: sent?.url ?? '' };
        // A body that is not JSON arrived: an answer, just not one of the documented ones.
        if (cause instanceof SyntaxError && received) throw fail({ request, kind: 'answer', status: received.status, body: undefined });
        const timedOut = signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError';
        throw fail({ request, kind: timedOut ? 'timeout' : 'network', cause, timeout });
      }
      const { response } = answer;
      const request = { method, url: sent?.url ?? response.url };
      if (response.ok) {
        if (isSuccessOfKind(answer.data, kind)) return answer.data as Result;
        throw fail({ request, kind: 'answer', status: response.status, body: answer.data, expected: describeKind(kind) || 'success' });
      }
      const wait = waitBefore(retryIndex, method, response);
      if (wait === undefined) throw fail({ request, kind: 'answer', status: response.status, body: answer.error });
      await sleep(wait);
    }
  };
}
