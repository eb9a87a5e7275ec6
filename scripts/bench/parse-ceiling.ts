/**
 * The ceiling pass of the conformance benchmark, run in its own process as the CLI is, so that its time (spawn to
 * exit, taken by the parent) and its peak RSS are its own: `parse-ceiling.ts <file>` reads and JSON-parses every
 * line with the CLI's own reader and prints one JSON line with the count and the peak RSS.
 */
import { readNdjson } from '../conformance/read-ndjson.ts';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: parse-ceiling.ts <file.ndjson>\n');
  process.exit(2);
}
let count = 0;
for await (const items of readNdjson(file)) count += items.length;
process.stdout.write(`${JSON.stringify({ count, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
