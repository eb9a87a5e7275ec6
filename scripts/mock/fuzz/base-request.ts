/** A request the spec calls valid for one operation, built from the spec's own parameter and body examples. */
import { resolveLocalRef, type Contract, type OperationInfo } from '../../lib/contract.ts';
import { parameterExample as exampleOf } from '../../lib/local-ref.mjs';

type Json = Record<string, any>;

export interface FuzzRequest {
  operationId: string;
  method: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  mediaType?: string;
}

function parameterExample(contract: Contract, param: Json): string | undefined {
  const value = exampleOf(contract.spec, param);
  return value === undefined ? undefined : String(value);
}

/** Every valid request the examples give: each request-body example of each media type. */
export function validRequests(contract: Contract, info: OperationInfo): FuzzRequest[] {
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const param of info.parameters) {
    const example = parameterExample(contract, param);
    if (param.in === 'path') {
      if (example === undefined) throw new Error(`${contract.api} ${info.operationId}: path parameter ${param.name} has no example`);
      pathParams[param.name] = example;
    } else if (param.required) {
      if (example === undefined) throw new Error(`${contract.api} ${info.operationId}: required ${param.in} parameter ${param.name} has no example`);
      (param.in === 'query' ? query : headers)[param.in === 'header' ? param.name.toLowerCase() : param.name] = example;
    }
  }
  const base: FuzzRequest = { operationId: info.operationId, method: info.method.toUpperCase(), pathParams, query, headers };
  const requestBody = resolveLocalRef(contract.spec, info.operation.requestBody);
  if (!requestBody) return [base];
  const requests = Object.entries<Json>(requestBody.content ?? {}).flatMap(([mediaType, media]) =>
    Object.values<Json>(media.examples ?? {}).map((example) => ({ ...base, mediaType, body: resolveLocalRef(contract.spec, example)?.value })));
  return requests;
}
