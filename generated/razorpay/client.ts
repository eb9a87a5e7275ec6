/**
 * Generated — do not edit.
 * Source: spec/razorpay/ (the OpenAPI description); regenerate with `npm run build`.
 */

import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './types.js';

export type { components, operations, paths } from './types.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];
type Init<PathItem, Method extends HttpMethod> = MaybeOptionalInit<PathItem, Method & keyof PathItem>;
type Operation<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op extends Record<string | number, any> } ? Op : never;
/**
 * openapi-fetch infers `init` as a type parameter, which switches off TypeScript's excess-property
 * check, so a misspelt or unknown body field would compile. Typing `init` from the path restores it.
 */
type StrictMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>>(
  url: Path,
  ...init: undefined extends Init<Paths[Path], Method> ? [init?: Init<Paths[Path], Method>] : [init: Init<Paths[Path], Method>]
) => Promise<FetchResponse<Operation<Paths[Path], Method>, Init<Paths[Path], Method>, `${string}/${string}`>>;
/** An openapi-fetch client whose request methods reject unknown fields. */
export type StrictClient<Paths extends {}> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: StrictMethod<Paths, Method>;
};

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
