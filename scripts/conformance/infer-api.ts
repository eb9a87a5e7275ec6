/**
 * Tells which API a recorded URL belongs to: by its host, against the hosts of each spec's `servers`, or for
 * relative and local URLs by its path, against the registry's `pathPrefixes`.
 */
import { API_DEFINITIONS, type ApiName } from '../apis/index.mjs';
import { loadBundledSpec } from '../lib/spec.ts';
import { hostOf, pathnameOf } from '../lib/url.ts';

interface ApiServers {
  api: ApiName;
  /** The `servers[].url` of the API's spec. */
  urls: string[];
}

export type ApiInference = (url: string) => ApiName | undefined;

function apiInference(servers: readonly ApiServers[]): ApiInference {
  const byHost = new Map<string, ApiName>();
  for (const { api, urls } of servers) for (const url of urls) byHost.set(hostOf(url), api);
  // Nearly all recorded traffic starts with a server URL's origin: checked before any parsing.
  const origins = [...byHost].map(([host, api]) => [`https://${host}/`, api] as const);
  const prefixes = API_DEFINITIONS.flatMap((definition) => definition.pathPrefixes.map((prefix) => [prefix, definition.name] as const));
  return (url) => {
    for (const [origin, api] of origins) if (url.startsWith(origin)) return api;
    const host = hostOf(url);
    const known = host ? byHost.get(host) : undefined;
    if (known) return known;
    const path = pathnameOf(url);
    for (const [prefix, api] of prefixes) {
      if (path.startsWith(prefix) || path === prefix.replace(/\/$/, '')) return api;
    }
    return undefined;
  };
}

/** The inference for the bundled specs under `specDir` (default `generated`). */
export function loadApiInference(specDir?: string): ApiInference {
  return apiInference(
    API_DEFINITIONS.map((definition) => ({
      api: definition.name,
      urls: (loadBundledSpec(definition.name, specDir).servers ?? []).map((server: { url: string }) => server.url),
    })),
  );
}
