/**
 * Each vendor's credential check, answered with the vendor's own 401 body taken from the spec's examples.
 *
 * Accepted credentials (the mock has no accounts, so it checks form, not identity):
 * - Razorpay: `Authorization: Basic base64(<key_id>:<key_secret>)` with a key id `rzp_test_…` or `rzp_live_…`
 *   (letters and digits after the prefix) and any non-empty secret.
 * - Juspay: `Authorization: Basic base64(<api_key>)` or `base64(<api_key>:)`, any non-empty key of letters and
 *   digits (Juspay issues hexadecimal keys; anything else is refused like a wrong key).
 * - Gateway: any non-empty `x-api-key`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Api, Contract } from '../lib/contract.ts';
import { findExample } from './spec-examples.ts';

export interface Rejection {
  status: 401;
  body: unknown;
}

/** Returns undefined when the request carries acceptable credentials for `operationId`. */
export type Authenticator = (operationId: string, headers: IncomingHttpHeaders) => Rejection | undefined;

const RAZORPAY_MESSAGES = {
  missingKey: 'Please provide your api key for authentication purposes.',
  invalidKey: 'The api key provided is invalid',
  missingSecret: 'Please provide secret for authentication',
} as const;

function basicCredentials(header: string | undefined, scheme: RegExp): { user: string; password: string | undefined } | undefined {
  const token = header === undefined ? undefined : scheme.exec(header)?.[1];
  if (!token) return undefined;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? { user: decoded, password: undefined } : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The 401 bodies of every operation, looked up once so that a spec lacking one fails at start-up. */
function rejectionsByOperation<K extends string>(contract: Contract, find: (operationId: string) => Record<K, unknown>): Map<string, Record<K, unknown>> {
  return new Map(contract.operations.map(({ operationId }) => [operationId, find(operationId)]));
}

function razorpay(contract: Contract): Authenticator {
  const bodies = rejectionsByOperation(contract, (operationId) => Object.fromEntries(
    Object.entries(RAZORPAY_MESSAGES).map(([reason, text]) => [reason, findExample(contract, operationId, 401, `"${text}"`,
      (value) => value?.error?.description === text)]),
  ) as Record<keyof typeof RAZORPAY_MESSAGES, unknown>);
  return (operationId, headers) => {
    // Razorpay reads only the exact `Basic` scheme (its docs list `BASIC …` and `basic …` as invalid); a header
    // it cannot read counts as no key at all.
    const credentials = basicCredentials(headers.authorization, /^Basic ([A-Za-z0-9+/]+={0,2})$/);
    const reason = !credentials?.user ? 'missingKey'
      : !/^rzp_(test|live)_[A-Za-z0-9]+$/.test(credentials.user) ? 'invalidKey'
        : !credentials.password ? 'missingSecret'
          : undefined;
    return reason && { status: 401, body: bodies.get(operationId)![reason] };
  };
}

function juspay(contract: Contract): Authenticator {
  const bodies = rejectionsByOperation(contract, (operationId) => ({
    accessDenied: findExample(contract, operationId, 401, 'access_denied', (value) => value?.error_code === 'access_denied'),
  }));
  return (operationId, headers) => {
    const credentials = basicCredentials(headers.authorization, /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i);
    return credentials && /^[A-Za-z0-9]+$/.test(credentials.user)
      ? undefined
      : { status: 401, body: bodies.get(operationId)!.accessDenied };
  };
}

function gateway(contract: Contract): Authenticator {
  const bodies = rejectionsByOperation(contract, (operationId) => ({
    missingApiKey: findExample(contract, operationId, 401, 'a missing x-api-key',
      (value) => value?.error?.code === 'UNAUTHORIZED' && /x-api-key/i.test(value.error.message)),
  }));
  return (operationId, headers) => {
    const key = headers['x-api-key'];
    return typeof key === 'string' && key.trim() !== ''
      ? undefined
      : { status: 401, body: bodies.get(operationId)!.missingApiKey };
  };
}

export function createAuthenticator(api: Api, contract: Contract): Authenticator {
  return { razorpay, juspay, gateway }[api](contract);
}
