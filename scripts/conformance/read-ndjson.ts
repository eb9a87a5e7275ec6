/**
 * Streams an NDJSON file as batches of parsed lines. Lines are split on chunk boundaries by hand instead of
 * with readline: yielding a batch per chunk keeps the per-line cost to the JSON parse itself, and memory is
 * bounded by the chunk size and MAX_LINE_BYTES whatever the file holds. Lines that are not UTF-8, longer than
 * MAX_LINE_BYTES or not JSON are reported by number; the run goes on.
 *
 * Lines are parsed with plain JSON.parse, which makes every key (`__proto__` included) an own data property and
 * parses any depth without recursion; the checker only reads what it parses, and reports a line nested too
 * deep to validate by its number (run.ts). A prototype-free copy of every object would triple the parse time.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { InputItem } from './input-item.ts';

const CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;
/** A recorded exchange is a few KB; a longer line is refused without being held in memory. */
export const MAX_LINE_BYTES = 8 << 20;

/** A part of an NDJSON file: bytes [start, end) that begin on a line boundary, and that line's number. */
export interface NdjsonRange {
  start: number;
  end: number;
  firstLine: number;
}

/** A line's text, or why it has none. */
export type Line = string | { error: string };

export async function* readNdjson(file: string, range?: NdjsonRange): AsyncGenerator<InputItem[]> {
  let number = range ? range.firstLine - 1 : 0;
  for await (const lines of readLineBatches(file, range)) {
    const items: InputItem[] = [];
    for (const line of lines) {
      number++;
      if (typeof line !== 'string') {
        items.push({ number, error: line.error });
        continue;
      }
      if (line.trim() === '') continue;
      try {
        items.push({ number, value: JSON.parse(line) });
      } catch (error) {
        items.push({ number, error: `not valid JSON: ${(error as Error).message}` });
      }
    }
    yield items;
  }
}

function decodeLine(bytes: Buffer): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  const line = bytes.subarray(0, end);
  return isUtf8(line) ? line.toString('utf8') : { error: 'the line is not valid UTF-8' };
}

const tooLong = { error: `the line is longer than ${MAX_LINE_BYTES} bytes` } as const;

/** Yields the file's (or the range's) lines without line terminators in batches, one batch per chunk read. */
async function* readLineBatches(file: string, range?: NdjsonRange): AsyncGenerator<Line[]> {
  // The unfinished line carried from chunk to chunk, unless it is already too long to keep.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  // createReadStream's `end` is inclusive.
  const bytes = range ? { start: range.start, end: range.end - 1 } : {};
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES, ...bytes }) as AsyncIterable<Buffer>) {
    const lines: Line[] = [];
    const first = chunk.indexOf(NEWLINE);
    if (first === -1) {
      pendingBytes += chunk.length;
      if (pendingBytes > MAX_LINE_BYTES) oversized = true;
      pending = oversized ? [] : [...pending, chunk];
      yield lines;
      continue;
    }
    // The line begun in earlier chunks ends here.
    if (oversized || pendingBytes + first > MAX_LINE_BYTES) lines.push(tooLong);
    else lines.push(decodeLine(pending.length ? Buffer.concat([...pending, chunk.subarray(0, first)]) : chunk.subarray(0, first)));
    // The complete lines after it: decoded at once when the region is UTF-8 (the usual case), else one by one.
    const last = chunk.lastIndexOf(NEWLINE);
    if (last > first) {
      const region = chunk.subarray(first + 1, last);
      if (isUtf8(region)) {
        const text = region.toString('utf8');
        let start = 0;
        let end = text.indexOf('\n');
        for (;;) {
          const stop = end === -1 ? text.length : end;
          lines.push(text.charCodeAt(stop - 1) === 13 ? text.slice(start, stop - 1) : text.slice(start, stop));
          if (end === -1) break;
          start = end + 1;
          end = text.indexOf('\n', start);
        }
      } else {
        let start = 0;
        let end = region.indexOf(NEWLINE);
        for (;;) {
          lines.push(decodeLine(region.subarray(start, end === -1 ? region.length : end)));
          if (end === -1) break;
          start = end + 1;
          end = region.indexOf(NEWLINE, start);
        }
      }
    }
    const rest = chunk.subarray(last + 1);
    oversized = rest.length > MAX_LINE_BYTES;
    pending = rest.length > 0 && !oversized ? [rest] : [];
    pendingBytes = rest.length;
    yield lines;
  }
  if (oversized) yield [tooLong];
  else if (pendingBytes > 0) yield [decodeLine(Buffer.concat(pending))];
}
