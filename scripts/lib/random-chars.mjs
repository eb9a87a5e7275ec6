// @ts-check
/** Random text for vendor-shaped ids (Razorpay's 14 alphanumerics, Juspay's 16, webhook event ids). */
import { randomBytes } from 'node:crypto';

export const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';

/**
 * `length` characters drawn uniformly from `alphabet` (bytes beyond the last whole multiple of its size are
 * drawn again, so no character is likelier than another).
 * @param {number} length
 * @param {string} [alphabet]
 */
export function randomChars(length, alphabet = ALPHANUMERIC) {
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
