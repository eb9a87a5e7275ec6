/**
 * The country calling code at the start of an international number (`+6591234567` → 65): what Juspay keeps apart
 * from the number, and what Razorpay refuses when it is not assigned. ITU assigns the codes (1–3 digits) so that
 * none is a prefix of another, so the first assigned prefix is the code. The table is libphonenumber's.
 */
import { getCountries, getCountryCallingCode } from 'libphonenumber-js';

const ASSIGNED = new Set<string>(getCountries().map((country) => getCountryCallingCode(country)));

/** A number's digits after its `+`, split into the calling code and the rest; undefined when no assigned code starts them. */
export function splitCallingCode(digits: string): { code: string; number: string } | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (ASSIGNED.has(code)) return { code, number: digits.slice(length) };
  }
  return undefined;
}
