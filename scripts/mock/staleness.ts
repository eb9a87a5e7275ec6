/** Whether generated/ must be rebuilt: missing, or older than any file under spec/ (or the lint/bundle config). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { APIS } from '../lib/contract.ts';

async function newestMtime(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const times = await Promise.all(entries.filter((entry) => entry.isFile())
    .map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs));
  return Math.max(0, ...times);
}

/** The reason generated/ is stale, or undefined when it is up to date. */
export async function staleReason(repoRoot: string): Promise<string | undefined> {
  const outputs = [...APIS.map((api) => path.join('generated', api, 'openapi.json')), path.join('generated', 'docs')];
  let oldest = Infinity;
  for (const output of outputs) {
    const info = await stat(path.join(repoRoot, output)).catch(() => undefined);
    if (!info) return `${output} is missing`;
    oldest = Math.min(oldest, info.mtimeMs);
  }
  const sources = Math.max(await newestMtime(path.join(repoRoot, 'spec')), (await stat(path.join(repoRoot, 'redocly.yaml'))).mtimeMs);
  return sources > oldest ? 'spec/ changed since the last build' : undefined;
}
