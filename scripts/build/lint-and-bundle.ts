import { BaseResolver, bundle, lint, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import type { ApiEntry } from './load-config.ts';

export interface BundledApi extends ApiEntry {
  /** The bundled document, exactly what `redocly bundle <alias>` produces. */
  document: Record<string, any>;
}

export interface LintAndBundleResult {
  bundled: BundledApi[];
  /** Warnings count too: the contract must be lint-clean. */
  problems: NormalizedProblem[];
}

/**
 * Lints, then bundles, each API with a resolver of its own: bundling rewrites `$ref`s in the
 * parsed files in place, so a resolver shared across APIs would hand one API another's rewrites.
 */
export async function lintAndBundle(config: Config, apis: ApiEntry[]): Promise<LintAndBundleResult> {
  const results = await Promise.all(
    apis.map(async (api) => {
      const apiConfig = config.forAlias(api.alias);
      const externalRefResolver = new BaseResolver(apiConfig.resolve);
      // Problems accepted in .redocly.lint-ignore.yaml are dropped, as `redocly lint` does.
      const problems = (await lint({ ref: api.root, config: apiConfig, externalRefResolver }))
        .map((problem) => apiConfig.addProblemToIgnore(problem))
        .filter((problem) => !problem.ignored);
      const { bundle: document, problems: bundleProblems } = await bundle({
        ref: api.root,
        config: apiConfig,
        externalRefResolver,
      });
      return { api, problems: [...problems, ...bundleProblems], document: document.parsed as Record<string, any> };
    }),
  );
  return {
    bundled: results.map(({ api, document }) => ({ ...api, document })),
    problems: uniqueProblems(results.flatMap((result) => result.problems)),
  };
}

/** A vendor file broken once is reported once, not once per API that references it. */
function uniqueProblems(problems: NormalizedProblem[]): NormalizedProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const location = problem.location[0];
    const key = [problem.ruleId, problem.message, location?.source.absoluteRef, location?.pointer].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
