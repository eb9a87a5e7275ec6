/**
 * Writes realistic synthetic traffic for the benchmark: the recorded exchanges (tests/recordings) replayed in
 * rotation with fresh ids, so every operation, status and body shape of the recordings appears, including the
 * known-bad ones (about one line in seven violates).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const recordingsDir = fileURLToPath(new URL('../../tests/recordings/', import.meta.url));
const FILES = ['gateway.ndjson', 'razorpay.ndjson', 'juspay.ndjson', 'known-bad.ndjson'];
/** Recorded customer ids in URLs, replaced per line so no two consecutive exchanges share a URL. */
const CUSTOMER_ID = /cust_[A-Za-z0-9]{14}/;

function templates(): string[] {
  return FILES.flatMap((file) =>
    readFileSync(recordingsDir + file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== ''),
  ).map((line) => {
    const { source: _source, expect: _expect, ...exchange } = JSON.parse(line);
    return JSON.stringify(exchange);
  });
}

function customerId(n: number): string {
  return `cust_${n.toString(36).padStart(14, '0')}`;
}

export async function writeSyntheticTraffic(file: string, count: number): Promise<{ bytes: number; violatingTemplates: number }> {
  const lines = templates();
  const out = createWriteStream(file);
  let bytes = 0;
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = lines[i % lines.length]!;
    const match = template.match(CUSTOMER_ID);
    batch.push(match ? template.replace(CUSTOMER_ID, customerId(i)) : template);
    if (batch.length === 2000 || i === count - 1) {
      const chunk = `${batch.join('\n')}\n`;
      bytes += Buffer.byteLength(chunk);
      batch = [];
      if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  const violatingTemplates = readFileSync(recordingsDir + 'known-bad.ndjson', 'utf8')
    .trim()
    .split('\n').length;
  return { bytes, violatingTemplates: violatingTemplates / lines.length };
}
