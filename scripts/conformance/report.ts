/** Renders conformance results for a terminal: one line per violation and a per-operation summary table. */
import type { InputFormat } from './input.ts';
import type { MalformedItem, ReportedViolation, RunSummary } from './run.ts';

const unit = (format: InputFormat): string => (format === 'har' ? 'entry' : 'line');

export function formatViolation(format: InputFormat, v: ReportedViolation): string {
  const pointer = v.pointer === '' ? '(whole)' : v.pointer;
  // A webhook delivery has no method and status of its own: its operation (`webhook <name>`) says what it is.
  const exchange = v.method === undefined ? '' : ` ${v.method} ${v.status}`;
  return `${unit(format)} ${v.number}: ${v.api ?? '?'} ${v.operation}${exchange} ${v.check} ${v.in} ${pointer} — ${v.message}`;
}

export function formatMalformed(format: InputFormat, item: MalformedItem): string {
  return item.number === 0 ? `malformed input: ${item.message}` : `${unit(format)} ${item.number}: malformed: ${item.message}`;
}

export function formatSummary(summary: RunSummary): string {
  const header = ['API', 'Operation', 'Exchanges', 'Passed', 'Failed', 'Violations'];
  const rows = summary.operations.map((o) => [
    o.api,
    o.operation,
    String(o.exchanges),
    String(o.exchanges - o.failed),
    String(o.failed),
    String(o.violations),
  ]);
  rows.push([
    'total',
    '',
    String(summary.exchanges),
    String(summary.exchanges - summary.failed),
    String(summary.failed),
    String(summary.violations),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const malformed =
    summary.malformed > 0
      ? [`${summary.malformed} malformed ${unit(summary.format)}${summary.malformed === 1 ? '' : 's'} could not be checked`]
      : [];
  return [...table, ...malformed].join('\n');
}
