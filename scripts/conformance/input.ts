/** Opens a recorded-traffic file as a stream of numbered items, whatever its format (NDJSON or HAR). */
import { open } from 'node:fs/promises';
import { readHar } from './read-har.ts';
import type { InputItem } from './input-item.ts';
import { readNdjson, type NdjsonRange } from './read-ndjson.ts';

export type InputFormat = 'ndjson' | 'har';

export async function detectFormat(file: string): Promise<InputFormat> {
  if (/\.har$/i.test(file)) return 'har';
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    // A HAR file is one JSON object whose first key is "log"; an NDJSON line is a whole exchange.
    return /^\s*\{\s*"log"\s*:/.test(buffer.toString('utf8', 0, bytesRead)) ? 'har' : 'ndjson';
  } finally {
    await handle.close();
  }
}

/** `range` (NDJSON only) reads one part of the file; see split-ndjson.ts. */
export function readInput(file: string, format: InputFormat, range?: NdjsonRange): AsyncGenerator<InputItem[]> {
  return format === 'har' ? readHar(file) : readNdjson(file, range);
}
