/** Reads `info.version` and decides whether a major bump licenses breaking changes. */
export function specVersion(spec: unknown): string {
  const version = (spec as { info?: { version?: unknown } } | undefined)?.info?.version;
  return typeof version === 'string' ? version : '(no info.version)';
}

/** The major number of a semantic version (`1.2.3`, also `v1`), or undefined for anything else (e.g. a date). */
export function major(version: string): number | undefined {
  const match = /^v?(\d+)\./.exec(version) ?? /^v?(\d+)$/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** True when the head's major version is higher than the base's (both must be semantic versions). */
export function majorBumped(baseVersion: string, headVersion: string): boolean {
  const [base, head] = [major(baseVersion), major(headVersion)];
  return base !== undefined && head !== undefined && head > base;
}

/** Compares two `x.y.z` versions: negative when a < b, 0 when equal, positive when a > b; undefined if either is not one. */
export function compareVersions(a: string, b: string): number | undefined {
  const parse = (version: string) => /^v?(\d+)\.(\d+)\.(\d+)$/.exec(version)?.slice(1).map(Number);
  const [x, y] = [parse(a), parse(b)];
  if (!x || !y) return undefined;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
