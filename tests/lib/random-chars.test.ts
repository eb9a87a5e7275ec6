/** Random id text: the alphabet only, the length asked for, every character equally likely, across pool refills. */
import { describe, expect, it } from 'vitest';
import { ALPHANUMERIC, HEX, randomChars } from '../../scripts/lib/random-chars.mjs';

/** Pearson's chi-square statistic of the character counts of `text` against a uniform draw from `alphabet`. */
function chiSquare(text: string, alphabet: string): number {
  const counts = new Map([...alphabet].map((char) => [char, 0]));
  for (const char of text) counts.set(char, counts.get(char)! + 1);
  const expected = text.length / alphabet.length;
  return [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('randomChars', () => {
  // 20,000 ids of 14 characters draw far more bytes than one pool holds, so refills are crossed many times.
  const ids = Array.from({ length: 20_000 }, () => randomChars(14));

  it('gives the length asked for, from the alphabet only', () => {
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{14}$/);
    expect(randomChars(32, HEX)).toMatch(/^[0-9a-f]{32}$/);
    expect(randomChars(0)).toBe('');
  });

  it('does not repeat an id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws every character equally often (no modulo bias)', () => {
    // 61 degrees of freedom: the statistic averages 61; 150 is beyond p = 1e-9. A modulo bias (256 % 62 = 8
    // characters a quarter likelier) would put it in the thousands.
    expect(chiSquare(ids.join(''), ALPHANUMERIC)).toBeLessThan(150);
    expect(chiSquare(randomChars(100_000, HEX), HEX)).toBeLessThan(70);
  });
});
