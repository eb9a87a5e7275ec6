/**
 * Generated — do not edit.
 * Source: spec/gateway/ (the OpenAPI description); regenerate with `npm run build`.
 */

import createClient from 'openapi-fetch';
import type { StrictClient } from '../strict-client.js';
import type { paths } from './types.js';

export type { StrictClient };
export type { components, operations, paths } from './types.js';

export interface GatewayClientOptions {
  /** Your CloudlessPayment API key, sent as `x-api-key`. */
  apiKey: string;
  /** Defaults to production, https://www.cloudlesspayment.com/api. */
  baseUrl?: string;
}

/** A typed client for the CloudlessPayment gateway; every result narrows on `vendor`. */
export function createGatewayClient({ apiKey, baseUrl = 'https://www.cloudlesspayment.com/api' }: GatewayClientOptions): StrictClient<paths> {
  return createClient<paths>({ baseUrl, headers: { 'x-api-key': apiKey } }) as unknown as StrictClient<paths>;
}
