/**
 * Reads a request body up to a cap. A body announced (Content-Length) or found to be larger is not read
 * further: the caller answers 413 and closes the connection, so a client cannot make the mock buffer more
 * than the cap.
 */
import type { IncomingMessage } from 'node:http';

/** The largest request body the mocks read: 1 MiB, as the specs document (a 413 beyond it). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' };

export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const announced = Number(request.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    request.pause();
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) }));
    request.once('error', reject);
  });
}
