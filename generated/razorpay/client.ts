/**
 * Generated — do not edit.
 * Source: spec/razorpay/ (the OpenAPI description); regenerate with `npm run build`.
 */

import createClient from 'openapi-fetch';
import type { StrictClient } from '../strict-client.js';
import type { paths } from './types.js';

export type { StrictClient };
export type { components, operations, paths } from './types.js';

export interface RazorpayClientOptions {
  keyId: string;
  keySecret: string;
  /** Defaults to production, https://api.razorpay.com/v1. */
  baseUrl?: string;
}

/** A typed client for Razorpay, authenticated with HTTP Basic `keyId:keySecret`. */
export function createRazorpayClient({ keyId, keySecret, baseUrl = 'https://api.razorpay.com/v1' }: RazorpayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Basic ${btoa(`${keyId}:${keySecret}`)}` } }) as unknown as StrictClient<paths>;
}
