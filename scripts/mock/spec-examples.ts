/**
 * Reads the named response examples of a bundled spec, so that the mock's own answers (401s, unknown
 * routes) are the bodies the spec documents rather than copies that could drift from it.
 */
import { resolveLocalRef, type Contract } from '../lib/contract.ts';

type Json = Record<string, any>;


/** `{ key: value }` of the named JSON examples of one documented response. */
export function responseExamples(contract: Contract, operationId: string, status: number): Record<string, unknown> {
  const response = resolveLocalRef(contract.spec, contract.operation(operationId).operation.responses?.[String(status)]);
  const examples: Json = response?.content?.['application/json']?.examples ?? {};
  return Object.fromEntries(Object.entries(examples).map(([key, example]) => [key, resolveLocalRef(contract.spec, example)?.value]));
}

/**
 * The first example of `status` for `operationId` that satisfies `predicate`; a spec without one is a
 * contract bug, reported with the operation and what was looked for.
 */
export function findExample(contract: Contract, operationId: string, status: number, what: string, predicate: (value: any) => boolean): unknown {
  const found = Object.values(responseExamples(contract, operationId, status)).find(predicate);
  if (found === undefined) {
    throw new Error(`${contract.api} spec: ${operationId} documents no ${status} example for ${what}`);
  }
  return found;
}

/** Like findExample, over every operation of the spec (for answers that belong to no single operation). */
export function findAnyExample(contract: Contract, status: number, what: string, predicate: (value: any) => boolean): unknown {
  for (const { operationId } of contract.operations) {
    const found = Object.values(responseExamples(contract, operationId, status)).find(predicate);
    if (found !== undefined) return found;
  }
  throw new Error(`${contract.api} spec: no operation documents a ${status} example for ${what}`);
}

/**
 * Values for the headers of the first operation documenting `status`: each header's schema example, or a
 * placeholder naming the mock, so that required headers are present on answers the mock builds itself.
 */
export function findResponseHeaders(contract: Contract, status: number): Record<string, string> {
  for (const { operationId } of contract.operations) {
    const response = resolveLocalRef(contract.spec, contract.operation(operationId).operation.responses?.[String(status)]);
    if (!response) continue;
    return Object.fromEntries(Object.entries<Json>(response.headers ?? {}).map(([name, header]) => {
      const schema = resolveLocalRef(contract.spec, resolveLocalRef(contract.spec, header)?.schema);
      return [name.toLowerCase(), String(schema?.examples?.[0] ?? schema?.example ?? 'mock')];
    }));
  }
  return {};
}
