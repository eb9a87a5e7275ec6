/**
 * `npm run conformance -- <file> [--api gateway|razorpay|juspay] [--format ndjson|har]`
 * Checks recorded traffic (HAR or NDJSON exchanges) against the contracts; exits 1 when anything violates
 * or cannot be read, 2 on a usage error. NDJSON files over 8 MB are checked in two processes.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { APIS, type Api } from './lib/contract.ts';
import { checkInParts } from './conformance/check-in-parts.ts';
import { detectFormat, type InputFormat } from './conformance/input.ts';
import { checkAndPrint } from './conformance/print-findings.ts';
import { formatSummary } from './conformance/report.ts';
import { splitNdjson } from './conformance/split-ndjson.ts';

/** Large NDJSON files are checked in this many processes (at most one per core); see check-in-parts.ts. */
const PROCESSES = 2;
const USAGE = 'usage: npm run conformance -- <file.ndjson|file.har> [--api gateway|razorpay|juspay] [--format ndjson|har]';

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { api: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) usageError('give exactly one file to check');
  const file = positionals[0]!;
  if (!existsSync(file)) usageError(`no such file: ${file}`);
  if (values.api !== undefined && !APIS.includes(values.api as Api)) usageError(`--api must be one of ${APIS.join(', ')} (got '${values.api}')`);
  if (values.format !== undefined && values.format !== 'ndjson' && values.format !== 'har') usageError(`--format must be ndjson or har (got '${values.format}')`);

  const format = (values.format as InputFormat | undefined) ?? await detectFormat(file);
  const api = values.api as Api | undefined;
  const ranges = format === 'ndjson' ? await splitNdjson(file, Math.min(PROCESSES, availableParallelism())) : [];
  const summary = await (ranges.length > 1
    ? checkInParts(file, ranges, api)
    : checkAndPrint(file, { ...(api ? { api } : {}), format }, (text) => void process.stdout.write(text))
  ).catch((error: Error) => usageError(`cannot check ${file}: ${error.message}`));
  process.stdout.write(`\n${formatSummary(summary)}\n`);
  process.exitCode = summary.violations > 0 || summary.malformed > 0 ? 1 : 0;
}

await main();
