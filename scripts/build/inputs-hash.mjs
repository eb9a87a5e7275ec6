// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../lib/repo-root.mjs';

/**
 * What generated/ is built from, judged by content: a clone does not keep file times, so a fresh clone must
 * not look stale, and any edit to an input must. The build records this hash in generated/ (HASH_FILE);
 * `npm start` rebuilds when the recorded hash differs from the inputs' hash now.
 */
export const HASH_FILE = 'build-inputs.sha256';

/**
 * The build's entry, its folder (taken whole: its threads are loaded by name), and the lockfile that pins the
 * tools it runs; every module these import is an input too (`buildCode`).
 */
const BUILD_ROOTS = ['scripts/build.mjs', 'scripts/build', 'package-lock.json'];

/** Relative `.mjs` imports of a module's source. */
const IMPORTS =
  /(?:^|\n)\s*(?:import|export)\b[^'"`]*?\sfrom\s*['"](\.{1,2}\/[^'"]+\.mjs)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+\.mjs)['"]/g;

/** @param {string} target @returns {Promise<string[]>} absolute paths of the files at or under `target` */
async function filesAt(target) {
  const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === 'ENOTDIR') return undefined;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries === undefined) return [target];
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The build's code: BUILD_ROOTS and, transitively, every module of the repository they import.
 * @returns {Promise<string[]>} absolute paths
 */
async function buildCode() {
  const pending = (await Promise.all(BUILD_ROOTS.map((name) => filesAt(path.join(REPO_ROOT, name))))).flat();
  /** @type {Set<string>} */
  const seen = new Set();
  while (pending.length > 0) {
    const file = /** @type {string} */ (pending.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.mjs')) continue;
    for (const match of (await readFile(file, 'utf8')).matchAll(IMPORTS)) {
      pending.push(path.resolve(path.dirname(file), /** @type {string} */ (match[1] ?? match[2])));
    }
  }
  return [...seen];
}

/**
 * The inputs of a build of `configPath`: the config and its lint-ignore file, everything under `spec/`,
 * `docs/sources/` and `workflows/` beside it, CHANGELOG.md (the portal publishes them), and the build's code.
 * @param {string} configPath
 * @returns {Promise<Array<{ label: string, file: string }>>} sorted by label
 */
export async function buildInputs(configPath) {
  const rootDir = path.dirname(path.resolve(configPath));
  const project = (
    await Promise.all(
      [configPath, '.redocly.lint-ignore.yaml', 'spec', 'docs/sources', 'CHANGELOG.md', 'workflows'].map((name) =>
        filesAt(path.resolve(rootDir, name)),
      ),
    )
  ).flat();
  const code = await buildCode();
  return [
    ...project.map((file) => ({ label: `project/${path.relative(rootDir, file).split(path.sep).join('/')}`, file })),
    ...code.map((file) => ({ label: `build/${path.relative(REPO_ROOT, file).split(path.sep).join('/')}`, file })),
  ].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * SHA-256 over every input's label and content, as the hex line HASH_FILE holds.
 * @param {string} configPath
 * @returns {Promise<string>}
 */
export async function buildInputsHash(configPath) {
  const hash = createHash('sha256');
  for (const { label, file } of await buildInputs(configPath)) {
    hash.update(`${label}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return `${hash.digest('hex')}\n`;
}
