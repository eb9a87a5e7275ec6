/** Splits an NDJSON file into byte ranges that start and end on line boundaries, for checking in parallel. */
import { open } from 'node:fs/promises';

export interface ByteRange {
  start: number;
  end: number;
}

/** Below this size a second process costs more (start-up, contract loading) than it saves. */
const SPLIT_MIN_BYTES = 8 << 20;
const NEWLINE = 0x0a;

/** `parts` ranges of about equal size, or fewer when the file is too small or has too few lines. */
export async function splitNdjson(file: string, parts: number): Promise<ByteRange[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (parts < 2 || size < SPLIT_MIN_BYTES) return [{ start: 0, end: size }];
    const ranges: ByteRange[] = [];
    let start = 0;
    for (let i = 1; i < parts && start < size; i++) {
      const end = await nextLineStart(handle, Math.max(start, Math.floor((size * i) / parts)), size);
      if (end >= size) break;
      ranges.push({ start, end });
      start = end;
    }
    ranges.push({ start, end: size });
    return ranges;
  } finally {
    await handle.close();
  }
}

/** The offset just after the first newline at or after `from` (`size` when there is none). */
async function nextLineStart(handle: Awaited<ReturnType<typeof open>>, from: number, size: number): Promise<number> {
  const buffer = Buffer.alloc(1 << 16);
  for (let position = from; position < size; position += buffer.length) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    const at = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
    if (at !== -1) return position + at + 1;
  }
  return size;
}

/** Number of newlines in the range: the line number of the next range's first line, minus one. */
export async function countNewlines(file: string, range: ByteRange): Promise<number> {
  const handle = await open(file, 'r');
  // One reused buffer: a stream's fresh buffer per chunk costs page faults and memory for nothing here.
  const buffer = Buffer.allocUnsafe(1 << 20);
  let count = 0;
  try {
    for (let position = range.start; position < range.end;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, range.end - position), position);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return count;
}
