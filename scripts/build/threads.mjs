// @ts-check
import { WorkerThread } from './worker-thread.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * @typedef {object} ApiEntry
 * @property {string} name `gateway`, `razorpay` or `juspay`: the alias without its `@version`.
 * @property {string} alias
 * @property {string} root Absolute path of the root document.
 */

/**
 * @typedef {ApiEntry & { document: Json }} BundledApi An API with its bundled document, exactly
 *   what `redocly bundle <alias>` produces.
 */

/**
 * threads/bundle.mjs: the APIs of a redocly.yaml, linted and bundled with @redocly/openapi-core.
 * `apis()`: the config's `apis`, sorted by name, and the config's directory. `bundle(api)`: the
 * bundle and the lint problems as `file:line:col  severity  rule  message`. `yaml(alias)`: the YAML
 * of a bundle made by `bundle`, as `redocly bundle` writes it. `bundleDescription(file)`: the YAML of the bundle of
 * a description that is no API of the config, and the `$ref`s it could not resolve.
 * @param {string} configPath
 */
export const startBundleThread = (configPath) =>
  /**
   * @type {WorkerThread<{
   *   apis(): Promise<{ rootDir: string, apis: ApiEntry[] }>,
   *   bundle(api: ApiEntry): Promise<{ document: Json, problems: string[] }>,
   *   yaml(alias: string): Promise<string>,
   *   bundleDescription(file: string): Promise<{ yaml: string, problems: string[] }>,
   * }>}
   */
  (new WorkerThread('bundle.mjs', { workerData: { configPath } }));

/** threads/types.mjs: openapi-typescript. */
export const startTypesThread = () =>
  /** @type {WorkerThread<{ generate(document: Json): Promise<string> }>} */ (new WorkerThread('types.mjs'));
/** @typedef {ReturnType<typeof startTypesThread>} TypesThread */

/**
 * threads/docs.mjs: Redoc's server-side rendering. With NODE_ENV=production, React and styled-components skip
 * their development checks while rendering the same HTML.
 */
export const startDocsThread = () =>
  /**
   * @type {WorkerThread<{ render(document: Json, page: { title: string, specUrl: string, head?: string, beforeContent?: string }): Promise<string> }>}
   */
  (new WorkerThread('docs.mjs', { env: { ...process.env, NODE_ENV: 'production' } }));

/** threads/postman.mjs: openapi-to-postmanv2. */
export const startPostmanThread = () =>
  /** @type {WorkerThread<{ convert(document: Json): Promise<Json> }>} */ (new WorkerThread('postman.mjs'));
