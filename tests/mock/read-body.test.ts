/** The body cap: a larger body is refused having read at most one chunk past the cap. */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../scripts/mock/read-body.ts';

/** A request whose body is `total` bytes in 64 KiB chunks, counting what the reader pulled. */
function request(total: number, headers: Record<string, string> = {}): IncomingMessage & { pulled: () => number } {
  let produced = 0;
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (produced >= total) return void this.push(null);
      const size = Math.min(64 * 1024, total - produced);
      produced += size;
      this.push(Buffer.alloc(size, 0x61));
    },
  });
  return Object.assign(stream, { headers, pulled: () => produced }) as unknown as IncomingMessage & { pulled: () => number };
}

describe('readBody', () => {
  it('returns a body within the cap whole', async () => {
    const read = await readBody(request(100_000, { 'content-length': '100000' }), 1024 * 1024);
    expect(read.ok && read.bytes.length).toBe(100_000);
  });

  it('reads a chunked body (no Content-Length) whole', async () => {
    const read = await readBody(request(100_000, { 'transfer-encoding': 'chunked' }), 1024 * 1024);
    expect(read.ok && read.bytes.length).toBe(100_000);
  });

  it('takes a request with neither Content-Length nor Transfer-Encoding as bodiless, without reading', async () => {
    const incoming = request(1000);
    const read = await readBody(incoming, 1024 * 1024);
    expect(read.ok && read.bytes.length).toBe(0);
    expect(incoming.pulled()).toBe(0);
  });

  it('tells of a client gone before the end of its body, rather than failing', async () => {
    const incoming = request(100_000, { 'content-length': '100000' });
    const read = readBody(incoming, 1024 * 1024);
    incoming.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    expect(await read).toEqual({ ok: false, reason: 'aborted' });
  });

  it('refuses a body announced larger than the cap without reading it', async () => {
    const incoming = request(20 * 1024 * 1024, { 'content-length': String(20 * 1024 * 1024) });
    expect(await readBody(incoming, 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    expect(incoming.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('stops reading an unannounced body once it passes the cap', async () => {
    const incoming = request(20 * 1024 * 1024, { 'transfer-encoding': 'chunked' });
    expect(await readBody(incoming, 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    // The stream may buffer a chunk or two ahead; it never reads the 20 MiB.
    expect(incoming.pulled()).toBeLessThan(1024 * 1024 + 4 * 64 * 1024);
  });
});
