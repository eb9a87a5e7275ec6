import { describe, expect, it } from 'vitest';
import { useRecent } from '../../scripts/lib/recent-map.ts';

describe('useRecent', () => {
  it('makes an entry once, keeps what was used last, and drops the least recently used past the bound', () => {
    const map = new Map<string, { key: string }>();
    const made: string[] = [];
    const use = (key: string) =>
      useRecent(map, key, 2, () => {
        made.push(key);
        return { key };
      });
    const a = use('a');
    use('b');
    expect(use('a')).toBe(a); // a is now the most recent; b the least
    use('c');
    expect([...map.keys()]).toEqual(['a', 'c']);
    use('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
    expect([...map.keys()]).toEqual(['c', 'b']);
  });

  it('tells `dropped` of each entry it drops, and of nothing else', () => {
    const map = new Map<string, string>();
    const dropped: string[] = [];
    for (const key of ['a', 'b', 'a', 'c', 'd'])
      useRecent(
        map,
        key,
        2,
        () => key.toUpperCase(),
        (value) => dropped.push(value),
      );
    expect(dropped).toEqual(['B', 'A']);
  });
});
