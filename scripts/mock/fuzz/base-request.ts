/** Requests the spec calls valid for one operation, built from its own examples (lib/examples.mjs). */
import type { Contract, OperationInfo } from '../../lib/contract.ts';
import { asText, exampleRequests } from '../../lib/examples.mjs';

export interface FuzzRequest {
  operationId: string;
  method: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  mediaType?: string;
}

/** Every valid request the examples give: each request-body example of each media type. */
export function validRequests(contract: Contract, info: OperationInfo): FuzzRequest[] {
  return exampleRequests(contract.spec, info).map((example) => ({
    operationId: info.operationId,
    method: info.method.toUpperCase(),
    pathParams: asText(example.path),
    query: asText(example.query),
    headers: asText(example.header),
    ...(example.body ? { body: example.body.value, mediaType: example.body.mediaType } : {}),
  }));
}
