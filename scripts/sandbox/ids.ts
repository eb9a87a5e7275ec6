/**
 * Vendor-shaped ids: a prefix and random characters, e.g. Razorpay's `cust_` + 14 case-sensitive alphanumerics
 * (docs/sources/razorpay.md §2.1) or Juspay's `cth_` + 16 (docs/sources/juspay.md §3). Random, not sequential,
 * so ids from two sandbox runs (or two accounts) never collide in a client's own database.
 */
import { randomBytes } from 'node:crypto';

export const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';

/** `length` characters drawn uniformly from `alphabet` (bytes beyond the last whole multiple are redrawn). */
export function randomChars(length: number, alphabet = ALPHANUMERIC): string {
  const limit = 256 - (256 % alphabet.length);
  let text = '';
  while (text.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) text += alphabet[byte % alphabet.length];
      if (text.length === length) break;
    }
  }
  return text;
}

/** A new id that `taken` does not hold yet. */
export function newId(prefix: string, taken: { has(id: string): boolean }, length = 14, alphabet = ALPHANUMERIC): string {
  for (;;) {
    const id = prefix + randomChars(length, alphabet);
    if (!taken.has(id)) return id;
  }
}
