/**
 * `npm run bench:conformance [-- --exchanges N] [--fuzz N]`: generates N (default 1,000,000) realistic exchanges
 * as NDJSON, then times in the same run, each in one fresh process: (a) reading and JSON-parsing every line, the
 * ceiling, and (b) the conformance CLI itself on the same file, from spawn to exit (its default, one process);
 * then fuzzes the running mocks with generated invalid requests.
 * Targets: (b) at least 50% of (a)'s throughput, peak RSS under 200 MB.
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
  options: { exchanges: { type: 'string', default: '1000000' }, fuzz: { type: 'string', default: '10000' } },
});
const count = Number(values.exchanges);
const fuzzRuns = Number(values.fuzz);

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

interface CeilingResult {
  count: number;
  seconds: number;
  maxRssBytes: number;
}

function ceilingPass(file: string): CeilingResult {
  const script = fileURLToPath(new URL('./parse-ceiling.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as CeilingResult;
}

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

  const ceiling = ceilingPass(file);
  const check = await runCliPass(file, dir);
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
