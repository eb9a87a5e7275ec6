/**
 * Parses an application/x-www-form-urlencoded body the way the vendors' servers read it: bracket keys
 * (`notes[key]=v`, `items[]=a`) become nested objects and arrays (PHP/Rails style, as Razorpay's ruby/php
 * SDKs send them); dotted keys such as Juspay's `options.get_client_auth_token` stay flat.
 */
export function parseFormBody(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const [head, ...rest] = rawKey.split('[');
    const path = [head!, ...rest.map((segment) => segment.replace(/\]$/, ''))];
    assign(out, path, value);
  }
  return out;
}

function assign(target: Record<string, unknown> | unknown[], path: string[], value: string): void {
  const [key, ...rest] = path;
  const container = target as Record<string, unknown>;
  const slot = key === '' && Array.isArray(target) ? String(target.length) : key!;
  if (rest.length === 0) {
    container[slot] = value;
    return;
  }
  if (typeof container[slot] !== 'object' || container[slot] === null) {
    container[slot] = rest[0] === '' ? [] : {};
  }
  assign(container[slot] as Record<string, unknown>, rest, value);
}
