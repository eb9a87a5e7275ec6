/**
 * Valid requests built from a bundled spec's own examples (lib/examples.mjs), as they go on the wire, and the
 * credentials the mocks accept (the registry's sample credentials): shared by the mock tests and benchmarks.
 */
import { apiDefinition } from '../apis/index.mjs';
import type { Contract } from '../lib/contract.ts';
import { asText, exampleRequests, type ExampleRequest } from '../lib/examples.mjs';
import { encodeFormBody } from '../lib/form.ts';
import { MULTIPART_BOUNDARY, encodeMultipartBody } from '../lib/multipart.ts';

export interface SampleRequest {
  method: string;
  /** Path with parameters filled, without the base path. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
}

/** The headers that present the API's sample credentials. */
export function authHeaders(api: string): Record<string, string> {
  const { auth } = apiDefinition(api);
  return auth.headers(auth.sampleCredentials);
}

/** A body value as its media type puts it on the wire (a multipart body with MULTIPART_BOUNDARY). */
export function encodeBody(value: unknown, mediaType: string): string {
  if (mediaType === 'application/x-www-form-urlencoded') return encodeFormBody(value as Record<string, unknown>).toString();
  if (mediaType === 'multipart/form-data') return encodeMultipartBody(value as Record<string, unknown>);
  return JSON.stringify(value);
}

/** The Content-Type of a body encodeBody wrote: a multipart one names its boundary. */
export const wireContentType = (mediaType: string): string =>
  mediaType === 'multipart/form-data' ? `${mediaType}; boundary=${MULTIPART_BOUNDARY}` : mediaType;

/** The path template with the request's path parameters filled in, percent-encoded. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** An example request on the wire. */
function toWire(contract: Contract, operationId: string, example: ExampleRequest, pathValues: Record<string, string> = {}): SampleRequest {
  const info = contract.operation(operationId);
  return {
    method: info.method.toUpperCase(),
    path: fillPath(info.path, { ...asText(example.path), ...pathValues }),
    query: asText(example.query),
    headers: asText(example.header),
    ...(example.body
      ? { body: encodeBody(example.body.value, example.body.mediaType), contentType: wireContentType(example.body.mediaType) }
      : {}),
  };
}

/** The first request the spec's examples give for an operation (`pathValues` replace some path parameters). */
export function sampleRequest(contract: Contract, operationId: string, pathValues: Record<string, string> = {}): SampleRequest {
  return toWire(contract, operationId, exampleRequests(contract.spec, contract.operation(operationId))[0]!, pathValues);
}
