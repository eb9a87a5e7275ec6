/**
 * `npm run release -- <api>...`: records the current contract of each named API as its last release
 * (releases/<api>/openapi.json), the baseline of the breaking-change gate. It refuses when generated/ is stale,
 * when the API has not changed, when `info.version` did not go up, when a breaking change comes without a new
 * major version, or when CHANGELOG.md has no `### <api> <version>` section for it. Commit releases/ and
 * CHANGELOG.md together.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NAMES, bundlePath, isApiName } from './apis/index.mjs';
import { blocks, compareApi } from './diff/compare.js';
import { loadSpecFile } from './diff/load.js';
import { changelogHeading, changelogRecords, loadRelease, releasedBundlePath } from './diff/releases.js';
import { renderReport, type ApiReport } from './diff/render.js';
import { compareVersions } from './diff/version.js';
import { staleReason } from './mock/staleness.ts';
import { REPO_ROOT } from './lib/repo-root.mjs';

/** Why `report` cannot be released, or undefined when it can. */
function refusal(report: ApiReport, firstRelease: boolean, root: string): string | undefined {
  const { name, baseVersion, headVersion } = report;
  if (!firstRelease && report.changes.length === 0) return `${name}: nothing changed since release ${baseVersion}`;
  if (baseVersion !== undefined && !((compareVersions(headVersion, baseVersion) ?? 0) > 0)) {
    return `${name}: raise info.version above the released ${baseVersion} (it is ${headVersion})`;
  }
  if (blocks(report)) return `${name}: breaking changes need a new major version`;
  if (!changelogRecords(name, headVersion, root))
    return `${name}: CHANGELOG.md has no "${changelogHeading(name, headVersion)}" section; add one with the lines above`;
  return undefined;
}

/**
 * Releases `apis` of the repository at `root` when every one of them may be released (all or none):
 * copies their bundles into releases/. Returns the reports and the refusals.
 */
export function releaseApis(apis: string[], root = '.'): { reports: ApiReport[]; refusals: string[] } {
  const reports = apis.map((api) => ({
    api,
    firstRelease: loadRelease(api, root) === undefined,
    report: compareApi(api, loadRelease(api, root), loadSpecFile(join(root, bundlePath(api))), 'releases/ (first release)'),
  }));
  const refusals = reports.flatMap(({ report, firstRelease }) => refusal(report, firstRelease, root) ?? []);
  if (refusals.length === 0) {
    for (const { api } of reports) {
      mkdirSync(dirname(releasedBundlePath(api, root)), { recursive: true });
      copyFileSync(join(root, bundlePath(api)), releasedBundlePath(api, root));
    }
  }
  return { reports: reports.map(({ report }) => report), refusals };
}

async function main(apis: string[]): Promise<number> {
  const unknown = apis.filter((api) => !isApiName(api));
  if (apis.length === 0 || unknown.length > 0) {
    const why = apis.length === 0 ? 'name the APIs to release' : `unknown API ${unknown.map((api) => `'${api}'`).join(', ')}`;
    console.error(`release: ${why}\nusage: npm run release -- <api>...   (apis: ${API_NAMES.join(', ')})`);
    return 2;
  }
  const stale = await staleReason(REPO_ROOT);
  if (stale) {
    console.error(`release: generated/ is not built from the working tree (${stale}); run: npm run build`);
    return 1;
  }
  const { reports, refusals } = releaseApis(apis, REPO_ROOT);
  for (const report of reports) console.log(renderReport(report));
  for (const reason of refusals) console.error(`release: ${reason}`);
  if (refusals.length > 0) return 1;
  for (const report of reports)
    console.error(`release: ${report.name} ${report.headVersion} recorded in ${releasedBundlePath(report.name)}`);
  console.error('release: commit releases/ and CHANGELOG.md together');
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
