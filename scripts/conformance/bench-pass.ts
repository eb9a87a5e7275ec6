/**
 * One timed pass of the conformance benchmark, run in its own process so that each pass's peak RSS is its
 * own: `bench-pass.ts ceiling|check <file>` prints one JSON line with the count, seconds and peak RSS.
 */
import { readNdjson } from './read-ndjson.ts';
import { runConformance } from './run.ts';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'ceiling' && mode !== 'check') || !file) {
  process.stderr.write('usage: bench-pass.ts ceiling|check <file.ndjson>\n');
  process.exit(2);
}
const start = process.hrtime.bigint();
let count = 0;
let failed = 0;
let violations = 0;
if (mode === 'ceiling') {
  for await (const items of readNdjson(file)) count += items.length;
} else {
  const summary = await runConformance(file, { format: 'ndjson' });
  count = summary.exchanges;
  failed = summary.failed;
  violations = summary.violations;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(`${JSON.stringify({ count, failed, violations, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
