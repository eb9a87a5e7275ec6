/**
 * Routes a method and path to an operation of a spec: literal segments win over templates
 * (`/customers/eligibility` before `/customers/{id}`), a trailing slash is tolerated, and path parameters are
 * percent-decoded into a prototype-free record.
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
  regex: RegExp;
  names: string[];
  /** Characters outside templates: more literal text means a more specific route. */
  literalLength: number;
}

function matcherFor(info: OperationInfo): Matcher {
  const names: string[] = [];
  const source = info.path
    .split('/')
    .map((segment) =>
      segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      }),
    )
    .join('/');
  return { info, regex: new RegExp(`^${source}/?$`), names, literalLength: info.path.replace(/\{[^}]+\}/g, '').length };
}

export class Router {
  /** Matchers per method, under both spellings (recorded methods are nearly always upper case). */
  private readonly byMethod = new Map<string, Matcher[]>();

  constructor(operations: readonly OperationInfo[]) {
    for (const info of operations) {
      const list = this.byMethod.get(info.method) ?? [];
      list.push(matcherFor(info));
      this.byMethod.set(info.method, list);
    }
    for (const [method, list] of [...this.byMethod]) {
      list.sort((a, b) => b.literalLength - a.literalLength);
      this.byMethod.set(method.toUpperCase(), list);
    }
  }

  /** The operation for a method and a path (without the server's base path), or undefined. */
  match(method: string, path: string): RouteMatch | undefined {
    const candidates = this.byMethod.get(method) ?? this.byMethod.get(method.toLowerCase());
    if (!candidates) return undefined;
    for (const matcher of candidates) {
      const found = matcher.regex.exec(path);
      if (!found) continue;
      const pathParams = dict<string>();
      for (let i = 0; i < matcher.names.length; i++) pathParams[matcher.names[i]!] = decodePathSegment(found[i + 1]!);
      return { info: matcher.info, pathParams };
    }
    return undefined;
  }

  /** The methods (lower case) that the path is served with. */
  methodsFor(path: string): string[] {
    return [...this.byMethod.keys()].filter((method) => method === method.toLowerCase() && this.match(method, path) !== undefined);
  }
}
