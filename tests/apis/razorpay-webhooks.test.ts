/**
 * Razorpay's webhook signature as the registry computes and checks it, held against the official node SDK's
 * `Razorpay.validateWebhookSignature` (the oracle: what a merchant's handler runs) and the SDK's published test
 * vector; and the registry's header names and event-id shape against the webhooks the spec describes.
 */
import fc from 'fast-check';
import Razorpay from 'razorpay';
import { describe, expect, it } from 'vitest';
import { apiDefinition } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { requestBodyExamples } from '../../scripts/lib/examples.mjs';

const webhooks = apiDefinition('razorpay').webhooks!;
const contract = Contract.load('razorpay');
const SECRET = 'webhook_secret_of_the_tests';

/** Every documented sample of every webhook, as the compact JSON Razorpay sends. */
const documentedBodies = [...contract.webhooks.values()].flatMap((info) =>
  requestBodyExamples(contract.spec, info).map(({ name, value }) => [`${info.path} ${name}`, JSON.stringify(value)] as const),
);

describe('the Razorpay webhook signature', () => {
  it("reproduces the node SDK's published test vector", () => {
    // razorpay-node test/utils/razorpay-utils.spec.js (fact sheet §9.3)
    const body = '{"a":1,"b":2,"c":{"d":3}}';
    expect(webhooks.sign(body, '123456')).toBe('2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc');
    expect(webhooks.verify(body, '2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc', '123456')).toBe(true);
  });

  it.each(documentedBodies)('signs the %s sample so that the SDK accepts it, and a tampered body so that it does not', (_name, body) => {
    const signature = webhooks.sign(body, SECRET);
    expect(Razorpay.validateWebhookSignature(body, signature, SECRET)).toBe(true);
    const tampered = body.replace('"entity":"event"', '"entity":"evenT"');
    expect(tampered).not.toBe(body);
    expect(Razorpay.validateWebhookSignature(tampered, signature, SECRET)).toBe(false);
    expect(webhooks.verify(tampered, signature, SECRET)).toBe(false);
    expect(Razorpay.validateWebhookSignature(body, signature, `${SECRET}!`)).toBe(false);
  });

  it('signs any body with any secret the way the SDK checks it, a Buffer of the body alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ minLength: 1, maxLength: 40 }), (body, secret) => {
        const signature = webhooks.sign(body, secret);
        expect(Razorpay.validateWebhookSignature(body, signature, secret)).toBe(true);
        expect(webhooks.sign(Buffer.from(body), secret)).toBe(signature);
      }),
    );
  });

  it('accepts exactly the signatures the SDK accepts', () => {
    const body = documentedBodies[0]![1];
    const signature = webhooks.sign(body, SECRET);
    const candidates = fc.oneof(
      fc.constant(signature),
      fc.constant(signature.toUpperCase()),
      fc.constant(signature.slice(0, 63)),
      fc.constant(`${signature}0`),
      fc.constant(` ${signature}`),
      fc.nat({ max: 63 }).map((i) => signature.slice(0, i) + (signature[i] === '0' ? '1' : '0') + signature.slice(i + 1)),
      fc.string({ maxLength: 70 }),
    );
    fc.assert(
      fc.property(candidates, (candidate) => {
        expect(webhooks.verify(body, candidate, SECRET)).toBe(Razorpay.validateWebhookSignature(body, candidate, SECRET));
      }),
    );
    expect(webhooks.verify(body, undefined, SECRET)).toBe(false);
  });
});

describe('the Razorpay webhook headers', () => {
  it("are the header parameters of every webhook in the spec, the event id's pattern included", () => {
    expect(contract.webhooks.size).toBeGreaterThan(0);
    for (const info of contract.webhooks.values()) {
      const headers = new Map(info.parameters.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), p]));
      expect([...headers.keys()].sort(), info.path).toEqual([webhooks.eventIdHeader, webhooks.signatureHeader].sort());
      expect(headers.get(webhooks.eventIdHeader)!.schema.pattern).toBe(webhooks.eventIdPattern.source);
    }
  });

  it('draws fresh event ids of that shape', () => {
    const ids = Array.from({ length: 1000 }, () => webhooks.newEventId());
    for (const id of ids) expect(id).toMatch(webhooks.eventIdPattern);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.join(''))).toEqual(new Set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));
  });
});
