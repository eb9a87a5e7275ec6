/**
 * Breaking-change gate: `npm run diff` compares each generated/<api>/openapi.json with the API's last release
 * (releases/<api>/openapi.json, written only by `npm run release`) and prints a Markdown changelog.
 * `npm run diff -- <git-ref>` compares with the bundles committed at a git ref instead;
 * `npm run diff -- --base <file> --head <file> [--name <api>]` compares two files, each bundled first (diff/load.ts).
 * Exit status: 0 = nothing blocks, 1 = breaking changes without a major `info.version` bump (or a version that
 * went down, or a release missing from CHANGELOG.md), 2 = bad input. The rules are in README.md,
 * "Breaking-change rules".
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_NAMES, bundlePath } from './apis/index.mjs';
import { blocks, compareApi } from './diff/compare.js';
import { assertRefExists, loadBundledSpecFile, loadSpecAtRef, loadSpecFile } from './diff/load.js';
import { loadRelease, releaseRecordProblems } from './diff/releases.js';
import { breakingCount, renderReport, type ApiReport } from './diff/render.js';
import { compareVersions } from './diff/version.js';

const USAGE = `usage: npm run diff                      (against the last release, releases/<api>/openapi.json)
       npm run diff -- <git-ref>
       npm run diff -- --base <spec file> --head <spec file> [--name <api>]`;

async function compareFiles(baseFile: string, headFile: string, name: string | undefined): Promise<ApiReport[]> {
  // Bundles and test cases are named after their folder: generated/<api>/openapi.json, <case>/after.json (tests/diff/cases.ts).
  const label = name ?? basename(dirname(resolve(headFile)));
  // Bundled, so that a multi-file spec (spec/<api>/openapi.yaml) compares like its bundle.
  const base = await loadBundledSpecFile(baseFile); // one after the other, so that the base's error comes first
  return [compareApi(label, base, await loadBundledSpecFile(headFile), baseFile)];
}

function workingBundle(api: string) {
  if (!existsSync(bundlePath(api))) throw new Error(`${bundlePath(api)}: missing in the working tree — run \`npm run build\` first`);
  return loadSpecFile(bundlePath(api));
}

function compareWithReleases(): { heading: string; reports: ApiReport[]; problems: string[] } {
  const reports = API_NAMES.map((api) => compareApi(api, loadRelease(api), workingBundle(api), 'releases/ (no release yet)'));
  const problems = [
    ...releaseRecordProblems(API_NAMES),
    ...reports
      .filter((report) => report.baseVersion !== undefined && (compareVersions(report.headVersion, report.baseVersion) ?? 0) < 0)
      .map((report) => `${report.name}: info.version ${report.headVersion} is lower than the released ${report.baseVersion}`),
  ];
  return { heading: '# Contract changes since the last release (releases/) — working tree', reports, problems };
}

function compareWithRef(ref: string): { heading: string; reports: ApiReport[]; problems: string[] } {
  assertRefExists(ref);
  const reports = API_NAMES.map((api) => compareApi(api, loadSpecAtRef(ref, bundlePath(api)), workingBundle(api), `git ref ${ref}`));
  return { heading: `# Contract changes since ${ref} — working tree`, reports, problems: [] };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, head: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const filesGiven = values.base !== undefined || values.head !== undefined;
  if (positionals.length > 1 || (filesGiven && (values.base === undefined || values.head === undefined || positionals.length > 0))) {
    console.error(USAGE);
    return 2;
  }
  const { heading, reports, problems } = filesGiven
    ? {
        heading: `# Contract changes: ${values.base} → ${values.head}`,
        reports: await compareFiles(values.base!, values.head!, values.name),
        problems: [],
      }
    : positionals[0]
      ? compareWithRef(positionals[0])
      : compareWithReleases();

  console.log([heading, '', ...reports.map(renderReport)].join('\n'));
  const blocking = reports.filter(blocks);
  const total = reports.reduce((sum, report) => sum + breakingCount(report), 0);
  for (const problem of problems) console.error(`diff: ${problem}`);
  if (blocking.length > 0)
    console.error(`diff: ${blocking.map((report) => report.name).join(', ')}: breaking changes without a major version bump`);
  if (blocking.length > 0 || problems.length > 0) return 1;
  console.error(total === 0 ? 'diff: ok, no breaking changes' : `diff: ok, ${total} breaking change(s) under a major version bump`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`diff: ${(error as Error).message}`);
  process.exitCode = 2;
}
