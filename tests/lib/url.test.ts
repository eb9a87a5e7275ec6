import { describe, expect, it } from 'vitest';
import { belowBasePath, decodePathSegment, hostOf, pathnameOf } from '../../scripts/lib/url.ts';
import { parseQuery, splitUrl } from '../../scripts/lib/query.ts';

describe('pathnameOf', () => {
  it('takes the path of absolute URLs and of paths, without query or fragment', () => {
    expect(pathnameOf('https://api.razorpay.com/v1/customers?count=1#x')).toBe('/v1/customers');
    expect(pathnameOf('https://api.razorpay.com')).toBe('/');
    expect(pathnameOf('/v1/orders/order_1?expand[]=offers')).toBe('/v1/orders/order_1');
    expect(pathnameOf('http://127.0.0.1:4011/v1/customers/a%2Fb')).toBe('/v1/customers/a%2Fb');
    expect(pathnameOf('HTTPS://api.razorpay.com/v1/orders#top?no')).toBe('/v1/orders');
    expect(pathnameOf('git+ssh://host/repo')).toBe('/repo');
  });

  it('takes a "://" that is not after a scheme as part of the path', () => {
    expect(pathnameOf('/v1/customers?next=https://example.com/x')).toBe('/v1/customers');
    expect(pathnameOf('/redirect/https://example.com')).toBe('/redirect/https://example.com');
    expect(pathnameOf('1http://host/x')).toBe('1http://host/x');
  });

  it('resolves dot segments and backslashes as a server would', () => {
    expect(pathnameOf('https://api.razorpay.com/v1/customers/../orders')).toBe('/v1/orders');
    expect(pathnameOf('/v1/./customers')).toBe('/v1/customers');
  });
});

describe('hostOf', () => {
  it('takes the host of an absolute URL without user info, port or case', () => {
    expect(hostOf('HTTPS://API.Razorpay.com:443/v1/customers')).toBe('api.razorpay.com');
    expect(hostOf('https://user:secret@mock.example.com/v1')).toBe('mock.example.com');
    expect(hostOf('https://api.juspay.in')).toBe('api.juspay.in');
  });

  it('finds no host in a path, whatever "://" its query or segments hold', () => {
    expect(hostOf('/v1/customers?next=https://api.juspay.in/x')).toBe('');
    expect(hostOf('/redirect/https://api.juspay.in')).toBe('');
  });
});

describe('belowBasePath and decodePathSegment', () => {
  it('strips the base path only at a segment boundary', () => {
    expect(belowBasePath('/v1/customers', '/v1')).toBe('/customers');
    expect(belowBasePath('/v1', '/v1')).toBe('/');
    expect(belowBasePath('/v10/customers', '/v1')).toBeUndefined();
    expect(belowBasePath('/customers', '')).toBe('/customers');
  });

  it('decodes valid percent-encoding and keeps the rest', () => {
    expect(decodePathSegment('cust%5F1')).toBe('cust_1');
    expect(decodePathSegment('%ZZ')).toBe('%ZZ');
  });
});

describe('parseQuery and splitUrl', () => {
  it('collects repeated names into arrays, on a prototype-free record', () => {
    const query = parseQuery('a=1&a=2&b=x&__proto__=y');
    expect({ ...query }).toEqual({ a: ['1', '2'], b: 'x', ['__proto__']: 'y' });
    expect(Object.getPrototypeOf(query)).toBeNull();
  });

  it('splits a URL into its path and query, dropping the fragment', () => {
    expect(splitUrl('/api/customer/get?id=cust_1#top')).toEqual({
      path: '/api/customer/get',
      query: expect.objectContaining({ id: 'cust_1' }),
    });
    expect({ ...splitUrl('/v1/customers').query }).toEqual({});
  });
});
