import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A scratch copy of the fixture specs next to the project's own redocly.yaml (whose `apis` roots,
 * spec/<api>/openapi.yaml, the fixtures mirror), so fixtures are linted by the real rules.
 * `parent` defaults to the OS temp dir; pass a directory inside the repo when generated code must
 * resolve the repo's node_modules (the `.build-tmp-` prefix is gitignored).
 */
export async function fixtureWorkspace(parent = os.tmpdir()): Promise<{ dir: string; configPath: string }> {
  const dir = await mkdtemp(path.join(parent, '.build-tmp-fixture-'));
  await cp(path.join(repoRoot, 'tests/build/fixtures/spec'), path.join(dir, 'spec'), { recursive: true });
  await cp(path.join(repoRoot, 'redocly.yaml'), path.join(dir, 'redocly.yaml'));
  return { dir, configPath: path.join(dir, 'redocly.yaml') };
}

/** Every file under `dir` (relative, sorted) with its content, for before/after comparisons. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as const)));
}
