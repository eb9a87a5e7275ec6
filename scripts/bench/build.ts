import '../build/env.mjs';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { API_DEFINITIONS } from '../apis/index.mjs';
import { CONVERTER_OPTIONS } from '../build/postman/converter-options.mjs';
import { REPO_ROOT } from '../lib/repo-root.mjs';
import { childrenCpuSeconds } from './proc-stat.ts';

/**
 * `npm run bench:build`: the full build against the equivalent separate CLI invocations, run one
 * after another: per API `redocly lint`, `redocly bundle`, `redocly build-docs --inlineBundle`,
 * `openapi-typescript` and `openapi2postmanv2` (the collection, with the build's converter options). The build
 * runs as a fresh process with the command of package.json's `build` script (without npm's own start-up), into a
 * scratch directory; the CLIs run from node_modules/.bin
 * in the config's directory. Runs alternate (build, CLIs, build, …) so both see the same machine
 * load; the median of BENCH_RUNS runs (default 3) of each is reported, as wall time and as CPU time
 * (user + sys of the child processes), since other work on a shared machine stretches wall times.
 */
const run = promisify(execFile);
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
// CONTRACTS_CONFIG (as for `npm run build`) benchmarks another set of specs, e.g. the test fixtures.
const configPath = path.resolve(process.env.CONTRACTS_CONFIG ?? path.join(REPO_ROOT, 'redocly.yaml'));
const specDir = path.dirname(configPath);
const runs = Number(process.env.BENCH_RUNS ?? 3);

interface Sample {
  wall: number;
  cpu: number;
}

async function measure(task: () => Promise<unknown>): Promise<Sample> {
  const [started, cpuBefore] = [performance.now(), childrenCpuSeconds()];
  await task();
  return { wall: (performance.now() - started) / 1000, cpu: childrenCpuSeconds() - cpuBefore };
}

// `node <flags> scripts/build.mjs`, exactly as `npm run build` runs it.
const [node, ...buildArgs] = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.build.split(' ');
if (node !== 'node') throw new Error(`package.json: the build script must start with \`node\` to be benchmarked, not \`${node}\``);

async function fullBuild(scratch: string): Promise<void> {
  await run(process.execPath, buildArgs, {
    cwd: REPO_ROOT,
    env: { ...process.env, CONTRACTS_CONFIG: configPath, CONTRACTS_OUT_DIR: path.join(scratch, 'generated') },
  });
}

// The build's converter options, in the CLI's `-O` form.
const POSTMAN_OPTIONS = Object.entries(CONVERTER_OPTIONS)
  .map(([name, value]) => `${name}=${value}`)
  .join(',');
const CLIS_PER_API = 5;

async function cliSequence(scratch: string, apis: { name: string; alias: string }[]): Promise<void> {
  for (const { name, alias } of apis) {
    const bundled = path.join(scratch, `${name}.json`);
    await run(bin('redocly'), ['lint', alias], { cwd: specDir });
    await run(bin('redocly'), ['bundle', alias, '--ext', 'json', '-o', bundled], { cwd: specDir });
    await run(bin('redocly'), ['build-docs', alias, '--inlineBundle', '-o', path.join(scratch, `${name}.html`)], { cwd: specDir });
    // From the scratch dir: openapi-typescript would otherwise pick up redocly.yaml's `apis` instead of its argument.
    await run(bin('openapi-typescript'), [bundled, '-o', path.join(scratch, `${name}.ts`), '--default-non-nullable=false'], {
      cwd: scratch,
    });
    await run(bin('openapi2postmanv2'), ['-s', bundled, '-o', path.join(scratch, `${name}.postman.json`), '-O', POSTMAN_OPTIONS], {
      cwd: scratch,
    });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
const report = (label: string, samples: Sample[]) => {
  const wall = samples.map((sample) => sample.wall);
  const cpu = samples.map((sample) => sample.cpu);
  console.log(`${label} wall ${median(wall).toFixed(2)} s [${seconds(wall)}]   CPU ${median(cpu).toFixed(2)} s [${seconds(cpu)}]`);
};

const scratch = await mkdtemp(path.join(os.tmpdir(), 'contracts-bench-'));
try {
  const apis = API_DEFINITIONS.map(({ name, alias }) => ({ name, alias }));
  const loadBefore = os.loadavg()[0]!;
  const builds: Sample[] = [];
  const clis: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    builds.push(await measure(() => fullBuild(scratch)));
    clis.push(await measure(() => cliSequence(scratch, apis)));
  }
  const ratio = (pick: (sample: Sample) => number) => (median(clis.map(pick)) / median(builds.map(pick))).toFixed(1);
  console.log(
    `${os.availableParallelism()} CPU cores; 1-minute load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after; ` +
      `median of ${runs} run(s) each`,
  );
  report('full build (npm run build):        ', builds);
  report(`CLI sequence (${apis.length * CLIS_PER_API} invocations):    `, clis);
  console.log(
    `the build is ${ratio((sample) => sample.wall)}× faster in wall time (target: ≥ 2.5×, build ≤ 2.5 s), using ${ratio((sample) => sample.cpu)}× less CPU`,
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
