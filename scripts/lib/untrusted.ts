/**
 * Containers for data whose keys come from outside (request bodies, queries, headers, recorded traffic):
 * objects without a prototype, so that a key such as `__proto__`, `constructor` or `prototype` is plain data
 * and can never reach Object.prototype. Everything that turns untrusted text into objects builds them here.
 */

export type Dict<T = unknown> = Record<string, T>;

/** An empty object with no prototype. */
export function dict<T = unknown>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

/** A prototype-free copy of `entries` (later keys win). */
export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Dict<T> {
  const out = dict<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** How deep JSON bodies may nest; the vendors' own bodies nest at most 4 levels. */
export const MAX_JSON_DEPTH = 32;

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: 'syntax' | 'depth'; message: string };

/**
 * The nesting depth of JSON text, counted without parsing (strings skipped), so that a hostile body is
 * refused before a recursive parser or validator can run out of stack. Stops counting past `limit`.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return deepest;
}

class NumberOutOfRange extends Error {}

/**
 * A copy of parsed JSON whose objects have no prototype. JSON.parse already makes `__proto__` an own data property;
 * copying onto prototype-free objects keeps it one wherever the object travels next (spread, Object.assign, property
 * writes by key). A walk after parsing rather than a JSON.parse reviver: the reviver, called for every value, made a
 * small body's parse five times slower. Recursion is safe: callers refuse deep text before parsing.
 */
function withoutPrototypes(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    // `1e400` is valid JSON text but parses as Infinity, which no schema's number means and JSON cannot write back.
    if (typeof value === 'number' && !Number.isFinite(value)) throw new NumberOutOfRange();
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withoutPrototypes(value[i]);
    return value;
  }
  const out = dict();
  for (const key of Object.keys(value)) out[key] = withoutPrototypes((value as Dict)[key]);
  return out;
}

/** Parses untrusted JSON into prototype-free objects, refusing bodies nested deeper than `maxDepth`. */
export function parseUntrustedJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonParse {
  const depth = jsonDepth(text, maxDepth);
  if (depth > maxDepth) return { ok: false, reason: 'depth', message: `JSON nested deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: withoutPrototypes(JSON.parse(text)) };
  } catch (error) {
    const message = error instanceof NumberOutOfRange ? 'a number too large for a double (it reads as Infinity)' : (error as Error).message;
    return { ok: false, reason: 'syntax', message: `not valid JSON: ${message}` };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a UTF-8 byte sequence, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
