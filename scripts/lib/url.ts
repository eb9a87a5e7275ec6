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
  const start = pathStart(url);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  const fragment = url.indexOf('#', start);
  const end = query === -1 ? fragment : fragment === -1 ? query : Math.min(query, fragment);
  return start === 0 && end === -1 ? url : url.slice(start, end === -1 ? url.length : end);
}

/** Where the path begins: after `scheme://authority`, or 0 for a path; -1 for an absolute URL without one. */
function pathStart(url: string): number {
  const authority = authorityStart(url);
  return authority === -1 ? 0 : url.indexOf('/', authority);
}

/**
 * The lower-cased host of an absolute URL, without user info or port; '' for a path (whose query or segments
 * may well hold a `://`).
 */
export function hostOf(url: string): string {
  const start = authorityStart(url);
  if (start === -1) return '';
  const slash = url.indexOf('/', start);
  const authority = url.slice(start, slash === -1 ? undefined : slash);
  return authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d+$/, '')
    .toLowerCase();
}

/** Where the authority begins, just after `scheme://`; -1 when the URL does not start with a scheme. */
function authorityStart(url: string): number {
  const scheme = url.indexOf('://');
  return scheme <= 0 || !isScheme(url, scheme) ? -1 : scheme + 3;
}

/** RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), checked in place (this runs once per recorded exchange). */
function isScheme(url: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = url.charCodeAt(i) | 0x20;
    const letter = c >= 97 && c <= 122;
    if (!letter && (i === 0 || !isSchemeSymbol(url.charCodeAt(i)))) return false;
  }
  return true;
}

function isSchemeSymbol(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
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
