/**
 * The reader of `x-sdk` (scripts/build/sdk-template.mjs), which the SDK class and the docs' samples are built
 * from: what the gateway spec declares, and a BuildError naming the operation and the field for each way an
 * annotation can be wrong.
 */
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../scripts/build/build-error.mjs';
import { sdkMethods } from '../../scripts/build/sdk-template.mjs';
import { loadBundledSpec } from '../../scripts/lib/spec.ts';

const spec = loadBundledSpec('gateway');

describe('the gateway spec', () => {
  it("declares the documentation's four SDK calls, two of them on GET /customer/get", () => {
    expect(
      sdkMethods('gateway', spec).map((method) => ({
        call: `${method.resource}.${method.method}`,
        operation: `${method.operation.method.toUpperCase()} ${method.operation.path}`,
        arguments: method.arguments.map((parameter) => `${parameter.in}:${parameter.name}`),
        body: method.body,
        result: method.result,
        successStatus: method.successStatus,
      })),
    ).toEqual([
      {
        call: 'customer.create',
        operation: 'POST /customer/create',
        arguments: [],
        body: { required: true },
        result: {},
        successStatus: '200',
      },
      {
        call: 'customer.fetchAll',
        operation: 'GET /customer/get',
        arguments: [],
        body: undefined,
        result: { vendor: 'razorpay', entity: 'collection' },
        successStatus: '200',
      },
      {
        call: 'customer.fetchById',
        operation: 'GET /customer/get',
        arguments: ['query:id'],
        body: undefined,
        result: { entity: 'customer' },
        successStatus: '200',
      },
      {
        call: 'customer.updateById',
        operation: 'PUT /customer/update',
        arguments: ['query:id'],
        body: { required: true },
        result: {},
        successStatus: '200',
      },
    ]);
  });
});

/** The gateway spec with `change` applied to a copy. */
function changed(change: (paths: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(spec);
  change(copy.paths);
  return copy;
}

describe('a wrong x-sdk is a BuildError naming the operation and the field', () => {
  const cases: [string, (paths: Record<string, any>) => void, string][] = [
    [
      'missing',
      (paths) => delete paths['/customer/update'].put['x-sdk'],
      'gateway: PUT /customer/update (updateCustomer) has no x-sdk: every gateway operation names its SDK resource and method',
    ],
    [
      'an empty list',
      (paths) => (paths['/customer/get'].get['x-sdk'] = []),
      'gateway: GET /customer/get (fetchCustomers): x-sdk is an empty list',
    ],
    [
      'not an object',
      (paths) => (paths['/customer/create'].post['x-sdk'] = 'customer.create'),
      'gateway: POST /customer/create (createCustomer): x-sdk must be an object { resource, method, arguments?, result? } or a list of them',
    ],
    [
      'an unknown field',
      (paths) => (paths['/customer/create'].post['x-sdk'] = { resouce: 'customer', method: 'create' }),
      'x-sdk.resouce is not an x-sdk field (known: resource, method, arguments, result)',
    ],
    [
      'a method name that is not an identifier',
      (paths) => (paths['/customer/get'].get['x-sdk'][0].method = 'fetch-all'),
      'gateway: GET /customer/get (fetchCustomers): x-sdk[0].method must be a camelCase identifier, got "fetch-all"',
    ],
    [
      'a resource name every object already has',
      (paths) => (paths['/customer/create'].post['x-sdk'].resource = 'constructor'),
      'x-sdk.resource must be a camelCase identifier, got "constructor"',
    ],
    [
      'an argument that is no parameter of the operation',
      (paths) => (paths['/customer/get'].get['x-sdk'][1].arguments = ['customerId']),
      'gateway: GET /customer/get (fetchCustomers): x-sdk[1].arguments[0]: "customerId" is not a path or query parameter of the operation (it has: id)',
    ],
    [
      'an argument listed twice',
      (paths) => (paths['/customer/update'].put['x-sdk'].arguments = ['id', 'id']),
      'x-sdk.arguments[1]: id is listed twice',
    ],
    [
      'a required parameter left out',
      (paths) => delete paths['/customer/update'].put['x-sdk'].arguments,
      'gateway: PUT /customer/update (updateCustomer): x-sdk.arguments must list the required query parameter id',
    ],
    [
      'an unknown result tag',
      (paths) => (paths['/customer/get'].get['x-sdk'][0].result = { kind: 'collection' }),
      'x-sdk[0].result.kind is not a result tag (known: vendor, entity)',
    ],
    [
      'a result tag that is not a string',
      (paths) => (paths['/customer/get'].get['x-sdk'][1].result = { entity: ['customer'] }),
      'x-sdk[1].result.entity must be a string',
    ],
    [
      'the same method twice',
      (paths) => (paths['/customer/update'].put['x-sdk'].method = 'create'),
      'gateway: PUT /customer/update (updateCustomer): x-sdk: customer.create is already the SDK method of createCustomer',
    ],
    [
      'a body the SDK cannot send',
      (paths) => {
        const body = paths['/customer/create'].post.requestBody;
        body.content = { 'application/x-www-form-urlencoded': body.content['application/json'] };
      },
      'x-sdk: the SDK sends JSON bodies only; the operation takes application/x-www-form-urlencoded',
    ],
  ];
  for (const [what, change, message] of cases) {
    it(what, () => {
      const document = changed(change);
      expect(() => sdkMethods('gateway', document)).toThrow(BuildError);
      expect(() => sdkMethods('gateway', document)).toThrow(message);
    });
  }
});
