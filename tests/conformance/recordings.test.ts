/**
 * The recorded exchanges (seeds and reference fixtures) held against the contracts: every good recording
 * passes every check, and every known-bad one is reported with exactly the violations its line expects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConformance, type ReportedViolation } from '../../scripts/conformance/run.ts';
import { recordings } from './helpers.ts';

describe.each(['gateway', 'razorpay', 'juspay'])('%s recordings', (api) => {
  it('conform to the contract', async () => {
    const violations: ReportedViolation[] = [];
    const malformed: unknown[] = [];
    const summary = await runConformance(recordings(`${api}.ndjson`), {
      onViolation: (v) => violations.push(v),
      onMalformed: (m) => malformed.push(m),
    });
    expect(malformed).toEqual([]);
    expect(violations.map((v) => `line ${v.number} ${v.check} ${v.pointer}: ${v.message}`)).toEqual([]);
    expect(summary.exchanges).toBeGreaterThan(0);
    expect(summary.operations.every((o) => o.api === api)).toBe(true);
  });
});

describe('razorpay webhook recordings', () => {
  const SECRET = '123456'; // razorpay-node's own signature test secret, which the recorded deliveries are signed with

  it('are signed with the secret their source names, and refused with any other', async () => {
    const signed: ReportedViolation[] = [];
    const summary = await runConformance(recordings('razorpay.ndjson'), { webhookSecret: SECRET, onViolation: (v) => signed.push(v) });
    expect(signed).toEqual([]);
    const deliveries = summary.operations.filter((o) => o.operation.startsWith('webhook ')).reduce((n, o) => n + o.exchanges, 0);
    expect(deliveries).toBeGreaterThanOrEqual(5);

    const refused: ReportedViolation[] = [];
    await runConformance(recordings('razorpay.ndjson'), { webhookSecret: `${SECRET}7`, onViolation: (v) => refused.push(v) });
    expect(refused.map((v) => `${v.operation} ${v.check} ${v.pointer}`).sort()).toEqual(
      summary.operations
        .filter((o) => o.operation.startsWith('webhook '))
        .flatMap((o) => Array.from({ length: o.exchanges }, () => `${o.operation} webhook_signature /x-razorpay-signature`))
        .sort(),
    );
  });
});

describe('known-bad recordings', () => {
  const lines = readFileSync(recordings('known-bad.ndjson'), 'utf8').trim().split('\n');
  const expected = lines.map((line, i) => ({ number: i + 1, ...JSON.parse(line) }));

  it('include the doc typo "created_at " (trailing space), reported at /created_at', () => {
    // The bank-account sample also has the typo, but fails first for showing a customer where an account belongs.
    const typo = expected.filter((e) => JSON.stringify(e.body).includes('"created_at ":') && !e.url.includes('/bank_account'));
    expect(typo.length).toBeGreaterThanOrEqual(4);
    for (const line of typo) {
      expect(line.expect.violations.map((v: { pointer: string }) => v.pointer.replace(/^\/items\/\d+/, ''))).toContain('/created_at');
    }
  });

  it('are each reported with the expected checks and JSON pointers', async () => {
    const found = new Map<number, string[]>();
    await runConformance(recordings('known-bad.ndjson'), {
      onViolation: (v) => found.set(v.number, [...(found.get(v.number) ?? []), `${v.check} ${v.pointer}`]),
    });
    for (const line of expected) {
      const want = line.expect.violations.map((v: { check: string; pointer: string }) => `${v.check} ${v.pointer}`).sort();
      expect({ line: line.number, source: line.source, found: (found.get(line.number) ?? []).sort() }).toEqual({
        line: line.number,
        source: line.source,
        found: want,
      });
    }
  });

  it('report the SDK mock numeric contact as a type error at /contact', async () => {
    const numeric = expected.filter((e) => typeof e.body?.contact === 'number');
    expect(numeric.length).toBeGreaterThan(0);
    const messages: string[] = [];
    await runConformance(recordings('known-bad.ndjson'), {
      onViolation: (v) => {
        if (v.pointer === '/contact') messages.push(`${v.number} ${v.message}`);
      },
    });
    expect(messages).toEqual(numeric.map((e) => expect.stringMatching(new RegExp(`^${e.number} /contact must be string`))));
  });
});
