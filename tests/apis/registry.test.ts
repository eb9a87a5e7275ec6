/**
 * The registry (scripts/apis/) against what the other tools read: redocly.yaml's `apis`, each spec's `servers`,
 * security and documented error bodies. Every entry must hold for every API, so that a fourth one is checked the
 * moment it is added.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { API_DEFINITIONS, API_NAMES, apiDefinition, bundlePath, isApiName, portVariable } from '../../scripts/apis/index.mjs';
import { Contract } from '../../scripts/lib/contract.ts';
import { loadApiInference } from '../../scripts/conformance/infer-api.ts';
import { vendorReplies } from '../../scripts/mock/vendor-replies.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const redocly = parse(readFileSync(`${root}redocly.yaml`, 'utf8'));

describe('the registry', () => {
  it('lists exactly the APIs redocly.yaml declares, with their roots and openapi-typescript outputs', () => {
    const declared = Object.entries<Record<string, any>>(redocly.apis).map(([alias, api]) => ({
      alias,
      root: api.root,
      output: api['x-openapi-ts']?.output,
    }));
    expect(declared).toEqual(
      API_DEFINITIONS.map(({ name, alias }) => ({ alias, root: `spec/${name}/openapi.yaml`, output: `generated/${name}/types.ts` })),
    );
  });

  it('has distinct names, aliases, ports and path prefixes, and looks them up by name', () => {
    for (const key of ['name', 'alias', 'defaultPort'] as const) {
      expect(new Set(API_DEFINITIONS.map((definition) => definition[key])).size, key).toBe(API_DEFINITIONS.length);
    }
    const prefixes = API_DEFINITIONS.flatMap((definition) => definition.pathPrefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const name of API_NAMES) expect(apiDefinition(name).name).toBe(name);
    expect(() => apiDefinition('stripe')).toThrow('unknown API "stripe" (known: gateway, razorpay, juspay)');
    expect(isApiName('razorpay')).toBe(true);
    expect(isApiName('__proto__')).toBe(false);
    expect(portVariable(apiDefinition('razorpay'))).toBe('MOCK_RAZORPAY_PORT');
    expect(bundlePath('juspay')).toBe('generated/juspay/openapi.json');
  });
});

describe.each(API_DEFINITIONS.map((definition) => [definition.name, definition] as const))('%s', (_name, definition) => {
  const contract = Contract.load(definition.name);
  const replies = vendorReplies(definition, contract);

  it('accepts its own sample credentials and refuses none, garbage and empty ones with a documented 401', () => {
    expect(definition.auth.check(definition.auth.headers(definition.auth.sampleCredentials))).toBeUndefined();
    for (const headers of [{}, { authorization: 'Basic %%%' }, { authorization: '', 'x-api-key': '' }]) {
      const reason = definition.auth.check(headers);
      expect(reason, JSON.stringify(headers)).toBeDefined();
      expect(Object.keys(definition.auth.rejections)).toContain(reason);
      for (const { operationId } of contract.operations) {
        const reply = replies.unauthorized(operationId, reason!);
        expect(contract.validateResponse(operationId, reply.status, reply.body), `${operationId} ${reason}`).toEqual([]);
      }
    }
  });

  it('renders an invalid request as the 400 its spec documents, for every operation that takes a body', () => {
    for (const { operationId } of contract.operations) {
      for (const violation of [
        { in: 'body' as const, pointer: '/name', keyword: 'maxLength', message: '/name must NOT have more than 50 characters' },
        {
          in: 'body' as const,
          pointer: '/nickname',
          keyword: 'additionalProperties',
          message: '(root) must NOT have additional properties',
        },
        { in: 'body' as const, pointer: '/name', keyword: 'required', message: "(root) must have required property 'name'" },
      ]) {
        const reply = replies.invalidRequest([violation]);
        expect(reply.status).toBe(400);
        expect(contract.validateResponse(operationId, reply.status, reply.body), `${operationId} ${violation.keyword}`).toEqual([]);
      }
    }
  });

  it('answers an oversized body with the 413 its spec documents', () => {
    const reply = replies.payloadTooLarge();
    for (const { operationId } of contract.operations) {
      expect(contract.validateResponse(operationId, 413, reply.body, { headers: reply.headers ?? {} }), operationId).toEqual([]);
    }
  });

  it('knows how its webhooks are signed exactly when its spec describes webhooks', () => {
    const { webhooks } = apiDefinition(definition.name);
    expect(Boolean(webhooks), `${definition.name}: registry webhooks vs spec webhooks`).toBe(contract.webhooks.size > 0);
  });

  it('is recognised in recorded traffic by its servers and its path prefixes', () => {
    const inferApi = loadApiInference();
    for (const server of contract.spec.servers) expect(inferApi(`${server.url}/anything`)).toBe(definition.name);
    for (const prefix of definition.pathPrefixes) expect(inferApi(`http://127.0.0.1:4000${prefix}x`)).toBe(definition.name);
  });
});
