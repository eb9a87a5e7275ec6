/** URL pieces the tools need, taken apart without surprises from recorded or received URLs. */

/**
 * The pathname of an absolute URL or of a path, query and fragment cut off. Dot segments and backslashes are
 * resolved as a server (and the WHATWG URL parser) resolves them; percent-encoding is kept as sent.
 */
export function pathnameOf(url: string): string {
  const path = rawPathnameOf(url);
  if (!path.includes('/.') && !path.includes('\\')) return path;
  try {
    return new URL(path, 'http://host').pathname;
  } catch {
    return path;
  }
}

function rawPathnameOf(url: string): string {
  let start = 0;
  const scheme = url.indexOf('://');
  if (scheme > 0 && /^[a-z][a-z0-9+.-]*$/i.test(url.slice(0, scheme))) {
    const slash = url.indexOf('/', scheme + 3);
    if (slash === -1) return '/';
    start = slash;
  }
  let end = url.length;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 /* ? */ || c === 35 /* # */) {
      end = i;
      break;
    }
  }
  return start === 0 && end === url.length ? url : url.slice(start, end);
}

/** A percent-encoded path segment, decoded; one that is not valid percent-encoding is taken as written. */
export function decodePathSegment(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The path below `basePath` (`/v1/customers` → `/customers`), or undefined when the path is not under it. The
 * base path itself maps to `/`.
 */
export function belowBasePath(path: string, basePath: string): string | undefined {
  if (!basePath) return path;
  if (path === basePath) return '/';
  return path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : undefined;
}
