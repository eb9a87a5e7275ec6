/**
 * A sandbox is optional per API (CONTRIBUTING.md: a new API is served by its examples until it gains one), but an
 * API that has one has a handler for every operation of its spec and for nothing else: a new operation needs its
 * handler.
 */
import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import type { Pipeline } from '../../scripts/mock/pipeline.ts';
import { SANDBOXES } from '../../scripts/sandbox/index.ts';
import { SandboxState } from '../../scripts/sandbox/state.ts';

const contracts = Object.fromEntries(API_NAMES.map((api) => [api, Contract.load(api)])) as Record<ApiName, Contract>;
const context = { contracts, state: new SandboxState(), pipelines: {} as Record<ApiName, Pipeline>, sandboxes: {}, senders: {} };

describe('sandbox handlers', () => {
  it('exist only for APIs of the registry', () => {
    expect(API_NAMES).toEqual(expect.arrayContaining(Object.keys(SANDBOXES)));
  });

  for (const api of API_NAMES) {
    const sandbox = SANDBOXES[api]?.(context);
    if (!sandbox) continue;
    it(`cover exactly the operations of the ${api} spec`, () => {
      expect(Object.keys(sandbox.handlers).sort()).toEqual(contracts[api].operations.map((o) => o.operationId).sort());
    });

    it(`name ${api} schemas that exist for their collections`, () => {
      for (const { schema } of Object.values(sandbox.collections))
        if (schema) expect(() => contracts[api].validateSchema(schema, {}), schema).not.toThrow();
    });
  }
});
