/**
 * Valid requests built from a bundled spec's own parameter and request-body examples, and the credentials
 * the mocks accept: shared by the mock tests and the mock benchmark.
 */
import { resolveLocalRef, type Api, type Contract, type OperationInfo } from '../lib/contract.ts';
import { parameterExample as exampleOf } from '../lib/local-ref.mjs';

type Json = Record<string, any>;

export const CREDENTIALS = {
  razorpay: { keyId: 'rzp_test_00000000000000', keySecret: 'mock_secret' },
  juspay: { apiKey: '00000000000000000000000000000000', merchantId: 'merchant_id' },
  gateway: { apiKey: 'cp_test_mock_key' },
} as const;

export function authHeaders(api: Api): Record<string, string> {
  if (api === 'razorpay') {
    const { keyId, keySecret } = CREDENTIALS.razorpay;
    return { authorization: `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}` };
  }
  if (api === 'juspay') return { authorization: `Basic ${Buffer.from(CREDENTIALS.juspay.apiKey).toString('base64')}` };
  return { 'x-api-key': CREDENTIALS.gateway.apiKey };
}

export interface SampleRequest {
  method: string;
  /** Path with parameters filled, without the base path. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
}

function parameterExample(contract: Contract, param: Json): unknown {
  const value = exampleOf(contract.spec, param);
  if (value === undefined) throw new Error(`${contract.api} ${param.in} parameter ${param.name} has no example to build a request from`);
  return value;
}

/** The first example body of each request media type, `{ mediaType: value }`. */
export function requestBodyExamples(contract: Contract, info: OperationInfo): Record<string, unknown> {
  const requestBody = resolveLocalRef(contract.spec, info.operation.requestBody);
  return Object.fromEntries(Object.entries<Json>(requestBody?.content ?? {}).map(([mediaType, media]) => {
    const first = Object.values<Json>(media.examples ?? {})[0];
    if (!first) throw new Error(`${contract.api} ${info.operationId}: no example for the ${mediaType} request body`);
    return [mediaType, resolveLocalRef(contract.spec, first)!.value];
  }));
}

export function encodeBody(value: unknown, mediaType: string): string {
  if (mediaType === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)])).toString();
  }
  return JSON.stringify(value);
}

/** A request the spec calls valid, from its parameter and request-body examples (`pathValues` replace some). */
export function sampleRequest(contract: Contract, operationId: string, pathValues: Record<string, string> = {}): SampleRequest {
  const info = contract.operation(operationId);
  let path = info.path;
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const param of info.parameters) {
    if (param.in === 'path') path = path.replace(`{${param.name}}`, encodeURIComponent(pathValues[param.name] ?? String(parameterExample(contract, param))));
    else if (param.required && param.in === 'query') query[param.name] = String(parameterExample(contract, param));
    else if (param.required && param.in === 'header') headers[param.name.toLowerCase()] = String(parameterExample(contract, param));
  }
  const [mediaType, value] = Object.entries(requestBodyExamples(contract, info))[0] ?? [];
  return {
    method: info.method.toUpperCase(),
    path,
    query,
    headers,
    ...(mediaType ? { body: encodeBody(value, mediaType), contentType: mediaType } : {}),
  };
}
