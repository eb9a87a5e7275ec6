/**
 * Reads a request body up to a cap. A body announced (Content-Length) or found to be larger is not read
 * further: the caller answers 413 and closes the connection, so a client cannot make the mock buffer more
 * than the cap.
 */
import type { IncomingMessage } from 'node:http';

/** The largest request body the mocks read: 1 MiB, as the specs document (a 413 beyond it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** `aborted`: the client went away before the body ended, and there is nobody to answer. */
export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

const EMPTY: BodyRead = { ok: true, bytes: Buffer.alloc(0) };

export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const length = request.headers['content-length'];
  // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3): nothing to wait for.
  if (length === '0' || (length === undefined && request.headers['transfer-encoding'] === undefined)) return Promise.resolve(EMPTY);
  if (Number(length) > limit) {
    request.pause();
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Listeners are passed inline: a named per-call closure costs a defineProperty under tsx (esbuild's keepNames).
    request.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        // Paused, the stream emits no more data; the caller answers 413 and closes the connection.
        request.pause();
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) }));
    request.once('error', () => resolve({ ok: false, reason: 'aborted' }));
  });
}
