/**
 * Generated — do not edit.
 * Source: scripts/build/ (the build's client templates); regenerate with `npm run build`.
 */

import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];
type Init<PathItem, Method extends HttpMethod> = MaybeOptionalInit<PathItem, Method & keyof PathItem>;
type Operation<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op extends Record<string | number, any> } ? Op : never;
type StrictMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>>(
  url: Path,
  ...init: undefined extends Init<Paths[Path], Method> ? [init?: Init<Paths[Path], Method>] : [init: Init<Paths[Path], Method>]
) => Promise<FetchResponse<Operation<Paths[Path], Method>, Init<Paths[Path], Method>, `${string}/${string}`>>;

/** An openapi-fetch client whose request methods reject unknown fields. */
export type StrictClient<Paths extends {}> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: StrictMethod<Paths, Method>;
};
