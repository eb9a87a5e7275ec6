/**
 * The portal's copies of the workflows (generated/docs/workflows/) run as a visitor downloads them: from a copy of
 * the portal alone, with no spec/ or workflows/ of the repository around it, `redocly respect` (through
 * `npm run workflows`) passes every step against a fresh sandbox. generated/ is the build's output
 * (the freshness stage); tests/build/published-workflows.test.ts checks where their sources point.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const portal = mkdtempSync(join(tmpdir(), 'portal-workflows-'));
afterAll(() => rmSync(portal, { recursive: true, force: true }));

it('every published workflow passes from the portal alone, against a fresh sandbox', { timeout: 120_000 }, () => {
  cpSync(join(root, 'generated/docs'), portal, { recursive: true });
  const workflows = readdirSync(join(portal, 'workflows'))
    .filter((file) => file.endsWith('.arazzo.yaml'))
    .map((file) => join(portal, 'workflows', file));
  expect(workflows).toHaveLength(3);

  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/workflows.ts'), ...workflows], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = stripVTControlCharacters(run.stdout + run.stderr);
  expect(output).toMatch(/^3 of 3 workflow files passed$/m);
  expect(run.status, output).toBe(0);
});
