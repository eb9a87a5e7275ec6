import { describe, expect, it } from 'vitest';
import { locate, locateInSchema, toPointer } from '../../scripts/diff/location.js';

describe('change location', () => {
  it('tells a property named like a keyword from the keyword', () => {
    expect(locateInSchema(['properties', 'type'])).toEqual({ keyword: 'property', rest: [], field: 'type' });
    expect(locateInSchema(['properties', 'type', 'enum', 1])).toEqual({ keyword: 'enum', rest: [1], field: 'type' });
    expect(locateInSchema(['type'])).toEqual({ keyword: 'type', rest: [], field: '' });
  });

  it('follows nested objects, arrays and unions', () => {
    expect(locateInSchema(['properties', 'notes', 'additionalProperties', 'maxLength'])).toEqual({
      keyword: 'maxLength',
      rest: [],
      field: 'notes',
    });
    expect(locateInSchema(['properties', 'items', 'items', 'properties', 'id', 'type'])).toEqual({
      keyword: 'type',
      rest: [],
      field: 'items[].id',
    });
    expect(locateInSchema(['oneOf', 1, 'properties', 'kind', 'const'])).toEqual({ keyword: 'const', rest: [], field: 'kind' });
    expect(locateInSchema(['oneOf', 2])).toEqual({ keyword: 'oneOf', rest: [2], field: '' });
  });

  it('gives the side of the exchange and the operation', () => {
    expect(locate(['paths', '/customers', 'post', 'requestBody', 'content', 'application/json', 'schema', 'required', 0])).toMatchObject({
      direction: 'request',
      operation: 'POST /customers',
      schema: { keyword: 'required' },
    });
    expect(locate(['paths', '/customers/{id}', 'get', 'responses', '400'])).toMatchObject({ direction: 'response', status: '400' });
    expect(locate(['paths', '/customers/{id}', 'parameters', 0, 'schema', 'maxLength'])).toMatchObject({
      direction: 'request',
      operation: '/customers/{id}',
    });
    expect(locate(['info', 'version'])).toMatchObject({ direction: 'document' });
  });

  it('reads a webhook the other way round: what the API sends is its response side, what it accepts its request side', () => {
    const payload = ['webhooks', 'payment.captured', 'post', 'requestBody', 'content', 'application/json', 'schema'];
    expect(locate([...payload, 'properties', 'event'])).toMatchObject({
      direction: 'response',
      operation: 'webhook payment.captured',
      schema: { keyword: 'property', field: 'event' },
    });
    expect(locate(['webhooks', 'payment.captured', 'post', 'parameters', 1])).toEqual({
      direction: 'response',
      operation: 'webhook payment.captured',
      documentationOnly: false,
    });
    expect(locate(['webhooks', 'payment.captured', 'post', 'responses', '2XX'])).toMatchObject({ direction: 'request', status: '2XX' });
  });

  it('treats tags and links as documentation', () => {
    expect(locate(['tags', 3]).documentationOnly).toBe(true);
    expect(locate(['paths', '/c', 'post', 'responses', '200', 'links', 'fetch']).documentationOnly).toBe(true);
    expect(
      locate(['paths', '/c', 'post', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'links']).documentationOnly,
    ).toBe(false);
  });

  it('treats examples, descriptions and vendor extensions as documentation, but not properties so named', () => {
    expect(
      locate(['paths', '/c', 'post', 'requestBody', 'content', 'application/json', 'examples', 'one', 'value']).documentationOnly,
    ).toBe(true);
    expect(
      locate(['paths', '/c', 'post', 'requestBody', 'content', 'application/json', 'schema', 'x-error-messages', 'maxLength'])
        .documentationOnly,
    ).toBe(true);
    expect(
      locate(['paths', '/c', 'post', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'description'])
        .documentationOnly,
    ).toBe(false);
  });

  it('escapes JSON pointers', () => {
    expect(toPointer(['paths', '/customers/{id}', 'get', 'x~y'])).toBe('#/paths/~1customers~1{id}/get/x~0y');
  });
});
