import { BaseResolver, lint, loadConfig, stringifyYaml, YamlParseError } from '@redocly/openapi-core';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { bundleFile, configForFile, formatProblem } from '../bundle-file.mjs';
import { BuildError, serve } from './serve.mjs';

// Lints and bundles the APIs of redocly.yaml (`workerData.configPath`) with @redocly/openapi-core.
const configPath = path.resolve(workerData.configPath);
const rootDir = path.dirname(configPath);
const configReady = loadConfig({ configPath });
configReady.catch(() => {}); // reported by the first call
/** alias → bundled document, for `yaml()`. */
const bundles = new Map();

serve({
  /** The config's `apis`, sorted by name; `name` is the alias without its `@version`. */
  async apis() {
    const config = await configReady;
    const apis = Object.entries(config.resolvedConfig.apis ?? {})
      .map(([alias, api]) => ({ name: alias.split('@')[0], alias, root: path.resolve(rootDir, api.root) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (apis.length === 0) throw new BuildError(`${workerData.configPath}: no \`apis\` declared; nothing to build`);
    return { rootDir, apis };
  },

  /**
   * Lints, then bundles, one API (an entry of `apis()`) with a resolver of its own: bundling rewrites
   * `$ref`s in the parsed files in place, so a resolver shared across APIs would hand one API another's
   * rewrites. Returns the bundle exactly as `redocly bundle <alias>` produces it and the problems
   * (warnings count too: the contract must be lint-clean) as `file:line:col  severity  rule  message`.
   */
  async bundle({ alias, root }) {
    const apiConfig = (await configReady).forAlias(alias);
    const externalRefResolver = new BaseResolver(apiConfig.resolve);
    try {
      // Problems accepted in .redocly.lint-ignore.yaml are dropped, as `redocly lint` does.
      const lintProblems = (await lint({ ref: root, config: apiConfig, externalRefResolver }))
        .map((problem) => apiConfig.addProblemToIgnore(problem))
        .filter((problem) => !problem.ignored);
      const { document, problems: bundleProblems } = await bundleFile(root, apiConfig, externalRefResolver);
      bundles.set(alias, document);
      return { document, problems: [...lintProblems, ...bundleProblems].map((problem) => formatProblem(problem, rootDir)) };
    } catch (error) {
      // A root document that is not valid YAML is thrown rather than reported as a problem.
      if (!(error instanceof YamlParseError)) throw error;
      throw new BuildError(
        `${path.relative(rootDir, error.source.absoluteRef)}:${error.line}:${error.col}  error  yaml-syntax  ${error.message}`,
      );
    }
  },

  /** The YAML of a bundle made by `bundle()`, serialised as `redocly bundle` does. */
  yaml(alias) {
    return toYaml(bundles.get(alias));
  },

  /**
   * Bundles a description that is not one of the config's APIs (the sandbox's control routes, which the portal
   * publishes beside the workflows: their `$ref`s into spec/ would not resolve there). Not linted here:
   * `npm run lint:workflows` does that. Returns the bundle's YAML and the `$ref`s it could not resolve.
   */
  async bundleDescription(file) {
    const { document, problems } = await bundleFile(file, configForFile(await configReady, rootDir, file));
    return { yaml: toYaml(document), problems: problems.map((problem) => formatProblem(problem, rootDir)) };
  },
});

function toYaml(document) {
  return stringifyYaml(document, { noRefs: true, lineWidth: -1 });
}
