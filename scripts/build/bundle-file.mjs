// @ts-check
import { BaseResolver, bundle, getLineColLocation } from '@redocly/openapi-core';
import path from 'node:path';

/** @typedef {import('@redocly/openapi-core').Config} Config */
/** @typedef {import('@redocly/openapi-core').NormalizedProblem} Problem */

/**
 * One file bundled with @redocly/openapi-core as `redocly bundle` does: every external `$ref` pulled in, the
 * internal ones kept. Shared by the build (threads/bundle.mjs: the APIs and the descriptions the portal
 * publishes beside the workflows) and by `npm run diff -- --base <file> --head <file>`, so that a multi-file
 * spec compares exactly like its bundle.
 * @param {string} ref path of the root document
 * @param {Config} config
 * @param {BaseResolver} [externalRefResolver] pass the one `lint` used to read the files once
 * @returns {Promise<{ document: Record<string, any>, problems: Problem[] }>} problems include the `$ref`s
 *   that could not be resolved (rule `bundler`)
 */
export async function bundleFile(ref, config, externalRefResolver = new BaseResolver(config.resolve)) {
  const { bundle: document, problems } = await bundle({ ref, config, externalRefResolver });
  return { document: /** @type {Record<string, any>} */ (document.parsed), problems };
}

/**
 * The config a file is bundled with: its API's own (`apis.<alias>` of redocly.yaml) when it is an API's root,
 * else the root config (which `redocly lint workflows/*.yaml` uses too).
 * @param {Config} config loaded from redocly.yaml
 * @param {string} configDir the directory of redocly.yaml, which `apis.<alias>.root` is relative to
 * @param {string} file
 * @returns {Config}
 */
export function configForFile(config, configDir, file) {
  const alias = Object.entries(config.resolvedConfig.apis ?? {}).find(
    ([, api]) => path.resolve(configDir, api.root) === path.resolve(file),
  )?.[0];
  return alias ? config.forAlias(alias) : config;
}

/**
 * A problem as `file:line:col  severity  rule  message (at pointer)`, the file relative to `rootDir`.
 * @param {Problem} problem
 * @param {string} rootDir
 * @returns {string}
 */
export function formatProblem(problem, rootDir) {
  const location = problem.location[0];
  let where = '(unknown location)';
  if (location) {
    const { start } = getLineColLocation(location);
    where = `${path.relative(rootDir, location.source.absoluteRef)}:${start.line}:${start.col}`;
  }
  const pointer = location?.pointer ? ` (at ${location.pointer})` : '';
  return `${where}  ${problem.severity}  ${problem.ruleId}  ${problem.message}${pointer}`;
}
