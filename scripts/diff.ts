/**
 * Breaking-change gate: `npm run diff -- [<git-ref>]` compares generated/<api>/openapi.json of the working
 * tree with the same file at <git-ref> (default: the most recent tag, else the parent commit) and prints a
 * Markdown changelog. `npm run diff -- --base <file> --head <file> [--name <api>]` compares two files.
 * Exit status: 0 = nothing blocks, 1 = breaking changes without a major `info.version` bump, 2 = bad input.
 * The rules are in README.md, "Breaking-change rules".
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { blocks, compareApi } from './diff/compare.js';
import { assertRefExists, defaultRef, loadSpecAtRef, loadSpecFile } from './diff/load.js';
import { breakingCount, renderReport, type ApiReport } from './diff/render.js';

const APIS = ['gateway', 'razorpay', 'juspay'] as const;
const USAGE = `usage: npm run diff -- [<git-ref>]
       npm run diff -- --base <spec file> --head <spec file> [--name <api>]`;

function bundlePath(api: string): string {
  return `generated/${api}/openapi.json`;
}

function compareFiles(baseFile: string, headFile: string, name: string | undefined): ApiReport[] {
  // Bundles and fixtures are named after their folder: generated/<api>/openapi.json, fixtures/<rule>/after.yaml.
  const label = name ?? basename(dirname(resolve(headFile)));
  return [compareApi(label, loadSpecFile(baseFile), loadSpecFile(headFile), baseFile)];
}

function compareWithRef(explicitRef: string | undefined): { heading: string; reports: ApiReport[] } {
  const chosen = explicitRef ? { ref: explicitRef, why: 'given' } : defaultRef();
  const reports: ApiReport[] = [];
  for (const api of APIS) {
    if (!existsSync(bundlePath(api))) {
      throw new Error(`${bundlePath(api)}: missing in the working tree — run \`npm run build\` first`);
    }
    const head = loadSpecFile(bundlePath(api));
    if (!chosen) {
      reports.push(compareApi(api, undefined, head, 'the repository (fewer than two commits, no tag)'));
      continue;
    }
    assertRefExists(chosen.ref);
    reports.push(compareApi(api, loadSpecAtRef(chosen.ref, bundlePath(api)), head, `git ref ${chosen.ref}`));
  }
  const heading = chosen
    ? `# Contract changes since ${chosen.ref} (${chosen.why}) — working tree`
    : '# Contract changes — no earlier version (fewer than two commits and no tag): every API is new';
  return { heading, reports };
}

function main(): number {
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
  const { heading, reports } = filesGiven
    ? { heading: `# Contract changes: ${values.base} → ${values.head}`, reports: compareFiles(values.base!, values.head!, values.name) }
    : compareWithRef(positionals[0]);

  console.log([heading, '', ...reports.map(renderReport)].join('\n'));
  const blocking = reports.filter(blocks);
  const total = reports.reduce((sum, report) => sum + breakingCount(report), 0);
  if (blocking.length > 0) {
    console.error(`diff: ${blocking.map((report) => report.name).join(', ')}: breaking changes without a major version bump`);
    return 1;
  }
  console.error(total === 0 ? 'diff: ok, no breaking changes' : `diff: ok, ${total} breaking change(s) under a major version bump`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`diff: ${(error as Error).message}`);
  process.exitCode = 2;
}
