/**
 * Webhook deliveries in recorded traffic (NDJSON lines of kind `webhook`): each is held against the `webhooks` entry
 * its event names (payload and header parameters) and, given a webhook secret, its signature against its raw body.
 */
import { describe, expect, it } from 'vitest';
import { apiDefinition } from '../../scripts/apis/index.mjs';
import { checkInParts } from '../../scripts/conformance/check-in-parts.ts';
import { runConformance, type MalformedItem, type ReportedViolation } from '../../scripts/conformance/run.ts';
import { Contract } from '../../scripts/lib/contract.ts';
import { requestBodyExamples } from '../../scripts/lib/examples.mjs';
import { runCli, tempFile } from './helpers.ts';

const signing = apiDefinition('razorpay').webhooks!;
const SECRET = 'webhook_secret_of_the_tests';
const contract = Contract.load('razorpay');
const [captured] = requestBodyExamples(contract.spec, contract.webhooks.get('payment.captured')!).map(({ value }) => value as any);

/** A delivery of `payload` as Razorpay sends it, signed with `secret`; `body` and `headers` replace what was sent. */
function delivery(payload: unknown, change: { secret?: string; body?: string; headers?: Record<string, string>; drop?: string } = {}) {
  const raw = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-razorpay-event-id': signing.newEventId(),
    'x-razorpay-signature': signing.sign(raw, change.secret ?? SECRET),
    ...change.headers,
  };
  if (change.drop) delete headers[change.drop];
  return { kind: 'webhook', api: 'razorpay', headers, body: change.body ?? raw };
}

const withPayment = (entity: object) => ({
  ...captured,
  payload: { payment: { entity: { ...captured.payload.payment.entity, ...entity } } },
});

/** Each line and the findings (`check pointer`) it must get with the secret, and without one. */
const LINES: Array<{ name: string; line: unknown; withSecret: string[]; withoutSecret?: string[] }> = [
  { name: 'a documented, correctly signed delivery', line: delivery(captured), withSecret: [] },
  {
    name: 'a delivery signed with another secret',
    line: delivery(captured, { secret: 'another_secret' }),
    withSecret: ['webhook_signature /x-razorpay-signature'],
    withoutSecret: [],
  },
  {
    name: 'a tampered body (the amount changed after signing)',
    line: delivery(captured, { body: JSON.stringify(withPayment({ amount: 1 })) }),
    withSecret: ['webhook_signature /x-razorpay-signature'],
    withoutSecret: [],
  },
  {
    name: 'an unsigned delivery',
    line: delivery(captured, { drop: 'x-razorpay-signature' }),
    withSecret: ['webhook_signature /x-razorpay-signature'],
    withoutSecret: [],
  },
  {
    name: 'an event the spec does not describe',
    line: delivery({ ...captured, event: 'payment.pending' }),
    withSecret: ['webhook_documented /event'],
  },
  {
    name: 'a payload that breaks the schema',
    line: delivery(withPayment({ amount: '100' })),
    withSecret: ['webhook_payload_conformance /payload/payment/entity/amount'],
  },
  {
    name: 'a payload whose contains names another entity',
    line: delivery({ ...captured, contains: ['order'] }),
    withSecret: ['webhook_payload_conformance /contains/0'],
  },
  {
    name: 'a delivery without an event id',
    line: delivery(captured, { drop: 'x-razorpay-event-id' }),
    withSecret: ['webhook_headers_conformance /x-razorpay-event-id'],
  },
  {
    name: 'an event id of another shape',
    line: delivery(captured, { headers: { 'X-Razorpay-Event-Id': 'evt_1' }, drop: 'x-razorpay-event-id' }),
    withSecret: ['webhook_headers_conformance /x-razorpay-event-id'],
  },
  {
    name: 'a body that is not JSON',
    line: { ...delivery(captured), body: '{"entity": "event",' },
    withSecret: ['webhook_signature /x-razorpay-signature', 'webhook_payload_conformance '],
    withoutSecret: ['webhook_payload_conformance '],
  },
  {
    name: 'a body sent as text/plain',
    line: delivery(captured, { headers: { 'content-type': 'text/plain' } }),
    withSecret: ['content_type_conformance '],
  },
  {
    name: 'a delivery of an API that sends no webhooks',
    line: { ...delivery(captured), api: 'gateway' },
    withSecret: ['webhook_documented '],
  },
];

async function check(lines: unknown[], webhookSecret?: string) {
  const file = tempFile('webhooks.ndjson', lines.map((line) => JSON.stringify(line)).join('\n'));
  const violations: ReportedViolation[] = [];
  const malformed: MalformedItem[] = [];
  const summary = await runConformance(file, {
    ...(webhookSecret ? { webhookSecret } : {}),
    onViolation: (v) => violations.push(v),
    onMalformed: (m) => malformed.push(m),
  });
  const found = (number: number) =>
    violations
      .filter((v) => v.number === number)
      .map((v) => `${v.check} ${v.pointer}`)
      .sort();
  return { summary, violations, malformed, found };
}

describe('webhook deliveries', () => {
  it.each([true, false])('get exactly their findings (webhook secret given: %s)', async (withSecret) => {
    const { found, malformed } = await check(
      LINES.map((entry) => entry.line),
      withSecret ? SECRET : undefined,
    );
    expect(malformed).toEqual([]);
    for (const [index, entry] of LINES.entries()) {
      const expected = withSecret ? entry.withSecret : (entry.withoutSecret ?? entry.withSecret);
      expect({ line: entry.name, found: found(index + 1) }).toEqual({ line: entry.name, found: [...expected].sort() });
    }
  });

  it('are reported under `webhook <event>`, without a method or status, and counted per event', async () => {
    const { violations, summary } = await check([delivery(withPayment({ amount: '100' })), delivery(captured), LINES[4]!.line]);
    expect(violations[0]).toMatchObject({ operation: 'webhook payment.captured', method: undefined, status: undefined });
    expect(violations[1]).toMatchObject({ operation: '(undocumented webhook)', check: 'webhook_documented' });
    expect(summary.operations).toEqual([
      { api: 'razorpay', operation: '(undocumented webhook)', exchanges: 1, failed: 1, violations: 1 },
      { api: 'razorpay', operation: 'webhook payment.captured', exchanges: 2, failed: 1, violations: 1 },
    ]);
  });

  it('tell their API by its webhook headers when the line does not name it', async () => {
    const { api: _razorpay, ...unnamed } = delivery(captured);
    const { api: _too, ...bare } = { ...delivery(captured), headers: { 'content-type': 'application/json' } };
    const { violations } = await check([unnamed, bare], SECRET);
    expect(violations.map((v) => `${v.number} ${v.api} ${v.check} ${v.message}`)).toEqual([
      '2 undefined webhook_documented cannot tell which API sent this webhook (pass --api or set "api")',
    ]);
  });

  it('are malformed when the body is not the raw text or the kind is unknown', async () => {
    const { malformed, summary } = await check([
      { ...delivery(captured), body: captured },
      { ...delivery(captured), kind: 'callback' },
    ]);
    expect(malformed).toEqual([
      { number: 1, message: '"body" of a webhook must be the raw request body, as a string' },
      { number: 2, message: '"kind" must be "exchange" (the default) or "webhook"' },
    ]);
    expect(summary.exchanges).toBe(0);
  });
});

// Each of these starts processes (tsx and the contracts): slow on a loaded machine.
const PROCESS_TIMEOUT = 30_000;

describe('the conformance CLI with --webhook-secret', () => {
  const file = tempFile(
    'deliveries.ndjson',
    [delivery(captured), delivery(captured, { secret: 'another_secret' }), delivery(withPayment({ amount: '100' }))]
      .map((line) => JSON.stringify(line))
      .join('\n'),
  );

  it(
    'names the line, the event, the check and the header of a bad signature, and exits 1',
    () => {
      const { status, stdout } = runCli([file, '--webhook-secret', SECRET]);
      expect(status).toBe(1);
      expect(stdout).toContain(
        'line 2: razorpay webhook payment.captured webhook_signature header /x-razorpay-signature — x-razorpay-signature is not the signature of this body with the given secret',
      );
      expect(stdout).toContain('line 3: razorpay webhook payment.captured webhook_payload_conformance body /payload/payment/entity/amount');
      expect(stdout).toMatch(/^razorpay\s+webhook payment\.captured\s+3\s+1\s+2\s+2$/m);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'gives the secret to every process when the file is checked in parts (--jobs)',
    async () => {
      const lines = [delivery(captured), delivery(captured), delivery(captured, { secret: 'another_secret' })].map((l) =>
        JSON.stringify(l),
      );
      const split = tempFile('split.ndjson', lines.join('\n'));
      const secondPart = Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`);
      const ranges = [
        { start: 0, end: secondPart },
        { start: secondPart, end: Buffer.byteLength(lines.join('\n')) },
      ];
      // The bad signature is on line 3, which only the second process reads.
      const summary = await checkInParts(split, ranges, undefined, SECRET);
      expect(summary.operations).toEqual([
        { api: 'razorpay', operation: 'webhook payment.captured', exchanges: 3, failed: 1, violations: 1 },
      ]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses an empty secret',
    () => {
      const { status, stderr } = runCli([file, '--webhook-secret', '']);
      expect(status).toBe(2);
      expect(stderr).toContain('--webhook-secret must not be empty');
    },
    PROCESS_TIMEOUT,
  );
});
