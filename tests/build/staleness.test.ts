/**
 * `npm start` rebuilds only when what generated/ was built from changed, judged by content: file times (which
 * a clone does not keep) do not count, an edit to a spec, a fact sheet or the build does.
 */
import { appendFile, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContracts } from '../../scripts/build/build-contracts.mjs';
import { HASH_FILE, buildInputs } from '../../scripts/build/inputs-hash.mjs';
import { staleReason } from '../../scripts/mock/staleness.ts';
import { fixtureWorkspace, repoRoot } from './workspace.ts';

let workspace: { dir: string; configPath: string };
const stale = () => staleReason(workspace.dir, workspace.configPath);

beforeAll(async () => {
  workspace = await fixtureWorkspace();
  await buildContracts({ configPath: workspace.configPath, outDir: path.join(workspace.dir, 'generated') });
}, 60_000);
afterAll(() => rm(workspace.dir, { recursive: true, force: true }));

describe('staleness by content', () => {
  it('a fresh build is up to date', async () => {
    expect(await stale()).toBeUndefined();
  });

  it('new file times alone (a clone, a checkout) do not make it stale', async () => {
    const later = new Date(Date.now() + 3_600_000);
    for (const { file } of await buildInputs(workspace.configPath)) {
      if (file.startsWith(workspace.dir)) await utimes(file, later, later);
    }
    expect(await stale()).toBeUndefined();
  });

  it('an edit to a spec makes it stale, and undoing the edit makes it fresh again', async () => {
    const file = path.join(workspace.dir, 'spec/razorpay/openapi.yaml');
    const original = await readFile(file, 'utf8');
    await appendFile(file, '# an edit\n');
    expect(await stale()).toMatch(/^what generated\/ is built from \(spec\/, .*CHANGELOG\.md.*\) changed since the last build$/);
    await writeFile(file, original);
    expect(await stale()).toBeUndefined();
  });

  it('a new file under spec/ and a changed config make it stale', async () => {
    const extra = path.join(workspace.dir, 'spec/gateway/components/examples/Extra.yaml');
    await writeFile(extra, 'summary: new\nvalue: 1\n');
    expect(await stale()).toBeDefined();
    await rm(extra);
    const config = await readFile(workspace.configPath, 'utf8');
    await writeFile(workspace.configPath, `${config}\n# changed\n`);
    expect(await stale()).toBeDefined();
    await writeFile(workspace.configPath, config);
    expect(await stale()).toBeUndefined();
  });

  it('a missing hash file makes it stale', async () => {
    const hashFile = path.join(workspace.dir, 'generated', HASH_FILE);
    const recorded = await readFile(hashFile, 'utf8');
    await rm(hashFile);
    expect(await stale()).toBe(`generated/${HASH_FILE} is missing`);
    await writeFile(hashFile, recorded);
  });

  it("the build's own code is an input, every module it imports included", async () => {
    const labels = new Set((await buildInputs(workspace.configPath)).map(({ label }) => label));
    const pending = ['scripts/build.mjs'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const module = pending.pop()!;
      if (seen.has(module)) continue;
      seen.add(module);
      expect(labels, `${module} is imported by the build but not hashed`).toContain(`build/${module}`);
      const source = await readFile(path.join(repoRoot, module), 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import|new URL\()\s*\(?\s*['"`](\.{1,2}\/[^'"`$]+\.mjs)['"`]/g)) {
        pending.push(path.relative(repoRoot, path.resolve(path.dirname(path.join(repoRoot, module)), specifier!)));
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(labels).toContain('build/package-lock.json');
  });
});
