/**
 * The exchange format the conformance checker reads: one HTTP request/response pair, as written one per line
 * in NDJSON files and as converted from HAR entries.
 */
import { API_NAMES, isApiName, type ApiName } from '../apis/index.mjs';

export interface Exchange {
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

/** Returns why a parsed line or entry is not an exchange, or undefined when it is one. */
export function exchangeShapeError(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an exchange must be a JSON object';
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.method !== 'string' || candidate.method === '') return '"method" must be a non-empty string';
  if (typeof candidate.url !== 'string' || candidate.url === '') return '"url" must be a non-empty string';
  if (!Number.isInteger(candidate.status) || (candidate.status as number) < 100 || (candidate.status as number) > 599) {
    return '"status" must be an HTTP status code (100-599)';
  }
  if (candidate.api !== undefined && !(typeof candidate.api === 'string' && isApiName(candidate.api)))
    return `"api" must be one of ${API_NAMES.join(', ')}`;
  if (candidate.headers !== undefined && !isStringRecord(candidate.headers)) return '"headers" must be an object of strings';
  const request = candidate.request as Record<string, unknown> | undefined;
  if (request !== undefined) {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) return '"request" must be an object';
    if (request.headers !== undefined && !isStringRecord(request.headers)) return '"request.headers" must be an object of strings';
  }
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
