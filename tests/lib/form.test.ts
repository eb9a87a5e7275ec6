import { describe, expect, it } from 'vitest';
import { FormError, MAX_FORM_DEPTH, MAX_FORM_FIELDS, deepObjectFields, encodeFormBody, parseFormBody } from '../../scripts/lib/form.ts';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('parseFormBody', () => {
  it('nests bracket keys only for deepObject fields, as the media type declares them', () => {
    const parsed = parseFormBody(
      'name=Gaurav%20Kumar&notes[k1]=Tea&notes[k2]=&token[max_amount]=500&x[y]=1&options.get_client_auth_token=true',
      new Set(['notes']),
    );
    expect(plain(parsed)).toEqual({
      name: 'Gaurav Kumar',
      notes: { k1: 'Tea', k2: '' },
      'token[max_amount]': '500',
      'x[y]': '1',
      'options.get_client_auth_token': 'true',
    });
  });

  it('reads `[]` segments as arrays and deeper brackets as nested objects', () => {
    expect(plain(parseFormBody('a[]=1&a[]=2&b[c][d]=3', new Set(['a', 'b'])))).toEqual({ a: ['1', '2'], b: { c: { d: '3' } } });
  });

  it('lets no key resize an array: an array takes appends, any other key makes it a map of its items, as in PHP', () => {
    const nested = new Set(['notes', 'a']);
    expect(plain(parseFormBody('notes[]=x&notes[length]=-1', nested))).toEqual({ notes: { 0: 'x', length: '-1' } });
    const sparse = parseFormBody('notes[]=x&notes[100000000]=y', nested);
    expect(plain(sparse)).toEqual({ notes: { 0: 'x', 100000000: 'y' } });
    expect(Object.getPrototypeOf(sparse.notes)).toBeNull();
    expect(plain(parseFormBody('a[]=1&a[1]=2&a[][b]=3&a[0]=4', nested))).toEqual({ a: { 0: '4', 1: '2', 2: { b: '3' } } });
  });

  it('keeps hostile keys as plain data on prototype-free objects', () => {
    const parsed = parseFormBody(
      '__proto__[polluted]=yes&constructor[prototype][x]=1&notes[__proto__][y]=2&__proto__=z',
      new Set(['notes', 'constructor']),
    );
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(parsed['__proto__[polluted]']).toBe('yes');
    expect(parsed.__proto__).toBe('z');
    expect(Object.getPrototypeOf(parsed.notes)).toBeNull();
    expect(JSON.stringify(parsed.notes)).toBe('{"__proto__":{"y":"2"}}');
    expect(plain(parsed.constructor)).toEqual({ prototype: { x: '1' } });
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).x).toBeUndefined();
  });

  it('takes malformed bracket keys literally', () => {
    expect(plain(parseFormBody('notes[a=1&notes]b[=2&[x]=3', new Set(['notes'])))).toEqual({ 'notes[a': '1', 'notes]b[': '2', '[x]': '3' });
  });

  it('refuses more fields and deeper nesting than PHP reads', () => {
    expect(() => parseFormBody(Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `k${i}=v`).join('&'))).toThrow(FormError);
    expect(() => parseFormBody(`notes${'[a]'.repeat(MAX_FORM_DEPTH)}=1`, new Set(['notes']))).toThrow(/nests deeper than 64 levels/);
    expect(() => parseFormBody(`notes${'[a]'.repeat(MAX_FORM_DEPTH - 1)}=1`, new Set(['notes']))).not.toThrow();
  });

  it('tolerates bad percent-encoding as URLSearchParams does', () => {
    expect(plain(parseFormBody('a=%ZZ&b=%E0%A4%A'))).toEqual({ a: '%ZZ', b: '\uFFFD%A' });
  });
});

describe('encodeFormBody', () => {
  it('writes what parseFormBody reads back', () => {
    const value = { name: 'A & B', notes: { k: 'v w' }, tags: ['x', 'y'], empty: null, skipped: undefined, n: 5 };
    const text = encodeFormBody(value).toString();
    expect(text).toBe('name=A+%26+B&notes%5Bk%5D=v+w&tags%5B%5D=x&tags%5B%5D=y&empty=&n=5');
    expect(plain(parseFormBody(text, new Set(['notes', 'tags'])))).toEqual({
      name: 'A & B',
      notes: { k: 'v w' },
      tags: ['x', 'y'],
      empty: '',
      n: '5',
    });
  });
});

describe('deepObjectFields', () => {
  it('lists the fields an encoding gives the deepObject style', () => {
    expect(deepObjectFields({ encoding: { notes: { style: 'deepObject' }, file: { style: 'form' } } })).toEqual(new Set(['notes']));
    expect(deepObjectFields(undefined)).toEqual(new Set());
  });
});
