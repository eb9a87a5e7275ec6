import { describe, expect, it } from 'vitest';
import { asText, exampleRequests, parameterExample, requestBodyExamples, responseExamples } from '../../scripts/lib/examples.mjs';
import { listOperations } from '../../scripts/lib/operations.mjs';

const spec = {
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string', examples: ['cust_1'] } } },
    examples: { Created: { value: { id: 'cust_1' } }, Body: { value: { name: 'Gaurav Kumar' } } },
  },
  paths: {
    '/customers/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      put: {
        operationId: 'edit',
        parameters: [
          { name: 'count', in: 'query', required: true, schema: { type: 'integer', default: 10 } },
          { name: 'skip', in: 'query', schema: { type: 'integer', default: 0 } },
          { name: 'X-Merchant', in: 'header', required: true, example: 'm1', schema: { type: 'string' } },
        ],
        requestBody: {
          content: {
            'application/json': { examples: { docs: { $ref: '#/components/examples/Body' } } },
            'application/x-www-form-urlencoded': { examples: { form: { value: { name: 'G K' } } } },
          },
        },
        responses: { 200: { content: { 'application/json': { examples: { created: { $ref: '#/components/examples/Created' } } } } } },
      },
    },
  },
};
const [operation] = listOperations(spec);

describe('the example walker', () => {
  it('merges path-level and operation-level parameters, resolving refs', () => {
    expect(operation!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:count', 'query:skip', 'header:X-Merchant']);
  });

  it('takes a parameter example from named examples, then example, then the schema', () => {
    expect(parameterExample(spec, { examples: { a: { value: 1 } }, example: 2, schema: { default: 3 } })).toBe(1);
    expect(parameterExample(spec, { example: 2, schema: { default: 3 } })).toBe(2);
    expect(parameterExample(spec, { schema: { enum: ['x', 'y'] } })).toBe('x');
    expect(parameterExample(spec, { schema: { type: 'string' } })).toBeUndefined();
  });

  it('builds one valid request per body example, with the required parameters only', () => {
    expect(exampleRequests(spec, operation!)).toEqual([
      {
        path: { id: 'cust_1' },
        query: { count: 10 },
        header: { 'x-merchant': 'm1' },
        body: { mediaType: 'application/json', name: 'docs', value: { name: 'Gaurav Kumar' } },
      },
      {
        path: { id: 'cust_1' },
        query: { count: 10 },
        header: { 'x-merchant': 'm1' },
        body: { mediaType: 'application/x-www-form-urlencoded', name: 'form', value: { name: 'G K' } },
      },
    ]);
    expect(asText({ count: 10 })).toEqual({ count: '10' });
  });

  it('names a parameter without an example, or uses the placeholder given', () => {
    const bare = { ...operation!, parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }] };
    expect(() => exampleRequests(spec, bare)).toThrow('edit: query parameter q has no example to build a request from');
    expect(exampleRequests(spec, bare, (p) => `<${p.name}>`)[0]!.query).toEqual({ q: '<q>' });
  });

  it('lists request and response examples by name', () => {
    expect(requestBodyExamples(spec, operation!).map((e) => e.name)).toEqual(['docs', 'form']);
    expect(responseExamples(spec, operation!, 200)).toEqual({ created: { id: 'cust_1' } });
    expect(responseExamples(spec, operation!, 404)).toEqual({});
  });
});
