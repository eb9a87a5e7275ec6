/** Whether generated/ must be rebuilt: missing, or built from other inputs than the working tree's (by content). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HASH_FILE, buildInputsHash } from '../build/inputs-hash.mjs';

/** The reason generated/ is stale, or undefined when it is up to date. */
export async function staleReason(repoRoot: string, configPath = path.join(repoRoot, 'redocly.yaml')): Promise<string | undefined> {
  const recorded = await readFile(path.join(repoRoot, 'generated', HASH_FILE), 'utf8').catch(() => undefined);
  if (recorded === undefined) return `generated/${HASH_FILE} is missing`;
  if (recorded !== (await buildInputsHash(configPath)))
    return 'what generated/ is built from (spec/, workflows/, docs/sources/, CHANGELOG.md, redocly.yaml or the build) changed since the last build';
  return undefined;
}
