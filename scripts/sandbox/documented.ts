/**
 * What the sandbox takes from the spec instead of writing it again: the vendor's error bodies, verbatim from the
 * examples each operation documents (found by the vendor's text, so a spec that loses one is noticed by the
 * sandbox's tests), and the documented entities as templates for new ones, so that the fields the sandbox does
 * not model (a card's issuer, an invoice's tax fields) are the vendor's own.
 */
import type { Contract } from '../lib/contract.ts';
import { responseExamples } from '../lib/examples.mjs';
import type { Reply } from '../mock/pipeline.ts';

type Json = Record<string, any>;

export class Documented {
  private readonly errors = new Map<string, Reply>();

  /**
   * @param matches whether a documented error body carries `text` (e.g. Razorpay's `error.description`)
   * @param fallback the vendor's body for `text` when the operation documents none with it
   */
  constructor(
    readonly contract: Contract,
    private readonly matches: (body: any, text: string) => boolean,
    private readonly fallback: (text: string) => unknown,
  ) {}

  /** The vendor's `status` answer carrying `text` for `operationId`: its documented example when there is one. */
  error(operationId: string, text: string, status = 400): Reply {
    const key = `${operationId}\n${status}\n${text}`;
    let reply = this.errors.get(key);
    if (!reply) {
      const documented = Object.values(responseExamples(this.contract.spec, this.contract.operation(operationId), status)).find((body) =>
        this.matches(body, text),
      );
      reply = { status, body: documented ?? this.fallback(text) };
      this.errors.set(key, reply);
    }
    return { ...reply, body: structuredClone(reply.body) };
  }

  /** A copy of the first documented 200 example of `operationId` that satisfies `predicate`. */
  template(operationId: string, predicate: (example: Json) => boolean = () => true): Json {
    const found = Object.values(responseExamples(this.contract.spec, this.contract.operation(operationId), 200)).find((example) =>
      predicate(example as Json),
    );
    if (found === undefined) throw new Error(`${this.contract.api} spec: ${operationId} documents no 200 example to build from`);
    return structuredClone(found) as Json;
  }
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
