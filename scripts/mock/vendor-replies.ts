/**
 * The answers a mock builds itself, in the vendor's shape: the API module's renderers (scripts/apis/) bound to the
 * bodies its spec documents, looked up once at start-up, so that a spec lacking one fails then and not on the
 * first request, and so that the answers are the documented bodies rather than copies that could drift.
 */
import type { ApiDefinition, ErrorReply } from '../apis/index.mjs';
import type { Contract, Violation } from '../lib/contract.ts';
import { responseExamples } from '../lib/examples.mjs';
import { resolveLocalRef } from '../lib/local-ref.mjs';

type Json = Record<string, any>;

export interface VendorReplies {
  /** The 401 for `reason` (a key of the API's `auth.rejections`) on `operationId`. */
  unauthorized(operationId: string, reason: string): ErrorReply;
  /** The refusal of a request the contract refuses; with `operationId`, as that operation documents it. */
  invalidRequest(violations: Violation[], operationId?: string): ErrorReply;
  unknownRoute(method: string, path: string, methodKnown: boolean): ErrorReply;
  payloadTooLarge(): ErrorReply;
}

/** The first example of `status` of `operationId` that satisfies `predicate`, or a contract bug. */
function findExample(contract: Contract, operationId: string, status: number, what: string, predicate: (value: any) => boolean): unknown {
  const found = Object.values(responseExamples(contract.spec, contract.operation(operationId), status)).find(predicate);
  if (found === undefined) throw new Error(`${contract.api} spec: ${operationId} documents no ${status} example for ${what}`);
  return found;
}

/** Like findExample, over every operation (for answers that belong to no single operation). */
function findAnyExample(contract: Contract, status: number, what: string, predicate: (value: any) => boolean): unknown {
  for (const operation of contract.operations) {
    const found = Object.values(responseExamples(contract.spec, operation, status)).find(predicate);
    if (found !== undefined) return found;
  }
  throw new Error(`${contract.api} spec: no operation documents a ${status} example for ${what}`);
}

/**
 * Values for the headers of the first operation documenting `status`: each header's schema example, or a
 * placeholder naming the mock, so that required headers are present on answers the mock builds itself.
 */
function documentedHeaders(contract: Contract, status: number): Record<string, string> {
  for (const { operation } of contract.operations) {
    const response = resolveLocalRef(contract.spec, operation.responses?.[String(status)]);
    if (!response) continue;
    return Object.fromEntries(
      Object.entries<Json>(response.headers ?? {}).map(([name, header]) => {
        const schema = resolveLocalRef(contract.spec, resolveLocalRef(contract.spec, header)?.schema);
        return [name.toLowerCase(), String(schema?.examples?.[0] ?? schema?.example ?? 'mock')];
      }),
    );
  }
  return {};
}

export function vendorReplies(definition: ApiDefinition, contract: Contract): VendorReplies {
  const rejections = new Map(
    contract.operations.map(({ operationId }) => [
      operationId,
      new Map(
        Object.entries(definition.auth.rejections).map(([reason, predicate]) => [
          reason,
          findExample(contract, operationId, 401, `the "${reason}" refusal`, predicate),
        ]),
      ),
    ]),
  );
  const tooLarge: ErrorReply = {
    status: 413,
    body: findAnyExample(contract, 413, 'a body over 1 MiB', (value) => value !== undefined),
    headers: documentedHeaders(contract, 413),
  };
  const fresh = definition.errors.withFreshIds;
  return {
    unauthorized: (operationId, reason) => {
      const body = rejections.get(operationId)?.get(reason);
      return { status: 401, body: fresh ? fresh(body) : body };
    },
    invalidRequest: (violations, operationId) =>
      definition.errors.invalidRequest(violations, (predicate) =>
        operationId === undefined
          ? undefined
          : Object.values(responseExamples(contract.spec, contract.operation(operationId), 400)).find(predicate),
      ),
    unknownRoute: definition.errors.unknownRoute((status, what, predicate) => findAnyExample(contract, status, what, predicate)),
    payloadTooLarge: () => (fresh ? { ...tooLarge, body: fresh(tooLarge.body) } : tooLarge),
  };
}
