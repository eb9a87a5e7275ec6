/**
 * What a client asks the mock for. Documented examples, the way stock `prism mock` reads them: the `Prefer` header
 * (`code=404, example=notFound, dynamic=true`, parsed with parse-prefer-header as Prism's server does) or, without
 * one, the `__code`, `__example`, `__dynamic` and `__seed` query parameters; Prism does not export its own reader
 * (it lives in prism-http-server's internals), so this is its decoding, on the same parser. And of the sandbox,
 * `Prefer: delay=<ms>`: hold the answer back.
 */
import parsePreferHeader from 'parse-prefer-header';
import type { Query } from '../lib/query.ts';

export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

export type PreferenceResult = { ok: true; preferences: Preferences } | { ok: false; message: string };

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function readPreferences(headers: Record<string, string>, query: Query): PreferenceResult {
  const raw: Record<string, unknown> = headers.prefer
    ? parsePreferHeader(headers.prefer)
    : { code: first(query.__code), example: first(query.__example), dynamic: first(query.__dynamic), seed: first(query.__seed) };
  const preferences: Preferences = {};
  if (raw.code !== undefined) {
    if (typeof raw.code !== 'string' || !/^\d{3}$/.test(raw.code))
      return { ok: false, message: `code: cannot decode ${JSON.stringify(raw.code)}, should be a number` };
    preferences.code = Number(raw.code);
  }
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== 'true' && raw.dynamic !== 'false')
      return { ok: false, message: `dynamic: cannot decode ${JSON.stringify(raw.dynamic)}, should be a boolean` };
    preferences.dynamic = raw.dynamic === 'true';
  }
  if (raw.example !== undefined) {
    if (typeof raw.example !== 'string') return { ok: false, message: 'example: should be a string' };
    preferences.exampleKey = raw.example;
  }
  if (raw.seed !== undefined) {
    if (typeof raw.seed !== 'string') return { ok: false, message: 'seed: should be a string' };
    preferences.seed = raw.seed;
  }
  return { ok: true, preferences };
}

/** Whether the request asks for a documented example rather than the sandbox's answer. */
export function wantsExample(headers: Record<string, string>, query: Query): boolean {
  if (headers.prefer) {
    const raw = parsePreferHeader(headers.prefer);
    return raw.code !== undefined || raw.example !== undefined || raw.dynamic !== undefined;
  }
  return query.__code !== undefined || query.__example !== undefined || query.__dynamic !== undefined;
}

/** `Prefer: delay=<ms>`, or 0 when absent or not a whole number of milliseconds. */
export function readDelay(headers: Record<string, string>): number {
  if (!headers.prefer) return 0;
  const raw = parsePreferHeader(headers.prefer).delay;
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
}
