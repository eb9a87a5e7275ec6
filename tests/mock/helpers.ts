/**
 * Shared by the mock tests: a fetch wrapper for sample requests and the check that every response the tests
 * receive is one the spec documents.
 */
import { expect } from 'vitest';
import type { Contract } from '../../scripts/lib/contract.ts';
import type { SampleRequest } from '../../scripts/mock/sample-requests.ts';

import gateway from '../../scripts/apis/gateway.mjs';
import juspay from '../../scripts/apis/juspay.mjs';
import razorpay from '../../scripts/apis/razorpay.mjs';

export { requestBodyExamples } from '../../scripts/lib/examples.mjs';
export { authHeaders, encodeBody, sampleRequest, type SampleRequest } from '../../scripts/mock/sample-requests.ts';

/** The credentials each mock accepts, from the registry. */
export const CREDENTIALS = {
  gateway: gateway.auth.sampleCredentials,
  razorpay: razorpay.auth.sampleCredentials,
  juspay: juspay.auth.sampleCredentials,
};

export interface Received {
  status: number;
  contentType: string | undefined;
  headers: Record<string, string>;
  text: string;
  json: any;
}

export async function send(baseUrl: string, request: SampleRequest, extraHeaders: Record<string, string> = {}): Promise<Received> {
  const search = new URLSearchParams(request.query).toString();
  const response = await fetch(`${baseUrl}${request.path}${search ? `?${search}` : ''}`, {
    method: request.method,
    headers: { ...request.headers, ...(request.contentType ? { 'content-type': request.contentType } : {}), ...extraHeaders },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? undefined;
  let json: any;
  if (text && contentType?.includes('json')) json = JSON.parse(text);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, contentType, headers, text, json };
}

/** Asserts that an answer of `operationId` is one the spec documents, body and headers included. */
export function expectValidResponse(
  contract: Contract,
  operationId: string,
  received: { status: number; json: unknown; contentType?: string | undefined; headers?: Record<string, string> },
): void {
  const violations = contract.validateResponse(operationId, received.status, received.json, {
    contentType: received.contentType,
    headers: received.headers ?? {},
  });
  expect(violations, `${contract.api} ${operationId} ${received.status} ${JSON.stringify(received.json)?.slice(0, 300)}`).toEqual([]);
}
