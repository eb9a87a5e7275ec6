/**
 * The OpenAPI links of every spec lead somewhere: each names an operation of its spec, fills only parameters that
 * operation has, from a response field its schema declares or a path parameter of the request; and every operation
 * that creates something links to the operations that take the new id. Redocly's linter checks none of this.
 */
import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { Contract, resolveLocalRef } from '../../scripts/lib/contract.ts';

type Json = Record<string, any>;

/** Whether the schema (through refs and unions) declares the field a JSON pointer names. */
function declares(spec: Json, schema: Json | undefined, segments: string[]): boolean {
  const resolved = resolveLocalRef(spec, schema);
  if (!resolved) return false;
  if (segments.length === 0) return true;
  const members = [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
  if (members.some((member: Json) => declares(spec, member, segments))) return true;
  const [first, ...rest] = segments as [string, ...string[]];
  const next = /^\d+$/.test(first) ? resolved.items : resolved.properties?.[first];
  return next !== undefined && declares(spec, next, rest);
}

describe.each(API_NAMES)('%s links', (api) => {
  const contract = Contract.load(api);
  const links = contract.operations.flatMap((source) =>
    Object.entries<Json>(source.operation.responses ?? {}).flatMap(([status, ref]) => {
      const response = resolveLocalRef(contract.spec, ref)!;
      return Object.entries<Json>(response.links ?? {}).map(([name, link]) => ({
        name: `${source.operationId} ${status} → ${name}`,
        source,
        schema: response.content?.['application/json']?.schema,
        link: resolveLocalRef(contract.spec, link)!,
      }));
    }),
  );

  it('link every operation that creates something to the operations that take its id', () => {
    const creating = contract.operations.filter(
      (o) => /^(create|add|request)[A-Z]/.test(o.operationId) && o.operationId !== 'requestCardReference',
    );
    expect(creating.length).toBeGreaterThan(0);
    for (const { operationId } of creating)
      expect(
        links.some((l) => l.source.operationId === operationId),
        operationId,
      ).toBe(true);
  });

  it.each(links.map((l) => [l.name, l] as const))('%s leads to a real operation and real values', (_name, { source, schema, link }) => {
    const target = contract.operation(link.operationId);
    expect(link.description, 'a link says what it is for').toEqual(expect.any(String));
    expect(Object.keys(link.parameters ?? {}).length).toBeGreaterThan(0);
    for (const [parameter, expression] of Object.entries<string>(link.parameters)) {
      const [location, name] = parameter.includes('.') ? parameter.split('.', 2) : [undefined, parameter];
      expect(
        target.parameters.some((p) => p.name === name && (location === undefined || p.in === location)),
        `${link.operationId} takes ${parameter}`,
      ).toBe(true);
      const body = /^\$response\.body#\/(.+)$/.exec(expression);
      const path = /^\$request\.path\.(.+)$/.exec(expression);
      if (body) expect(declares(contract.spec, schema, body[1]!.split('/')), `${expression} is declared`).toBe(true);
      else if (path)
        expect(
          source.parameters.some((p) => p.in === 'path' && p.name === path[1]),
          expression,
        ).toBe(true);
      else expect.unreachable(`${expression}: only $response.body#/… and $request.path.… are used`);
    }
  });
});
