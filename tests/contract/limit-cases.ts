/**
 * The table-driven runner of the request-limit tests: each case is a request to one operation that is
 * either valid or breaks exactly one documented limit, at a known place, with a known keyword (and, where
 * the spec records it, the vendor's own message).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiName } from '../../scripts/apis/index.mjs';
import { Contract, type RequestParts, type Violation } from '../../scripts/lib/contract.ts';

export interface Expected {
  in: Violation['in'];
  pointer: string;
  keyword: string;
  vendorMessage?: string;
}

export interface LimitCase<Operation extends string> {
  name: string;
  operation: Operation;
  request: RequestParts;
  /** undefined = the request is valid. */
  fails?: Expected;
  /** Pointers a union (`oneOf`/`anyOf`) may report besides the expected one. */
  alsoAt?: string[];
  /** The request breaks exactly one rule, so exactly one violation (with the vendor's one message) is reported. */
  single?: true;
}

/** `violationIn('body')('/name', 'maxLength', 'The name may not…')` */
export const violationIn =
  (where: Violation['in']) =>
  (pointer: string, keyword: string, vendorMessage?: string): Expected => ({
    in: where,
    pointer,
    keyword,
    ...(vendorMessage ? { vendorMessage } : {}),
  });

export function describeLimits<Operation extends string>(
  title: string,
  api: ApiName,
  operations: readonly Operation[],
  cases: LimitCase<Operation>[],
): void {
  describe(title, () => {
    let contract: Contract;
    beforeAll(() => {
      contract = Contract.load(api);
    });

    it('covers valid and invalid requests for every operation', () => {
      for (const operation of operations) {
        expect(
          cases.some((c) => c.operation === operation && !c.fails),
          `${operation} valid`,
        ).toBe(true);
        expect(
          cases.some((c) => c.operation === operation && c.fails),
          `${operation} invalid`,
        ).toBe(true);
      }
    });

    it('has unique case names', () => {
      const names = cases.map((c) => c.name);
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    });

    it.each(cases.filter((c) => !c.fails).map((c) => [c.name, c] as const))('accepts %s', (_name, c) => {
      expect(contract.validateRequest(c.operation, c.request)).toEqual([]);
    });

    it.each(cases.filter((c) => c.fails).map((c) => [c.name, c] as const))('rejects %s', (_name, c) => {
      const expected = c.fails!;
      const violations = contract.validateRequest(c.operation, c.request);
      expect(violations).toContainEqual(expect.objectContaining(expected));
      if (c.single) expect(violations).toHaveLength(1);
      // Only the value under test is wrong: nothing else in the request may be reported.
      const allowed = [expected.pointer, ...(c.alsoAt ?? [])];
      for (const violation of violations) {
        expect(violation.in).toBe(expected.in);
        expect(allowed).toContain(violation.pointer);
      }
    });
  });
}
