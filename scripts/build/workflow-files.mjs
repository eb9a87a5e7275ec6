// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The names of the files in the repository's `workflows/` whose names end with `suffix`, sorted; none when the
 * folder is missing. Shared by the portal (below), `npm run workflows` and the test pipeline.
 * @param {string} rootDir the repository root
 * @param {string} suffix
 * @returns {string[]}
 */
export function workflowFileNames(rootDir, suffix) {
  const folder = path.join(rootDir, 'workflows');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(suffix))
    .sort();
}

/**
 * The Arazzo workflows the portal publishes: every `workflows/<api>.arazzo.yaml` of the repository, as it is
 * (Arazzo tools read the file itself). None yet is no error: the portal links what exists.
 * @param {string} rootDir the repository root
 * @returns {Promise<Map<string, string>>} file name → content, sorted by name
 */
export async function readWorkflows(rootDir) {
  const names = workflowFileNames(rootDir, '.arazzo.yaml');
  return new Map(
    await Promise.all(
      names.map(async (name) => /** @type {[string, string]} */ ([name, await readFile(path.join(rootDir, 'workflows', name), 'utf8')])),
    ),
  );
}
