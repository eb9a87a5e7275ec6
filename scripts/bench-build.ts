import './build/env.ts';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadApis } from './build/load-config.ts';

/**
 * `npm run bench:build`: the full build (`npm run build`'s entry, as a fresh process, into a scratch
 * directory) against the equivalent separate CLI invocations run one after another: per API
 * `redocly lint`, `redocly bundle`, `redocly build-docs --inlineBundle` and `openapi-typescript`.
 * Reports the median of BENCH_RUNS runs (default 3) of each. The CLIs run in the config's directory.
 */
const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
// CONTRACTS_CONFIG (as for `npm run build`) benchmarks another set of specs, e.g. the test fixtures.
const configPath = path.resolve(process.env.CONTRACTS_CONFIG ?? path.join(repoRoot, 'redocly.yaml'));
const specDir = path.dirname(configPath);
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function fullBuild(scratch: string): Promise<void> {
  await run(bin('tsx'), ['scripts/build.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CONTRACTS_CONFIG: configPath, CONTRACTS_OUT_DIR: path.join(scratch, 'generated') },
  });
}

async function cliSequence(scratch: string, apis: { name: string; alias: string }[]): Promise<void> {
  for (const { name, alias } of apis) {
    const bundled = path.join(scratch, `${name}.json`);
    await run(bin('redocly'), ['lint', alias], { cwd: specDir });
    await run(bin('redocly'), ['bundle', alias, '--ext', 'json', '-o', bundled], { cwd: specDir });
    await run(bin('redocly'), ['build-docs', alias, '--inlineBundle', '-o', path.join(scratch, `${name}.html`)], { cwd: specDir });
    // From the scratch dir: openapi-typescript would otherwise pick up redocly.yaml's `apis` instead of its argument.
    await run(bin('openapi-typescript'), [bundled, '-o', path.join(scratch, `${name}.ts`), '--default-non-nullable=false'], { cwd: scratch });
  }
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'contracts-bench-'));
try {
  const { apis } = await loadApis(configPath);
  const buildTimes: number[] = [];
  const cliTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    buildTimes.push(await timed(() => fullBuild(scratch)));
    cliTimes.push(await timed(() => cliSequence(scratch, apis)));
  }
  const build = median(buildTimes);
  const cli = median(cliTimes);
  const format = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  console.log(`CPU cores: ${os.availableParallelism()}; load average ${os.loadavg()[0]!.toFixed(2)}; ${runs} run(s) each, median shown`);
  console.log(`full build (npm run build):        ${build.toFixed(2)} s   [${format(buildTimes)}]`);
  console.log(`CLI sequence (${apis.length * 4} invocations):     ${cli.toFixed(2)} s   [${format(cliTimes)}]`);
  console.log(`ratio: ${(cli / build).toFixed(1)}× faster (target ≥ 4×, build ≤ 2.5 s)`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
