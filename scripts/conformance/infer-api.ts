/** Tells which of the three APIs a URL belongs to, from its host or, for relative or local URLs, its path. */
import type { Api } from '../lib/contract.ts';

/** The vendors' own base URLs, checked before any parsing because nearly all recorded traffic starts so. */
const KNOWN_PREFIXES: Array<[string, Api]> = [
  ['https://api.razorpay.com/', 'razorpay'],
  ['https://api.juspay.in/', 'juspay'],
  ['https://sandbox.juspay.in/', 'juspay'],
  ['https://www.cloudlesspayment.com/', 'gateway'],
];

export function inferApi(url: string): Api | undefined {
  for (const [prefix, api] of KNOWN_PREFIXES) if (url.startsWith(prefix)) return api;
  const { host, path } = splitUrl(url);
  if (host === 'www.cloudlesspayment.com' || host === 'cloudlesspayment.com') return 'gateway';
  if (host === 'api.razorpay.com') return 'razorpay';
  if (host === 'juspay.in' || host.endsWith('.juspay.in')) return 'juspay';
  if (path.startsWith('/api/customer/')) return 'gateway';
  if (path === '/v1' || path.startsWith('/v1/')) return 'razorpay';
  if (path === '/customers' || path.startsWith('/customers/')) return 'juspay';
  return undefined;
}

function splitUrl(url: string): { host: string; path: string } {
  const scheme = url.indexOf('://');
  if (scheme === -1) return { host: '', path: url.split('?')[0]! };
  const slash = url.indexOf('/', scheme + 3);
  const authority = url.slice(scheme + 3, slash === -1 ? undefined : slash);
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d+$/, '').toLowerCase();
  const path = slash === -1 ? '/' : url.slice(slash).split(/[?#]/)[0]!;
  return { host, path };
}
