// @ts-check
/** Helpers the API modules share: reading Basic credentials, and picking the violation a server reports. */

import { boundedMemo } from '../lib/bounded-memo.mjs';
import { unescapePointer } from '../lib/local-ref.mjs';

/** @typedef {import('../lib/contract.ts').Violation} Violation */

/** A Basic token's user and password; no colon means no password. Frozen: the results are shared. */
const decodeBasic = boundedMemo((token) => {
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return Object.freeze(
    colon < 0 ? { user: decoded, password: undefined } : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) },
  );
});

/**
 * The user and password of an `Authorization: Basic …` header whose scheme matches `scheme` (which captures
 * the token); undefined when there is none. No colon means no password (`undefined`).
 * @param {string | undefined} header
 * @param {RegExp} scheme
 * @returns {{ user: string, password: string | undefined } | undefined}
 */
export function basicCredentials(header, scheme) {
  const token = header === undefined ? undefined : scheme.exec(header)?.[1];
  return token ? decodeBasic(token) : undefined;
}

/** @type {(text: string) => string} */
export const basicHeader = boundedMemo((text) => `Basic ${Buffer.from(text).toString('base64')}`);

/**
 * The first segment of the violation's pointer: the body field, query parameter or header at fault.
 * @param {Violation} violation
 */
export function fieldOf(violation) {
  return unescapePointer(violation.pointer.split('/')[1] ?? '');
}

/**
 * The violation a server reports first: one the spec gives the vendor's text for, else the first.
 * @param {Violation[]} violations
 * @returns {Violation}
 */
export function leading(violations) {
  return /** @type {Violation} */ (violations.find((violation) => violation.vendorMessage) ?? violations[0]);
}

/**
 * The limit a length or range violation names (`must NOT have more than 50 characters` → `50`).
 * @param {Violation} violation
 */
export function limitOf(violation) {
  return /(\d+)/.exec(violation.message)?.[1] ?? '';
}
