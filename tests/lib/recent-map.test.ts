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
});
