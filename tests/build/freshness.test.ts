import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildContracts } from '../../scripts/build/build-contracts.mjs';
import { repoRoot, snapshotDir } from './workspace.ts';

let scratch: string | undefined;
afterAll(() => scratch && rm(scratch, { recursive: true, force: true }));

it('generated/ is exactly what `npm run build` produces from spec/', async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'contracts-fresh-'));
  await buildContracts({ configPath: path.join(repoRoot, 'redocly.yaml'), outDir: scratch });
  const expected = await snapshotDir(scratch);
  const actual = await snapshotDir(path.join(repoRoot, 'generated')).catch(() => new Map<string, string>());

  const stale = [
    ...[...expected.keys()].filter((file) => !actual.has(file)).map((file) => `missing: generated/${file}`),
    ...[...actual.keys()].filter((file) => !expected.has(file)).map((file) => `extra:   generated/${file}`),
    ...[...expected]
      .filter(([file, content]) => actual.has(file) && actual.get(file) !== content)
      .map(([file]) => `differs: generated/${file}`),
  ];
  expect(stale, `generated/ is out of date with spec/; run: npm run build\n${stale.join('\n')}`).toEqual([]);
}, 60_000);
