// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { BuildError } from './build-error.mjs';

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
 * The Arazzo workflows the portal publishes: every `workflows/<api>.arazzo.yaml` of the repository, as written
 * (`publishedWorkflow` then points its sources at the portal's files). None yet is no error: the portal links
 * what exists.
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

/**
 * The portal's copy of a workflow file (`content` of `workflows/<name>`), whose `sourceDescriptions` must resolve
 * inside the portal, where it is downloaded from (`docs/workflows/<name>`): an API's root (`../spec/<api>/openapi.yaml`)
 * becomes the bundle the portal publishes (`../<api>/openapi.yaml`), and a description beside the workflow
 * (`./sandbox-controls.openapi.yaml`) keeps its url and is returned in `descriptions`, for the build to publish
 * its bundle beside the copy. Only the url scalars change, so the copy reads like the original. Absolute URLs are
 * kept; any other relative url would be a 404 in the portal, so it stops the build.
 * @param {string} rootDir the repository root
 * @param {string} name the file's name in `workflows/`
 * @param {string} content
 * @param {{ name: string, root: string }[]} apis the APIs the portal publishes; `root` is absolute
 * @returns {{ content: string, descriptions: string[] }} the copy, and the absolute paths of the descriptions
 *   in `workflows/` it uses
 */
export function publishedWorkflow(rootDir, name, content, apis) {
  const folder = path.join(rootDir, 'workflows');
  const document = parseDocument(content);
  if (document.errors.length > 0) throw new BuildError(`workflows/${name}: cannot parse: ${document.errors[0]?.message}`);
  const sources = document.get('sourceDescriptions', true);
  /** @type {{ range: [number, number], url: string }[]} */
  const edits = [];
  /** @type {string[]} */
  const descriptions = [];
  for (const source of isSeq(sources) ? sources.items : []) {
    const node = isMap(source) ? source.get('url', true) : undefined;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue; // lint:workflows refuses these
    const url = node.value;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // http(s): reachable from anywhere
    const target = path.resolve(folder, url);
    const api = apis.find((candidate) => path.resolve(candidate.root) === target);
    if (api) {
      edits.push({ range: [node.range[0], node.range[1]], url: `../${api.name}/openapi.yaml` });
    } else if (path.dirname(target) === folder && existsSync(target)) {
      if (!target.endsWith('.arazzo.yaml')) descriptions.push(target); // a workflow is published anyway
    } else {
      throw new BuildError(
        `workflows/${name}: sourceDescriptions url "${url}" is neither an API's root (spec/<api>/openapi.yaml) nor a file in workflows/, so the portal's copy could not resolve it`,
      );
    }
  }
  // Back to front, so that the earlier ranges still hold.
  let published = content;
  for (const { range, url } of edits.sort((a, b) => b.range[0] - a.range[0])) {
    published = published.slice(0, range[0]) + url + published.slice(range[1]);
  }
  return { content: published, descriptions };
}
