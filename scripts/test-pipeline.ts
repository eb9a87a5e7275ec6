/**
 * `npm test`: every check of the repository, in order, with one timing line per stage:
 * lint (the APIs and the workflow files) → style (ESLint, Prettier) → build freshness → unit/boundary → types →
 * package (the packed tarball) → gateway SDK → mock integration → sandbox → workflows (Arazzo, against a fresh sandbox) → Postman (newman) → conformance → diff
 * self-test → breaking changes since the last release → browser docs → any test file no stage claims.
 * Every stage runs even after a failure (the later ones are cheap next to a second CI round trip, and a
 * full list of failures is worth more); the exit status is non-zero when any stage failed. The closing
 * line counts tests (vitest tests, plus one per command-line check): `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API_DEFINITIONS, API_NAMES } from './apis/index.mjs';
import { REPO_ROOT } from './lib/repo-root.mjs';
import { workflowFiles } from './workflows/files.ts';

const bin = (name: string) => join(REPO_ROOT, 'node_modules', '.bin', name);
const RESULTS = join(REPO_ROOT, 'test-output', 'vitest');
const STAGE_TIMEOUT_MS = 8 * 60_000;

const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  CI: process.env.CI ?? 'true',
};

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Outcome extends Counts {
  ok: boolean;
  note?: string;
}

interface Stage {
  name: string;
  run(): Promise<Outcome>;
}

/** Runs a command with inherited output in its own process group, so a timeout can end all it started. */
function runCommand(command: string, args: string[]): Promise<{ code: number | null; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, STAGE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`cannot start ${command}: ${error.message}`);
      resolve({ code: null, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

function commandOutcome({ code, timedOut }: { code: number | null; timedOut: boolean }): Outcome {
  if (timedOut) return { ok: false, passed: 0, failed: 1, skipped: 0, note: `timed out after ${STAGE_TIMEOUT_MS / 60_000} min` };
  return code === 0
    ? { ok: true, passed: 1, failed: 0, skipped: 0 }
    : { ok: false, passed: 0, failed: 1, skipped: 0, note: `exit ${code}` };
}

/** A vitest run over some files or folders; "no tests" counts as a failure. */
function vitestStage(name: string, filters: string[], extraArgs: string[] = []): Stage {
  return {
    name,
    async run() {
      const report = join(RESULTS, `${name}.json`);
      rmSync(report, { force: true });
      const result = await runCommand(bin('vitest'), [
        'run',
        ...filters,
        ...extraArgs,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ]);
      if (result.timedOut) return commandOutcome(result);
      if (!existsSync(report)) return { ok: false, passed: 0, failed: 1, skipped: 0, note: 'no tests found' };
      const json = JSON.parse(readFileSync(report, 'utf8'));
      const counts = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
      if (json.numTotalTests === 0) return { ...counts, ok: false, failed: 1, note: 'no tests found' };
      // A suite that fails to load has no failed test but fails the run: count it once.
      const failed = result.code !== 0 && counts.failed === 0 ? 1 : counts.failed;
      return {
        ...counts,
        failed,
        ok: result.code === 0 && counts.skipped === 0,
        note: counts.skipped ? `${counts.skipped} skipped (not allowed)` : undefined,
      };
    },
  };
}

function commandStage(name: string, command: string, args: string[]): Stage {
  return { name, run: async () => commandOutcome(await runCommand(command, args)) };
}

/** Several commands in one stage, each counted as one check. */
function commandsStage(name: string, commands: [string, string[]][], noneNote: string): Stage {
  return {
    name,
    async run() {
      if (commands.length === 0) return { ok: false, passed: 0, failed: 1, skipped: 0, note: noneNote };
      const total: Outcome = { ok: true, passed: 0, failed: 0, skipped: 0 };
      for (const [command, args] of commands) {
        const outcome = commandOutcome(await runCommand(command, args));
        total.passed += outcome.passed;
        total.failed += outcome.failed;
        if (!outcome.ok) {
          total.ok = false;
          total.note = `${[command, ...args].map((part) => relative(REPO_ROOT, part) || part).join(' ')}: ${outcome.note}`;
        }
      }
      return total;
    },
  };
}

function combine(name: string, stages: Stage[]): Stage {
  return {
    name,
    async run() {
      const outcomes = [];
      for (const stage of stages) outcomes.push(await stage.run());
      return {
        ok: outcomes.every((outcome) => outcome.ok),
        passed: outcomes.reduce((sum, outcome) => sum + outcome.passed, 0),
        failed: outcomes.reduce((sum, outcome) => sum + outcome.failed, 0),
        skipped: outcomes.reduce((sum, outcome) => sum + outcome.skipped, 0),
        note:
          outcomes
            .map((outcome) => outcome.note)
            .filter(Boolean)
            .join('; ') || undefined,
      };
    },
  };
}

function missing(name: string, what: string): Stage {
  return { name, run: async () => ({ ok: false, passed: 0, failed: 1, skipped: 0, note: `missing: ${what}` }) };
}

const CLAIMED = [
  'tests/bench',
  'tests/build',
  'tests/repository',
  'tests/lib',
  'tests/apis',
  'tests/contract',
  'tests/mock',
  'tests/sandbox',
  'tests/workflows',
  'tests/postman',
  'tests/conformance',
  'tests/diff',
  'tests/browser',
  'tests/types',
  'tests/package',
  'tests/sdk',
];

function unclaimedTestFiles(): string[] {
  return (readdirSync(join(REPO_ROOT, 'tests'), { recursive: true }) as string[])
    .map((file) => `tests/${file.split('\\').join('/')}`)
    .filter((file) => /\.test\.ts$/.test(file) && !file.includes('/fixtures/') && !CLAIMED.some((dir) => file.startsWith(`${dir}/`)))
    .sort();
}

async function stages(): Promise<Stage[]> {
  const recordings = API_NAMES.flatMap((api) => ['ndjson', 'har'].map((ext) => `tests/recordings/${api}.${ext}`)).filter((file) =>
    existsSync(join(REPO_ROOT, file)),
  );
  const others = unclaimedTestFiles();
  // With no workflow files the workflows stage fails (the runner finds nothing to run); lint has nothing more to do.
  const workflowYaml = workflowFiles('.yaml');
  return [
    commandsStage(
      'lint',
      [
        [bin('redocly'), ['lint', '--format=stylish', ...API_DEFINITIONS.map((definition) => definition.alias)]],
        ...(workflowYaml.length ? [[bin('redocly'), ['lint', '--format=stylish', ...workflowYaml]] as [string, string[]]] : []),
      ],
      'nothing to lint',
    ),
    commandsStage(
      'style',
      [
        [bin('eslint'), ['.']],
        [bin('prettier'), ['--check', '.']],
      ],
      'no style checks',
    ),
    existsSync(join(REPO_ROOT, 'tests/build/freshness.test.ts'))
      ? vitestStage('freshness', ['tests/build/freshness.test.ts'])
      : missing('freshness', 'tests/build/freshness.test.ts'),
    vitestStage(
      'unit',
      ['tests/contract', 'tests/build', 'tests/repository', 'tests/lib', 'tests/apis', 'tests/bench'],
      ['--exclude', 'tests/build/freshness.test.ts'],
    ),
    existsSync(join(REPO_ROOT, 'tests/types/tsconfig.json'))
      ? commandsStage(
          'types',
          [
            [bin('tsc'), ['--noEmit', '-p', 'tests/types/tsconfig.json']],
            [bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
          ],
          'no tsconfig',
        )
      : missing('types', 'tests/types/tsconfig.json'),
    vitestStage('package', ['tests/package']),
    vitestStage('sdk', ['tests/sdk']),
    vitestStage('mock', ['tests/mock']),
    vitestStage('sandbox', ['tests/sandbox']),
    // Every workflow against a fresh sandbox, and the runner's own tests (a failing step fails the run).
    combine('workflows', [
      commandStage('workflows-run', bin('tsx'), ['scripts/workflows.ts']),
      vitestStage('workflows', ['tests/workflows']),
    ]),
    // Each API's Postman collection, run by newman against a fresh sandbox.
    vitestStage('postman', ['tests/postman']),
    combine('conformance', [
      vitestStage('conformance', ['tests/conformance']),
      commandsStage(
        'conformance-recordings',
        recordings.map((file) => [bin('tsx'), ['scripts/conformance.ts', file]]),
        'no recordings in tests/recordings/<api>.ndjson',
      ),
    ]),
    vitestStage('diff', ['tests/diff']),
    // Against the last release (releases/), whatever the clone's tags and depth.
    commandStage('breaking-changes', bin('tsx'), ['scripts/diff.ts']),
    vitestStage('browser', ['tests/browser']),
    ...(others.length ? [vitestStage('other-tests', others)] : []),
  ];
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  const started = performance.now();
  const results: { name: string; outcome: Outcome; seconds: number }[] = [];
  for (const stage of await stages()) {
    console.log(`\n===== stage ${stage.name} =====`);
    const begin = performance.now();
    const outcome = await stage.run();
    const seconds = (performance.now() - begin) / 1000;
    results.push({ name: stage.name, outcome, seconds });
    const counts = `${outcome.passed} passed, ${outcome.failed} failed`;
    console.log(
      `stage ${stage.name}: ${outcome.ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)}s (${counts}${outcome.note ? `; ${outcome.note}` : ''})`,
    );
  }

  console.log('\n===== summary =====');
  for (const { name, outcome, seconds } of results) {
    console.log(`stage ${name}: ${outcome.ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)}s${outcome.note ? ` (${outcome.note})` : ''}`);
  }
  const failedStages = results.filter((result) => !result.outcome.ok).length;
  console.log(`stages: ${results.length - failedStages} of ${results.length} ok in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  const total = results.reduce<Counts>(
    (sum, { outcome }) => ({
      passed: sum.passed + outcome.passed,
      failed: sum.failed + outcome.failed,
      skipped: sum.skipped + outcome.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  // A failed stage always shows in the failed count, even one that ran no test.
  const failed = Math.max(total.failed, failedStages);
  console.log(`${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return failedStages === 0 ? 0 : 1;
}

process.exitCode = await main();
