import { describe, expect, it } from 'vitest';
import { listOperations, listWebhooks } from '../../scripts/lib/operations.mjs';

const signature = { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } };
const spec = {
  components: { pathItems: { Captured: { post: { operationId: 'receiveCaptured', parameters: [signature] } } } },
  paths: { '/payments/{id}': { get: { operationId: 'fetchPayment' } } },
  webhooks: {
    'payment.authorized': { post: { operationId: 'receiveAuthorized', parameters: [signature] } },
    'payment.captured': { $ref: '#/components/pathItems/Captured' },
  },
};

describe('the operation lists', () => {
  it('keep the webhooks out of the operations a client calls', () => {
    expect(listOperations(spec).map((o) => o.operationId)).toEqual(['fetchPayment']);
  });

  it('list the webhooks by name, with a pointer into the document, following a path item $ref', () => {
    expect(listWebhooks(spec).map(({ operationId, method, path, pointer }) => ({ operationId, method, path, pointer }))).toEqual([
      { operationId: 'receiveAuthorized', method: 'post', path: 'payment.authorized', pointer: '#/webhooks/payment.authorized/post' },
      { operationId: 'receiveCaptured', method: 'post', path: 'payment.captured', pointer: '#/webhooks/payment.captured/post' },
    ]);
    expect(listWebhooks(spec)[1]!.parameters).toEqual([signature]);
  });

  it('escape the pointer of a path', () => {
    expect(listOperations(spec)[0]!.pointer).toBe('#/paths/~1payments~1{id}/get');
    expect(listWebhooks({ paths: {} })).toEqual([]);
  });
});
