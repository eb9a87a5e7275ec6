/**
 * Every named example of every operation and webhook validates against its schema with ajv, the validator the mock
 * and the conformance checks use. The linter validates examples too, but it honours `discriminator`; ajv and Prism
 * do not, so this also proves that every `oneOf` in the contract has members that exclude each other. A webhook's
 * examples are checked as whole deliveries: each body example with the example of every header parameter.
 */
import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { Contract, resolveLocalRef } from '../../scripts/lib/contract.ts';
import { asText, parameterExample, requestBodyExamples } from '../../scripts/lib/examples.mjs';

type Json = Record<string, any>;

interface ExampleCase {
  name: string;
  check: () => unknown[];
}

function exampleCases(contract: Contract): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const { operationId, operation } of contract.operations) {
    const requestBody = operation.requestBody && resolveLocalRef(contract.spec, operation.requestBody);
    for (const [mediaType, media] of Object.entries<Json>(requestBody?.content ?? {})) {
      for (const [key, example] of Object.entries<Json>(media.examples ?? {})) {
        const value = resolveLocalRef(contract.spec, example)?.value;
        cases.push({
          name: `${operationId} request ${mediaType} ${key}`,
          check: () =>
            contract
              .validateRequest(operationId, { body: value, contentType: mediaType })
              .filter((v) => v.in === 'body' || v.in === 'content-type'),
        });
      }
    }
    for (const [status, responseRef] of Object.entries<Json>(operation.responses ?? {})) {
      const response = resolveLocalRef(contract.spec, responseRef);
      for (const [mediaType, media] of Object.entries<Json>(response?.content ?? {})) {
        for (const [key, example] of Object.entries<Json>(media.examples ?? {})) {
          const value = resolveLocalRef(contract.spec, example)?.value;
          cases.push({
            name: `${operationId} ${status} ${mediaType} ${key}`,
            check: () =>
              contract.validateResponse(operationId, Number(status), value, { contentType: mediaType }).filter((v) => v.in === 'body'),
          });
        }
      }
    }
  }
  for (const [name, info] of contract.webhooks) {
    const headers = asText(
      Object.fromEntries(
        info.parameters.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), parameterExample(contract.spec, p)]),
      ),
    );
    for (const { mediaType, name: key, value } of requestBodyExamples(contract.spec, info)) {
      cases.push({
        name: `${info.operationId} webhook ${name} ${mediaType} ${key}`,
        check: () => contract.validateWebhook(name, { headers, body: value, contentType: mediaType }),
      });
    }
  }
  return cases;
}

describe.each(API_NAMES)('%s examples', (api) => {
  const contract = Contract.load(api);
  const cases = exampleCases(contract);

  it('has request and response examples for every operation, and body examples for every webhook', () => {
    for (const { operationId } of [...contract.operations, ...contract.webhooks.values()]) {
      expect(
        cases.some((c) => c.name.startsWith(`${operationId} `)),
        operationId,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s validates', (_name, exampleCase) => {
    expect(exampleCase.check()).toEqual([]);
  });
});
