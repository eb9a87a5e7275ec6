/** Query strings, as the servers read them: repeated names collect into arrays; prototype-free (untrusted.ts). */
import { dict, type Dict } from './untrusted.ts';

export type Query = Dict<string | string[]>;

/** Parses the text after `?` (without the `#` fragment). */
export function parseQuery(search: string): Query {
  const query = dict<string | string[]>();
  for (const [name, value] of new URLSearchParams(search)) {
    const previous = query[name];
    query[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}

/** A URL or path split into its path and parsed query. */
export function splitUrl(url: string): { path: string; query: Query } {
  const mark = url.indexOf('?');
  if (mark === -1) return { path: url, query: dict() };
  const hash = url.indexOf('#', mark);
  return { path: url.slice(0, mark), query: parseQuery(url.slice(mark + 1, hash === -1 ? undefined : hash)) };
}

/** A parameter's value as the Contract validates one that is not an array: the first, when the name repeats. */
export function firstValue(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}
