import { describe, expect, it } from 'vitest';
import { escapePointer, pointerKeys, resolveLocalRef, unescapePointer, valueAt } from '../../scripts/lib/local-ref.mjs';

describe('JSON pointer segments', () => {
  it('escape ~ and / (RFC 6901) and unescape back, ~1 before ~0', () => {
    for (const key of ['/customers/{id}', 'a~b', '~1', '~01', 'plain', '']) {
      expect(unescapePointer(escapePointer(key))).toBe(key);
    }
    expect(escapePointer('/a~b')).toBe('~1a~0b');
    expect(unescapePointer('~01')).toBe('~1');
    expect(pointerKeys('#/paths/~1customers~1{id}/get')).toEqual(['paths', '/customers/{id}', 'get']);
    expect(pointerKeys('/a~1b/~0c')).toEqual(['a/b', '~c']);
  });
});

describe('valueAt', () => {
  it('follows a JSON pointer, with ~1 and ~0 escapes, and gives undefined for a missing or inherited key', () => {
    const value = { instruments: [{ eligibility_req_id: 'elig_1' }], 'a/b': { '~c': 1 } };
    expect(valueAt(value, '/instruments/0/eligibility_req_id')).toBe('elig_1');
    expect(valueAt(value, '/a~1b/~0c')).toBe(1);
    expect(valueAt(value, '#/a~1b/~0c')).toBe(1);
    expect(valueAt(value, '/instruments/1/eligibility_req_id')).toBeUndefined();
    expect(valueAt(value, '/constructor')).toBeUndefined();
  });
});

describe('resolveLocalRef', () => {
  const spec = {
    paths: { '/customers/{id}': { get: { $ref: '#/components/x' } } },
    components: { x: { $ref: '#/components/y%20z' }, 'y z': { type: 'string' }, loop: { $ref: '#/components/loop' } },
  };

  it('follows a chain of refs, percent-decoding each segment, and reports the refs it followed', () => {
    const followed = new Set<string>();
    expect(resolveLocalRef(spec, { $ref: '#/paths/~1customers~1{id}/get' }, followed)).toEqual({ type: 'string' });
    expect([...followed]).toEqual(['#/paths/~1customers~1{id}/get', '#/components/x', '#/components/y%20z']);
    expect(resolveLocalRef(spec, { type: 'integer' })).toEqual({ type: 'integer' });
  });

  it('refuses a circular chain, naming the ref', () => {
    expect(() => resolveLocalRef(spec, { $ref: '#/components/loop' })).toThrow('circular $ref #/components/loop');
  });
});
