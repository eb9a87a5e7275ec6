/**
 * Vendor-shaped ids: a prefix and random characters, e.g. Razorpay's `cust_` + 14 case-sensitive alphanumerics
 * (docs/sources/razorpay.md §2.1) or Juspay's `cth_` + 16 (docs/sources/juspay.md §3). Random, not sequential,
 * so ids from two sandbox runs (or two accounts) never collide in a client's own database.
 */
import { ALPHANUMERIC, randomChars } from '../lib/random-chars.mjs';

/** A new id that `taken` does not hold yet. */
export function newId(prefix: string, taken: { has(id: string): boolean }, length = 14, alphabet = ALPHANUMERIC): string {
  for (;;) {
    const id = prefix + randomChars(length, alphabet);
    if (!taken.has(id)) return id;
  }
}
