/**
 * Runs the conformance check and writes one report line per violation or malformed item, in batches, to the
 * given sink (stdout, or a part's temp file when the file is checked in several processes).
 */
import type { ApiName } from '../apis/index.mjs';
import type { InputFormat } from './input.ts';
import type { NdjsonRange } from './read-ndjson.ts';
import { formatMalformed, formatViolation } from './report.ts';
import { runConformance, type RunSummary } from './run.ts';

export interface PrintOptions {
  api?: ApiName;
  format: InputFormat;
  range?: NdjsonRange;
  webhookSecret?: string;
}

const BATCH_LINES = 1000;

export async function checkAndPrint(file: string, options: PrintOptions, write: (text: string) => void): Promise<RunSummary> {
  const { format } = options;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  const summary = await runConformance(file, {
    ...(options.api ? { api: options.api } : {}),
    ...(options.range ? { range: options.range } : {}),
    ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
    format,
    onViolation: (violation) => {
      out.push(formatViolation(format, violation));
      if (out.length >= BATCH_LINES) flush();
    },
    onMalformed: (item) => {
      out.push(formatMalformed(format, item));
      if (out.length >= BATCH_LINES) flush();
    },
  });
  flush();
  return summary;
}
