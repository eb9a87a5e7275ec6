/**
 * The workflows the portal publishes (generated/docs/workflows/) work once downloaded: every source description
 * resolves to a file the portal publishes, with no `$ref` leading out of it. tests/workflows/published.test.ts
 * runs them from the portal with `redocly respect`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContracts } from '../../scripts/build/build-contracts.mjs';
import { repoRoot } from './workspace.ts';

let scratch: string;
let docs: string;
let workflows: string[];
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'published-workflows-'));
  await buildContracts({ configPath: path.join(repoRoot, 'redocly.yaml'), outDir: path.join(scratch, 'generated') });
  // The portal as a visitor gets it: docs/ on its own, nothing of the repository around it.
  docs = path.join(scratch, 'portal');
  await cp(path.join(scratch, 'generated', 'docs'), docs, { recursive: true });
  workflows = readdirSync(path.join(docs, 'workflows'))
    .filter((file) => file.endsWith('.arazzo.yaml'))
    .map((file) => path.join(docs, 'workflows', file));
}, 60_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Every `$ref` value in a parsed document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === '$ref' && typeof child === 'string' ? [child] : refs(child)));
}

describe('published workflows', () => {
  it('point every source description at a file the portal publishes, itself without external $refs', () => {
    expect(workflows.map((file) => path.basename(file)).sort()).toEqual([
      'gateway.arazzo.yaml',
      'juspay.arazzo.yaml',
      'razorpay.arazzo.yaml',
    ]);
    const unresolved: string[] = [];
    for (const file of workflows) {
      for (const { name, url } of parse(readFileSync(file, 'utf8')).sourceDescriptions as { name: string; url: string }[]) {
        const target = path.resolve(path.dirname(file), url);
        const where = `${path.basename(file)}: ${name} → ${url}`;
        if (!target.startsWith(docs + path.sep) || !existsSync(target)) {
          unresolved.push(`${where}: not a file of the portal`);
          continue;
        }
        const external = refs(parse(readFileSync(target, 'utf8'))).filter((ref) => !ref.startsWith('#'));
        if (external.length > 0) unresolved.push(`${where}: $refs out of the file: ${external.join(', ')}`);
      }
    }
    expect(unresolved).toEqual([]);
  });
});
