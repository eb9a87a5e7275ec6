/**
 * Checks every exchange and webhook delivery of a recorded-traffic file against the contracts, streaming: each
 * violation is handed to the caller as soon as it is found and only per-operation counters are kept.
 */
import type { ApiName } from '../apis/index.mjs';
import { ConformanceChecker, type Finding } from './checks.ts';
import { exchangeShapeError, isWebhookDelivery, type Recorded } from './exchange.ts';
import { detectFormat, readInput, type InputFormat } from './input.ts';
import type { NdjsonRange } from './read-ndjson.ts';

export interface ReportedViolation extends Finding {
  /** Line (NDJSON) or entry (HAR) number. */
  number: number;
  api: ApiName | undefined;
  /** The operationId, `webhook <name>`, or one of the UNDOCUMENTED markers. */
  operation: string;
  /** The exchange's method (upper case) and status; undefined for a webhook delivery. */
  method: string | undefined;
  status: number | undefined;
}

export interface MalformedItem {
  number: number;
  message: string;
}

export interface OperationStats {
  api: string;
  operation: string;
  exchanges: number;
  failed: number;
  violations: number;
}

export interface RunSummary {
  format: InputFormat;
  exchanges: number;
  failed: number;
  violations: number;
  malformed: number;
  operations: OperationStats[];
}

export interface RunOptions {
  api?: ApiName;
  format?: InputFormat;
  specDir?: string;
  /** Check only this part of an NDJSON file (line numbers stay those of the whole file). */
  range?: NdjsonRange;
  /** Check the signature of every webhook delivery with this secret. */
  webhookSecret?: string;
  onViolation?: (violation: ReportedViolation) => void;
  onMalformed?: (item: MalformedItem) => void;
}

const UNDOCUMENTED = '(undocumented route)';
const UNDOCUMENTED_WEBHOOK = '(undocumented webhook)';

export async function runConformance(file: string, options: RunOptions = {}): Promise<RunSummary> {
  const format = options.format ?? (await detectFormat(file));
  const checker = new ConformanceChecker({
    ...(options.api ? { api: options.api } : {}),
    ...(options.specDir ? { specDir: options.specDir } : {}),
    ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
  });
  // api → operation → counters; nested maps spare building a key string per exchange.
  const stats = new Map<string, Map<string, OperationStats>>();
  const summary: RunSummary = { format, exchanges: 0, failed: 0, violations: 0, malformed: 0, operations: [] };
  const malformed = (number: number, message: string): void => {
    summary.malformed++;
    options.onMalformed?.({ number, message });
  };

  for await (const items of readInput(file, format, options.range)) {
    for (const item of items) {
      if (item.error !== undefined) {
        malformed(item.number, item.error);
        continue;
      }
      const shapeError = exchangeShapeError(item.value);
      if (shapeError) {
        malformed(item.number, shapeError);
        continue;
      }
      const recorded = item.value as Recorded;
      const webhook = isWebhookDelivery(recorded);
      let result;
      try {
        result = checker.check(recorded);
      } catch (error) {
        // Validators recurse into the data: a body nested thousands of levels deep overflows the stack.
        const why = error instanceof RangeError ? 'it nests too deeply to validate' : (error as Error).message;
        malformed(item.number, `cannot check this exchange: ${why}`);
        continue;
      }
      summary.exchanges++;
      const operation = result.operation ?? (webhook ? UNDOCUMENTED_WEBHOOK : UNDOCUMENTED);
      const api = result.api ?? '?';
      let byOperation = stats.get(api);
      if (!byOperation) {
        byOperation = new Map();
        stats.set(api, byOperation);
      }
      let entry = byOperation.get(operation);
      if (!entry) {
        entry = { api, operation, exchanges: 0, failed: 0, violations: 0 };
        byOperation.set(operation, entry);
      }
      entry.exchanges++;
      if (result.findings.length === 0) continue;
      entry.failed++;
      entry.violations += result.findings.length;
      summary.failed++;
      summary.violations += result.findings.length;
      if (options.onViolation) {
        const method = webhook ? undefined : recorded.method.toUpperCase();
        const status = webhook ? undefined : recorded.status;
        for (const finding of result.findings) {
          // Spelled out: an object spread here costs more than the rest of the report line (measured).
          options.onViolation({
            check: finding.check,
            in: finding.in,
            pointer: finding.pointer,
            message: finding.message,
            number: item.number,
            api: result.api,
            operation,
            method,
            status,
          });
        }
      }
    }
  }
  summary.operations = sortOperations([...stats.values()].flatMap((byOperation) => [...byOperation.values()]));
  return summary;
}

function sortOperations(operations: OperationStats[]): OperationStats[] {
  return operations.sort((a, b) => a.api.localeCompare(b.api) || a.operation.localeCompare(b.operation));
}

/** Adds up the summaries of the parts of one file, checked separately. */
export function mergeSummaries(format: InputFormat, parts: RunSummary[]): RunSummary {
  const merged: RunSummary = { format, exchanges: 0, failed: 0, violations: 0, malformed: 0, operations: [] };
  const operations = new Map<string, OperationStats>();
  for (const part of parts) {
    merged.exchanges += part.exchanges;
    merged.failed += part.failed;
    merged.violations += part.violations;
    merged.malformed += part.malformed;
    for (const o of part.operations) {
      const key = `${o.api}\u0000${o.operation}`;
      const entry = operations.get(key);
      if (entry) {
        entry.exchanges += o.exchanges;
        entry.failed += o.failed;
        entry.violations += o.violations;
      } else {
        operations.set(key, { ...o });
      }
    }
  }
  merged.operations = sortOperations([...operations.values()]);
  return merged;
}
