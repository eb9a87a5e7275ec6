/**
 * `npm run bench:conformance [-- --exchanges N] [--runs N] [--fuzz N]`: generates N (default 1,000,000) realistic
 * exchanges as NDJSON, then times in the same run, alike, each in one fresh process from spawn to exit:
 * (a) reading and JSON-parsing every line with the CLI's reader, the ceiling, and (b) the conformance CLI itself
 * on the same file (its default, one process). The passes alternate and the median of `--runs` (default 3) of each
 * is reported, since other work on a shared machine stretches single runs. Then it fuzzes the running mocks with
 * generated invalid requests. Targets: (b) at least 50% of (a)'s throughput, peak RSS under 200 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runCliPass } from './conformance-cli-pass.ts';
import { writeSyntheticTraffic } from './synthetic-traffic.ts';
import { formatFuzzCounts, fuzzAllApis } from '../mock/fuzz/run-fuzz.ts';

const { values } = parseArgs({
  options: {
    exchanges: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    fuzz: { type: 'string', default: '10000' },
  },
});
const count = Number(values.exchanges);
const runs = Number(values.runs);
const fuzzRuns = Number(values.fuzz);

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

interface CeilingResult {
  count: number;
  seconds: number;
  maxRssBytes: number;
}

/** The ceiling pass, timed from spawn to exit like the CLI pass. */
function ceilingPass(file: string): CeilingResult {
  const script = fileURLToPath(new URL('./parse-ceiling.ts', import.meta.url));
  const start = process.hrtime.bigint();
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { ...(JSON.parse(output.trim().split('\n').pop()!) as Omit<CeilingResult, 'seconds'>), seconds };
}

const median = <T>(values: T[], by: (value: T) => number): T => [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
}

// Other work on the machine slows both passes, but not always equally: print it next to the figures.
console.log(
  `${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const dir = mkdtempSync(join(tmpdir(), 'bench-conformance-'));
const file = join(dir, 'traffic.ndjson');
try {
  const generated = await timed(() => writeSyntheticTraffic(file, count));
  console.log(`generated ${count.toLocaleString('en')} exchanges (${mb(generated.result.bytes)}) in ${generated.seconds.toFixed(1)} s`);

  const ceilings: CeilingResult[] = [];
  const checks: Awaited<ReturnType<typeof runCliPass>>[] = [];
  for (let run = 0; run < runs; run++) {
    ceilings.push(ceilingPass(file));
    checks.push(await runCliPass(file, dir));
  }
  const ceiling = median(ceilings, (result) => result.seconds);
  const check = median(checks, (result) => result.seconds);
  console.log(
    `(a) runs: ${ceilings.map((r) => r.seconds.toFixed(2)).join(', ')} s; (b) runs: ${checks.map((r) => r.seconds.toFixed(2)).join(', ')} s; medians below`,
  );
  const rateA = ceiling.count / ceiling.seconds;
  const rateB = check.exchanges / check.seconds;
  const maxRss = Math.max(...check.peakRss);
  console.log(
    `(a) read + JSON.parse: ${ceiling.count.toLocaleString('en')} lines in ${ceiling.seconds.toFixed(2)} s = ${Math.round(rateA).toLocaleString('en')}/s, peak RSS ${mb(ceiling.maxRssBytes)}`,
  );
  console.log(
    `(b) full check (CLI):  ${check.exchanges.toLocaleString('en')} exchanges in ${check.seconds.toFixed(2)} s = ${Math.round(rateB).toLocaleString('en')}/s; ${check.failed.toLocaleString('en')} failing, ${check.violations.toLocaleString('en')} violations`,
  );
  console.log(`    peak RSS ${mb(maxRss)}`);
  console.log(
    `(b)/(a) throughput: ${((rateB / rateA) * 100).toFixed(0)}% (target ≥ 50%), both in one process; (b) peak RSS ${mb(maxRss)} (target < 200 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (fuzzRuns > 0) {
  const fuzz = await timed(() => fuzzAllApis({ invalidPerApi: fuzzRuns, validPerApi: Math.max(100, Math.round(fuzzRuns / 10)) }));
  console.log(`fuzz (${fuzz.seconds.toFixed(1)} s):\n${formatFuzzCounts(fuzz.result)}`);
  if (fuzz.result.some((c) => c.failures.length > 0)) process.exitCode = 1;
}
