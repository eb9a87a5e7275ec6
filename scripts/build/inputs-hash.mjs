// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What generated/ is built from, judged by content: a clone does not keep file times, so a fresh clone must
 * not look stale, and any edit to an input must. The build records this hash in generated/ (HASH_FILE);
 * `npm start` rebuilds when the recorded hash differs from the inputs' hash now.
 */
export const HASH_FILE = 'build-inputs.sha256';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The build's own code and the lockfile that pins the tools it runs: a change to either can change the output.
 * Paths relative to the repository root; folders are taken whole.
 */
export const BUILD_CODE = ['scripts/build.mjs', 'scripts/build', 'scripts/lib/local-ref.mjs', 'package-lock.json'];

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
 * The inputs of a build of `configPath`: the config and its lint-ignore file, everything under `spec/` and
 * `docs/sources/` beside it, and the build's code.
 * @param {string} configPath
 * @returns {Promise<Array<{ label: string, file: string }>>} sorted by label
 */
export async function buildInputs(configPath) {
  const rootDir = path.dirname(path.resolve(configPath));
  const project = (await Promise.all([configPath, '.redocly.lint-ignore.yaml', 'spec', 'docs/sources'].map((name) => filesAt(path.resolve(rootDir, name))))).flat();
  const code = (await Promise.all(BUILD_CODE.map((name) => filesAt(path.join(repoRoot, name))))).flat();
  return [
    ...project.map((file) => ({ label: `project/${path.relative(rootDir, file).split(path.sep).join('/')}`, file })),
    ...code.map((file) => ({ label: `build/${path.relative(repoRoot, file).split(path.sep).join('/')}`, file })),
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
