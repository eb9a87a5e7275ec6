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

  it('keeps prototype keys as plain data', () => {
    const length = boundedMemo((key) => key.length);
    expect([length('__proto__'), length('constructor'), length('__proto__')]).toEqual([9, 11, 9]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
