/**
 * `npm run conformance -- <file> [--api <name>] [--format ndjson|har] [--jobs N] [--webhook-secret <secret>]`
 * Checks recorded traffic (HAR or NDJSON exchanges, NDJSON webhook deliveries) against the contracts; exits 1 when
 * anything violates or cannot be read, 2 on a usage error. One process by default; `--jobs N` checks a large NDJSON
 * file in N processes, one byte range each, with the same output. With `--webhook-secret`, every webhook delivery's
 * signature is checked.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { API_NAMES, isApiName } from './apis/index.mjs';
import { checkInParts } from './conformance/check-in-parts.ts';
import { detectFormat, type InputFormat } from './conformance/input.ts';
import { checkAndPrint } from './conformance/print-findings.ts';
import { formatSummary } from './conformance/report.ts';
import { splitNdjson } from './conformance/split-ndjson.ts';

const USAGE = `usage: npm run conformance -- <file.ndjson|file.har> [--api ${API_NAMES.join('|')}] [--format ndjson|har] [--jobs N] [--webhook-secret <secret>]`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        api: { type: 'string' },
        format: { type: 'string' },
        jobs: { type: 'string' },
        'webhook-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
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
  if (!statSync(file).isFile()) usageError(`${file} is not a file: give one recording (NDJSON or HAR)`);
  const api = values.api;
  if (api !== undefined && !isApiName(api)) usageError(`--api must be one of ${API_NAMES.join(', ')} (got '${api}')`);
  if (values.format !== undefined && values.format !== 'ndjson' && values.format !== 'har')
    usageError(`--format must be ndjson or har (got '${values.format}')`);
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) usageError(`--jobs must be a whole number of processes, at least 1 (got '${values.jobs}')`);
  const webhookSecret = values['webhook-secret'];
  if (webhookSecret === '') usageError('--webhook-secret must not be empty');

  const format =
    (values.format as InputFormat | undefined) ??
    (await detectFormat(file).catch((error: Error) => usageError(`cannot read ${file}: ${error.message}`)));
  const ranges = format === 'ndjson' && jobs > 1 ? await splitNdjson(file, jobs) : [];
  const summary = await (
    ranges.length > 1
      ? checkInParts(file, ranges, api, webhookSecret)
      : checkAndPrint(
          file,
          { ...(api ? { api } : {}), ...(webhookSecret !== undefined ? { webhookSecret } : {}), format },
          (text) => void process.stdout.write(text),
        )
  ).catch((error: Error) => usageError(`cannot check ${file}: ${error.message}`));
  process.stdout.write(`\n${formatSummary(summary)}\n`);
  process.exitCode = summary.violations > 0 || summary.malformed > 0 ? 1 : 0;
}

await main();
