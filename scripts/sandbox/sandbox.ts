/**
 * The sandbox as a responder of the mock's pipeline: a request the contract accepted is answered by the vendor's
 * handler for its operation, against the state of the caller's account. `Prefer: code=`/`example=` (and Prism's
 * `__code`/`__example` query parameters) still return the spec's documented examples, through Prism; `Prefer:
 * delay=<ms>` holds the answer back; failures planned with `POST /__sandbox/failures` answer the documented
 * example of their status.
 */
import type { ApiDefinition } from '../apis/index.mjs';
import type { ExamplesResponder } from '../mock/examples-responder.ts';
import { replyValue, type AcceptedRequest, type Reply, type Responder } from '../mock/pipeline.ts';
import { readDelay, wantsExample } from '../mock/prefer.ts';
import type { Account, CollectionDefinition, PlannedFailure, SandboxState } from './state.ts';

/** A request a handler answers: what the pipeline accepted, and the state of the caller's account. */
export interface SandboxCall extends AcceptedRequest {
  accountId: string;
  account: Account;
}

export type Handler = (call: SandboxCall) => Reply | Promise<Reply>;

/** What one vendor's sandbox consists of. */
export interface VendorSandbox {
  /** One handler per operation of the spec (a test holds every sandbox to that). */
  handlers: Record<string, Handler>;
  /** The collections the handlers keep: the spec schema of their entities (checked on --seed/--state), their indexes. */
  collections: Record<string, CollectionDefinition>;
  /** The vendor's own control routes, `/__sandbox/<name>` (e.g. Razorpay's checkout), besides the common ones. */
  controls?: Record<string, ControlHandler>;
  /** Told when the clock control moved the caller's clock: what expires by then expires now (and says so). */
  onClock?: (caller: { accountId: string; account: Account }) => void;
  /** Told when the reset control emptied an account: what the sandbox keeps beside the state goes too. */
  onReset?: (accountId: string) => void;
}

/** A control route's handler: the caller's account and the JSON body it sent. */
export type ControlHandler = (call: { accountId: string; account: Account; headers: Record<string, string>; body: unknown }) => Reply;

/** The longest `Prefer: delay` honoured: longer asks are cut to it, so no request can hold a connection forever. */
const MAX_DELAY_MS = 60_000;

export class SandboxResponder implements Responder {
  constructor(
    private readonly definition: ApiDefinition,
    private readonly state: SandboxState,
    private readonly vendor: VendorSandbox,
    private readonly examples: ExamplesResponder,
  ) {}

  async respond(request: AcceptedRequest): Promise<Reply> {
    const delay = readDelay(request.headers);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, MAX_DELAY_MS)));
    const accountId = this.definition.auth.account(request.headers);
    const account = this.state.account(this.definition.name, accountId);
    const failure = account.takeFailure(request.operationId);
    if (failure !== undefined) return this.plannedFailure(request, failure);
    if (wantsExample(request.headers, request.query)) return this.example(request);
    const handler = this.vendor.handlers[request.operationId];
    if (!handler) throw new Error(`the ${this.definition.name} sandbox has no handler for ${request.operationId}`);
    // Object.assign, not `{ ...request, accountId, account }`: on Node 20's V8 a spread followed by more properties
    // takes a slow path that cost microseconds per request (bench:mock).
    const reply = await handler(Object.assign({ accountId, account }, request));
    // A read that changes something says so itself (Account.changed): an invoice it finds expired.
    if (reply.status < 400 && request.method !== 'get') this.state.changed();
    return reply;
  }

  /** A planned failure answers the documented example of its status, as a real one would: with ids of its own. */
  private async plannedFailure(request: AcceptedRequest, { status, retryAfter }: PlannedFailure): Promise<Reply> {
    const reply = await this.example(request, { prefer: `code=${status}` });
    const withFreshIds = this.definition.errors.withFreshIds;
    const headers = retryAfter === undefined ? reply.headers : { ...reply.headers, 'retry-after': String(retryAfter) };
    return { ...reply, headers, body: withFreshIds ? withFreshIds(replyValue(reply)) : reply.body };
  }

  private example(request: AcceptedRequest, extraHeaders: Record<string, string> = {}): Promise<Reply> {
    return this.examples.respond(request.operationId, request.path, request.query, { ...request.headers, ...extraHeaders });
  }
}
