import { describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.mjs';
import { Router } from '../../scripts/lib/router.ts';

const spec = {
  paths: {
    '/customers/{id}': {
      get: { operationId: 'fetchCustomer' },
      put: { operationId: 'editCustomer' },
      post: { operationId: 'postCustomer' },
    },
    '/customers/eligibility': { post: { operationId: 'checkEligibility' } },
    '/customers/eligibility/{eligibility_id}': { get: { operationId: 'fetchEligibility' } },
    '/customers/{id}/bank_account': { post: { operationId: 'addBankAccount' } },
    '/invoices/{id}/notify_by/{medium}': { post: { operationId: 'notifyBy' } },
    '/file.json': { get: { operationId: 'dotted' } },
    '/': { get: { operationId: 'root' } },
  },
};
const router = new Router(listOperations(spec));
const route = (method: string, path: string) => {
  const found = router.match(method, path);
  return found && { operationId: found.info.operationId, params: { ...found.pathParams } };
};

describe('Router', () => {
  it('prefers literal segments over templates, whatever the order of the spec', () => {
    expect(route('get', '/customers/eligibility/elig_1')?.operationId).toBe('fetchEligibility');
    expect(route('post', '/customers/eligibility')?.operationId).toBe('checkEligibility');
    expect(route('get', '/customers/eligibility')).toEqual({ operationId: 'fetchCustomer', params: { id: 'eligibility' } });
  });

  it('extracts and percent-decodes path parameters, keeping undecodable ones as sent', () => {
    expect(route('post', '/invoices/inv_1/notify_by/sms')).toEqual({ operationId: 'notifyBy', params: { id: 'inv_1', medium: 'sms' } });
    expect(route('get', '/customers/a%20b')?.params).toEqual({ id: 'a b' });
    expect(route('get', '/customers/%E0%A4%A')?.params).toEqual({ id: '%E0%A4%A' });
  });

  it('matches methods in either case, tolerates a trailing slash, and escapes regex characters in paths', () => {
    expect(route('GET', '/customers/cust_1/')?.operationId).toBe('fetchCustomer');
    expect(route('get', '/file.json')?.operationId).toBe('dotted');
    expect(route('get', '/fileXjson')).toBeUndefined();
  });

  it('refuses unknown paths, extra segments and unknown methods, and tells which methods a path has', () => {
    expect(route('get', '/customers/cust_1/tokens')).toBeUndefined();
    expect(route('delete', '/customers/cust_1')).toBeUndefined();
    expect(router.methodsFor('/customers/cust_1').sort()).toEqual(['get', 'post', 'put']);
    expect(router.methodsFor('/nowhere')).toEqual([]);
  });

  it('never takes an empty segment for a parameter, and compares whole segments', () => {
    expect(route('get', '/customers/')).toBeUndefined();
    expect(route('post', '/customers//bank_account')).toBeUndefined();
    expect(route('get', '/customers/eligibility/')).toEqual({ operationId: 'fetchCustomer', params: { id: 'eligibility' } });
    expect(route('post', '/customers/eligibilityX')?.operationId).toBe('postCustomer');
    expect(route('get', '/file.jsonx')).toBeUndefined();
    expect(route('get', '/')?.operationId).toBe('root');
    expect(route('get', 'customers/cust_1')).toBeUndefined();
  });

  it('keeps path parameters off Object.prototype', () => {
    expect(Object.getPrototypeOf(router.match('get', '/customers/__proto__')!.pathParams)).toBeNull();
  });
});
