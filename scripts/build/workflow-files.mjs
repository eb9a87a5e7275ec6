// @ts-check
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The Arazzo workflows the portal publishes: every `workflows/<api>.arazzo.yaml` of the repository, as it is
 * (Arazzo tools read the file itself). None yet is no error: the portal links what exists.
 * @param {string} rootDir the repository root
 * @returns {Promise<Map<string, string>>} file name → content, sorted by name
 */
export async function readWorkflows(rootDir) {
  const folder = path.join(rootDir, 'workflows');
  const names = (await readdir(folder).catch(() => /** @type {string[]} */ ([]))).filter((file) => file.endsWith('.arazzo.yaml')).sort();
  return new Map(
    await Promise.all(names.map(async (name) => /** @type {[string, string]} */ ([name, await readFile(path.join(folder, name), 'utf8')]))),
  );
}
