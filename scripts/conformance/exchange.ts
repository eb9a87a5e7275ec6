/**
 * The formats the conformance checker reads: an exchange (one HTTP request/response pair a client made, as written
 * one per line in NDJSON files and as converted from HAR entries) and a webhook delivery (one request the API made
 * to its user, NDJSON only).
 */
import { API_NAMES, isApiName, type ApiName } from '../apis/index.mjs';

export interface Exchange {
  kind?: 'exchange';
  api?: ApiName;
  method: string;
  /** Absolute URL or a path with query string. */
  url: string;
  status: number;
  /** Response headers. */
  headers?: Record<string, string>;
  /** Response body: parsed JSON, or text when the response was not JSON. */
  body?: unknown;
  request?: { headers?: Record<string, string>; body?: unknown };
}

/** A webhook the API sent (OpenAPI 3.1 `webhooks`), as its receiver got it. */
export interface WebhookDelivery {
  kind: 'webhook';
  api?: ApiName;
  /** The request headers of the delivery. */
  headers?: Record<string, string>;
  /** The raw request body, byte for byte as received (as text): the signature is computed over it. */
  body: string;
}

export type Recorded = Exchange | WebhookDelivery;

export const isWebhookDelivery = (item: Recorded): item is WebhookDelivery => item.kind === 'webhook';

/** Returns why a parsed line or entry is neither an exchange nor a webhook delivery, or undefined when it is one. */
export function exchangeShapeError(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an exchange must be a JSON object';
  const candidate = value as Record<string, unknown>;
  if (candidate.kind !== undefined && candidate.kind !== 'exchange') {
    return candidate.kind === 'webhook' ? webhookShapeError(candidate) : '"kind" must be "exchange" (the default) or "webhook"';
  }
  if (typeof candidate.method !== 'string' || candidate.method === '') return '"method" must be a non-empty string';
  if (typeof candidate.url !== 'string' || candidate.url === '') return '"url" must be a non-empty string';
  if (!Number.isInteger(candidate.status) || (candidate.status as number) < 100 || (candidate.status as number) > 599) {
    return '"status" must be an HTTP status code (100-599)';
  }
  const common = commonShapeError(candidate);
  if (common) return common;
  const request = candidate.request as Record<string, unknown> | undefined;
  if (request !== undefined) {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) return '"request" must be an object';
    if (request.headers !== undefined && !isStringRecord(request.headers)) return '"request.headers" must be an object of strings';
  }
  return undefined;
}

function webhookShapeError(candidate: Record<string, unknown>): string | undefined {
  if (typeof candidate.body !== 'string') return '"body" of a webhook must be the raw request body, as a string';
  return commonShapeError(candidate);
}

function commonShapeError(candidate: Record<string, unknown>): string | undefined {
  if (candidate.api !== undefined && !(typeof candidate.api === 'string' && isApiName(candidate.api)))
    return `"api" must be one of ${API_NAMES.join(', ')}`;
  if (candidate.headers !== undefined && !isStringRecord(candidate.headers)) return '"headers" must be an object of strings';
  return undefined;
}

function isStringRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}

/** Case-insensitive header lookup without copying the record. */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}
