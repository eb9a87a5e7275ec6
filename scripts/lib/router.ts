/**
 * Routes a method and path to an operation of a spec: literal segments win over templates
 * (`/customers/eligibility` before `/customers/{id}`), a trailing slash is tolerated, and path parameters are
 * percent-decoded into a prototype-free record. Paths are compared segment by segment against the routes with
 * as many segments, which keeps routing cheap for the conformance checker's millions of exchanges.
 */
import type { OperationInfo } from './operations.mjs';
import { dict, type Dict } from './untrusted.ts';
import { decodePathSegment } from './url.ts';

export interface RouteMatch {
  info: OperationInfo;
  pathParams: Dict<string>;
}

interface Matcher {
  info: OperationInfo;
  /** Per segment: the literal text, or undefined for a template segment. */
  literals: (string | undefined)[];
  /** Per segment: the parameter name of a template segment. */
  names: (string | undefined)[];
  /** Characters outside templates: more literal text means a more specific route. */
  literalLength: number;
}

const TEMPLATE = /^\{([^}]+)\}$/;

function matcherFor(info: OperationInfo): Matcher {
  const segments = info.path.split('/').slice(1);
  const names = segments.map((segment) => TEMPLATE.exec(segment)?.[1]);
  return {
    info,
    literals: segments.map((segment, i) => (names[i] === undefined ? segment : undefined)),
    names,
    literalLength: info.path.replace(/\{[^}]+\}/g, '').length,
  };
}

export class Router {
  /** Per method (both spellings: recorded methods are nearly always upper case), per segment count. */
  private readonly byMethod = new Map<string, Map<number, Matcher[]>>();

  constructor(operations: readonly OperationInfo[]) {
    for (const info of operations) {
      const matcher = matcherFor(info);
      const bySize = this.byMethod.get(info.method) ?? new Map<number, Matcher[]>();
      const list = bySize.get(matcher.literals.length) ?? [];
      list.push(matcher);
      bySize.set(matcher.literals.length, list);
      this.byMethod.set(info.method, bySize);
    }
    for (const [method, bySize] of [...this.byMethod]) {
      for (const list of bySize.values()) list.sort((a, b) => b.literalLength - a.literalLength);
      this.byMethod.set(method.toUpperCase(), bySize);
    }
  }

  /** The operation for a method and a path (without the server's base path), or undefined. */
  match(method: string, path: string): RouteMatch | undefined {
    const bySize = this.byMethod.get(method) ?? this.byMethod.get(method.toLowerCase());
    if (!bySize || path.charCodeAt(0) !== 47 /* / */) return undefined;
    // The path is read in place, segment by segment, rather than split: this runs once per recorded exchange.
    const end = path.length > 1 && path.charCodeAt(path.length - 1) === 47 ? path.length - 1 : path.length;
    const candidates = bySize.get(countSegments(path, end));
    if (!candidates) return undefined;
    for (const matcher of candidates) {
      if (fits(matcher, path, end)) return { info: matcher.info, pathParams: pathParams(matcher, path, end) };
    }
    return undefined;
  }

  /** The methods (lower case) that the path is served with. */
  methodsFor(path: string): string[] {
    return [...this.byMethod.keys()].filter((method) => method === method.toLowerCase() && this.match(method, path) !== undefined);
  }
}

/** The number of segments of `path` up to `end`: one per slash. */
function countSegments(path: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (path.charCodeAt(i) === 47) count++;
  return count;
}

/** Where the segment starting at `start` ends: at the next slash or at `end`. */
function segmentEnd(path: string, start: number, end: number): number {
  const slash = path.indexOf('/', start);
  return slash === -1 || slash > end ? end : slash;
}

/** Every literal segment equal, every template segment non-empty. */
function fits(matcher: Matcher, path: string, end: number): boolean {
  let start = 1;
  for (const literal of matcher.literals) {
    const stop = segmentEnd(path, start, end);
    if (literal === undefined ? stop === start : stop - start !== literal.length || !path.startsWith(literal, start)) return false;
    start = stop + 1;
  }
  return true;
}

/** The template segments of a path that fits the matcher, percent-decoded, on a prototype-free record. */
function pathParams(matcher: Matcher, path: string, end: number): Dict<string> {
  const params = dict<string>();
  let start = 1;
  for (const name of matcher.names) {
    const stop = segmentEnd(path, start, end);
    if (name !== undefined) params[name] = decodePathSegment(path.slice(start, stop));
    start = stop + 1;
  }
  return params;
}
