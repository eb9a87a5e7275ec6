/** boundedMemo: results are reused for a repeated key, and the map never holds more than its bound. */
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../scripts/lib/bounded-memo.mjs';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered', () => {
    const computed: string[] = [];
    const upper = boundedMemo((key) => (computed.push(key), key.toUpperCase()), 3);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
  });

  it('remembers an undefined result like any other', () => {
    const computed: string[] = [];
    const nothing = boundedMemo((key) => void computed.push(key));
    expect([nothing('a'), nothing('a')]).toEqual([undefined, undefined]);
    expect(computed).toEqual(['a']);
  });

  it('starts over when full, so that new keys cannot grow it past its bound', () => {
    const computed: string[] = [];
    const same = boundedMemo((key) => (computed.push(key), key), 2);
    for (const key of ['a', 'b', 'c', 'a']) same(key);
    // 'c' found the map full (a, b) and cleared it, so 'a' is computed again.
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps prototype keys as plain data: remembered like any other key, and no prototype changed', () => {
    const computed: string[] = [];
    // Answers an object, as a decoded credential would be: a memo keeping results in a plain object would make
    // the `__proto__` answer the object's prototype instead of remembering it.
    const decode = boundedMemo((key) => (computed.push(key), { key, polluted: true }));
    const first = decode('__proto__');
    expect(first).toEqual({ key: '__proto__', polluted: true });
    expect(decode('constructor')).toEqual({ key: 'constructor', polluted: true });
    expect(decode('__proto__')).toBe(first);
    expect(computed).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.prototype).not.toHaveProperty('key');
  });
});
