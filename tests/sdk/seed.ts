/**
 * The gateway documentation's own SDK code (seed 000): its four "Request Example" snippets and its two "Body
 * Parameters" bodies, read from docs/sources/seeds/000-gateway-customer-api.txt so that the tests run what the
 * documentation shows, not a copy of it.
 */
import { readFileSync } from 'node:fs';

export const SEED_FILE = 'docs/sources/seeds/000-gateway-customer-api.txt';
const seed = readFileSync(new URL(`../../${SEED_FILE}`, import.meta.url), 'utf8');

export interface SeedSnippet {
  /** The snippet's lines: `const cloudlesspay = new CloudlessPayment(…);` and `const response = await …;`. */
  lines: string[];
  /** The SDK call of its second line, e.g. `cloudlesspay.customer.fetchById(customerId)`. */
  call: string;
}

/** The JavaScript snippets, in the seed's order (create, fetchAll, fetchById, updateById). */
export const seedSnippets: SeedSnippet[] = [...seed.matchAll(/^(const cloudlesspay = .*;)\n(const response = await (.*);)$/gm)].map(
  (match) => ({
    lines: [match[1]!, match[2]!],
    call: match[3]!,
  }),
);

/** The JSON object that starts at the first `{` after `offset`, parsed. */
function jsonAfter(offset: number): unknown {
  const start = seed.indexOf('{', offset);
  for (let end = seed.indexOf('}', start); end >= 0; end = seed.indexOf('}', end + 1)) {
    try {
      return JSON.parse(seed.slice(start, end + 1));
    } catch {
      // not closed yet
    }
  }
  throw new Error(`${SEED_FILE}: no JSON object after offset ${offset}`);
}

/** The "Body Parameters" of the create and of the update, in the seed's order. */
export const [seedCreateBody, seedUpdateBody] = [...seed.matchAll(/^Body Parameters$/gm)].map((match) => jsonAfter(match.index)) as [
  Record<string, unknown>,
  Record<string, unknown>,
];
