import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, decodeUtf8, dictFrom, jsonDepth, parseUntrustedJson } from '../../scripts/lib/untrusted.ts';

describe('jsonDepth', () => {
  it('counts nesting, skipping brackets inside strings and escaped quotes', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"{{{"}')).toBe(1);
    expect(jsonDepth(`${'['.repeat(100)}${']'.repeat(100)}`)).toBe(100);
  });

  it('stops counting once past the limit', () => {
    expect(jsonDepth(`${'['.repeat(1_000_000)}`, 40)).toBe(41);
  });
});

describe('parseUntrustedJson', () => {
  it('keeps __proto__, constructor and prototype as own data on prototype-free objects', () => {
    const parsed = parseUntrustedJson('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"x":1}},"list":[{"__proto__":1}]}');
    expect(parsed.ok).toBe(true);
    const value = (parsed as { value: any }).value;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'list']);
    expect(value.__proto__.polluted).toBe('yes');
    expect(Object.getPrototypeOf(value.list[0])).toBeNull();
    expect(({} as any).polluted).toBeUndefined();
    // The copy a caller makes by spreading stays free of the key's side effects too.
    expect(Object.getPrototypeOf({ ...value })).toBe(Object.prototype);
  });

  it(`refuses bodies nested deeper than ${MAX_JSON_DEPTH} levels before parsing them`, () => {
    expect(parseUntrustedJson(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`).ok).toBe(true);
    const deep = parseUntrustedJson(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
    expect(deep).toEqual({ ok: false, reason: 'depth', message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` });
  });

  it('reports syntax errors', () => {
    expect(parseUntrustedJson('{"a":')).toMatchObject({ ok: false, reason: 'syntax' });
  });

  it('refuses numbers beyond a double, which JSON.parse reads as Infinity', () => {
    for (const text of ['{"amount":1e400}', '[1, -1e999]', '{"a":{"b":[2e308]}}'])
      expect(parseUntrustedJson(text)).toMatchObject({ ok: false, reason: 'syntax', message: expect.stringMatching(/Infinity/) });
    expect(parseUntrustedJson('{"amount":1.7976931348623157e308}')).toEqual({ ok: true, value: expect.anything() });
  });
});

describe('decodeUtf8 and dictFrom', () => {
  it('decodes valid UTF-8 and refuses invalid sequences', () => {
    expect(decodeUtf8(Buffer.from('☃ snow', 'utf8'))).toBe('☃ snow');
    expect(decodeUtf8(Buffer.from([0x7b, 0xff, 0x7d]))).toBeUndefined();
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBeUndefined(); // an encoded surrogate
  });

  it('builds prototype-free records from untrusted entries', () => {
    const record = dictFrom([
      ['__proto__', 'x'],
      ['a', 'b'],
    ]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(record.__proto__).toBe('x');
  });
});
