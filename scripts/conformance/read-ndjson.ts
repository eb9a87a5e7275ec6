/**
 * Streams an NDJSON file as batches of parsed lines. Lines are split on chunk boundaries by hand instead of
 * with readline: yielding a batch per chunk keeps the per-line cost to the JSON parse itself, and memory is
 * bounded by the chunk size whatever the file size.
 */
import { createReadStream } from 'node:fs';
import type { InputItem } from './input.ts';

const CHUNK_BYTES = 1 << 16;

/** A part of an NDJSON file: bytes [start, end) that begin on a line boundary, and that line's number. */
export interface NdjsonRange {
  start: number;
  end: number;
  firstLine: number;
}

export async function* readNdjson(file: string, range?: NdjsonRange): AsyncGenerator<InputItem[]> {
  let number = range ? range.firstLine - 1 : 0;
  for await (const lines of readLineBatches(file, range)) {
    const items: InputItem[] = [];
    for (const line of lines) {
      number++;
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

/** Yields the file's (or the range's) lines without line terminators in batches, one batch per chunk read. */
export async function* readLineBatches(file: string, range?: NdjsonRange): AsyncGenerator<string[]> {
  let rest = '';
  // createReadStream's `end` is inclusive.
  const bytes = range ? { start: range.start, end: range.end - 1 } : {};
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES, ...bytes })) {
    const text = rest + (chunk as string);
    const lines: string[] = [];
    let start = 0;
    let end = text.indexOf('\n');
    while (end !== -1) {
      lines.push(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    yield lines;
  }
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}
