// @ts-check
/** Random text for vendor-shaped ids (Razorpay's 14 alphanumerics, Juspay's 16, webhook event ids). */
import { randomFillSync } from 'node:crypto';

export const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';

/**
 * Random bytes are drawn from the CSPRNG a pool at a time, as Node's own `crypto.randomUUID` does: one small
 * `randomBytes` call per id cost more than the rest of a sandbox create (a call into OpenSSL and its fork check).
 */
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let next = POOL_BYTES;

function randomByte() {
  if (next === POOL_BYTES) {
    randomFillSync(pool);
    next = 0;
  }
  return /** @type {number} */ (pool[next++]);
}

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
    const byte = randomByte();
    if (byte < limit) text += alphabet[byte % alphabet.length];
  }
  return text;
}
