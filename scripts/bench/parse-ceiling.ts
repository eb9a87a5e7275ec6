/**
 * The ceiling pass of the conformance benchmark, run in its own process so that its peak RSS is its own:
 * `bench-pass.ts <file>` reads and JSON-parses every line and prints one JSON line with the count, seconds and
 * peak RSS.
 */
import { readNdjson } from '../conformance/read-ndjson.ts';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: bench-pass.ts <file.ndjson>\n');
  process.exit(2);
}
const start = process.hrtime.bigint();
let count = 0;
for await (const items of readNdjson(file)) count += items.length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(`${JSON.stringify({ count, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
