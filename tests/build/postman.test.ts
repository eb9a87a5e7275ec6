/**
 * The Postman generation's pure parts (scripts/build/postman/): variable names, JSON pointers, ids replaced by
 * variables, the flow's order from OpenAPI links, the test scripts (run against a stand-in for Postman's `pm`),
 * and the generated files themselves: every operation is in its collection, no credential value is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_DEFINITIONS, type ApiDefinition } from '../../scripts/apis/index.mjs';
import { BuildError } from '../../scripts/build/build-error.mjs';
import { postmanBody, postmanEnvironments, testScript } from '../../scripts/build/postman/collection.mjs';
import { planFlow, variableName, withFields, withIdVariables } from '../../scripts/build/postman/flow.mjs';
import { listOperations } from '../../scripts/lib/operations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(`${root}generated/${file}`, 'utf8'));

describe('variableName', () => {
  it.each([
    ['/customers/{id}', 'id', 'customer_id'],
    ['/customers/{id}/tokens/{token_id}', 'id', 'customer_id'],
    ['/customers/{id}/tokens/{token_id}', 'token_id', 'token_id'],
    ['/invoices/{id}/notify_by/{medium}', 'id', 'invoice_id'],
    ['/orders/{id}', 'id', 'order_id'],
    ['/customer/get', 'id', 'customer_id'],
    ['/customers/{customer_id}', 'customer_id', 'customer_id'],
  ])('%s %s → %s', (path, name, expected) => {
    expect(variableName(path, name)).toBe(expected);
  });
});

describe('withFields', () => {
  it('merges objects key by key and replaces everything else', () => {
    const example = { a: 1, nested: { keep: 'x', change: 'y' }, list: [1, 2] };
    expect(withFields(example, { nested: { change: 'z' }, list: [3] })).toEqual({ a: 1, nested: { keep: 'x', change: 'z' }, list: [3] });
    expect(example.nested.change).toBe('y');
  });
});

describe('withIdVariables', () => {
  it('replaces ids of a known prefix anywhere in a body and reports the variables it put in', () => {
    const used = new Set<string>();
    const body = { customer_id: 'cust_4xbQrmEoA5WJ01', nested: [{ token: 'token_1Aa00000000001' }], text: 'cust_ in prose', amount: 100 };
    const prefixes = new Map([
      ['cust_', 'customer_id'],
      ['token_', 'token_id'],
    ]);
    expect(withIdVariables(body, prefixes, used)).toEqual({
      customer_id: '{{customer_id}}',
      nested: [{ token: '{{token_id}}' }],
      text: 'cust_ in prose',
      amount: 100,
    });
    expect([...used].sort()).toEqual(['customer_id', 'token_id']);
  });
});

/** A spec whose links say: create a thing (tag Things) → read it; a Users folder needs the thing's id. */
function linkedSpec() {
  const ok = (example: unknown, links?: Record<string, unknown>) => ({
    description: 'ok',
    content: { 'application/json': { examples: { one: { value: example } } } },
    ...(links ? { links } : {}),
  });
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1.0.0' },
    tags: [{ name: 'Users' }, { name: 'Things' }],
    paths: {
      '/users': {
        post: {
          operationId: 'createUser',
          tags: ['Users'],
          requestBody: { content: { 'application/json': { examples: { a: { value: { thing: 'thing_AAAAAAAAAAAAAA' } } } } } },
          responses: { '201': ok({ id: 'user_1' }) },
        },
      },
      '/things': {
        post: {
          operationId: 'createThing',
          tags: ['Things'],
          responses: {
            '200': ok({ id: 'thing_BBBBBBBBBBBBBB' }, { read: { operationId: 'readThing', parameters: { id: '$response.body#/id' } } }),
          },
        },
      },
      '/things/{id}': {
        get: {
          operationId: 'readThing',
          tags: ['Things'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok({ id: 'thing_BBBBBBBBBBBBBB' }) },
        },
      },
    },
  };
}

describe('planFlow', () => {
  it('saves each linked id in a variable and orders folders so that it is saved before it is used', () => {
    const folders = planFlow(linkedSpec());
    expect(folders.map((folder) => [folder.name, folder.steps.map((step) => step.operation?.operationId)])).toEqual([
      ['Things', ['createThing', 'readThing']],
      ['Users', ['createUser']],
    ]);
    const [things, users] = folders;
    expect(things!.steps[0]!.saves).toEqual({ thing_id: '/id' });
    expect(things!.steps[1]!.parameters).toEqual({ id: 'thing_id' });
    expect(users!.steps[0]!.body).toEqual({ mediaType: 'application/json', value: { thing: '{{thing_id}}' } });
    expect(users!.steps[0]!.status).toBe(201);
  });

  it('places a registry step after the operation it names and refuses a flow that can never have its variable', () => {
    const folders = planFlow(linkedSpec(), {
      steps: [
        {
          name: 'pay',
          folder: 'Things',
          after: 'createThing',
          request: { method: 'POST', path: '/__sandbox/pay', body: { thing: '{{thing_id}}' } },
        },
      ],
    });
    expect(folders[0]!.steps.map((step) => step.operation?.operationId ?? step.name)).toEqual(['createThing', 'pay', 'readThing']);
    expect(folders[0]!.steps[1]!.consumes).toEqual(['thing_id']);
    expect(() =>
      planFlow(linkedSpec(), {
        steps: [{ name: 'orphan', folder: 'Things', request: { method: 'POST', path: '/x', body: { a: '{{never}}' } } }],
      }),
    ).toThrow(BuildError);
    expect(() =>
      planFlow(linkedSpec(), {
        steps: [{ name: 'orphan', folder: 'Things', request: { method: 'POST', path: '/x', body: { a: '{{never}}' } } }],
      }),
    ).toThrow(/orphan needs never/);
  });
});

describe('the registry', () => {
  for (const definition of API_DEFINITIONS) {
    it(`${definition.name}: every Postman step and body change names operations of the spec`, () => {
      const known = new Set(listOperations(readJson(`${definition.name}/openapi.json`)).map((operation) => operation.operationId));
      const { steps = [], bodies = {} } = (definition as ApiDefinition).postman;
      const named = [...steps.flatMap((step) => [step.after, step.before, step.operationId]), ...Object.keys(bodies)];
      for (const id of named.filter((name) => name !== undefined)) expect(known, id).toContain(id);
    });

    it(`${definition.name}: the Postman and shell variables name its sample credentials, and curlAuth reads only those shell variables`, () => {
      const { auth, headers = {}, shellVariables } = (definition as ApiDefinition).postman;
      const credentials = Object.keys(definition.auth.sampleCredentials);
      const variables = [
        ...('basic' in auth ? [auth.basic.username, auth.basic.password] : [auth.apikey.variable]),
        ...Object.values(headers),
        ...Object.values(shellVariables),
      ].filter((variable) => variable !== undefined);
      for (const variable of variables) expect(credentials, variable).toContain(variable);
      const read = definition.client.curlAuth.flatMap((argument) => [...argument.matchAll(/\$(\w+)/g)].map((match) => match[1]));
      expect(read.sort()).toEqual(Object.keys(shellVariables).sort());
    });
  }
});

describe('testScript, run with a stand-in for Postman', () => {
  function runScript(lines: string[], status: number, body: unknown) {
    const results: Record<string, boolean> = {};
    const variables = new Map<string, unknown>([['from', 'kept']]);
    const expectLike = (value: unknown) => {
      const chain = {
        to: {} as Record<string, unknown>,
        that: {} as Record<string, unknown>,
        and: {} as Record<string, unknown>,
        is: {} as Record<string, unknown>,
        not: { empty: undefined as unknown },
        be: {
          a: (type: string) => {
            if (typeof value !== type) throw new Error(`not a ${type}`);
            return chain;
          },
        },
      };
      chain.to = { be: chain.be };
      chain.that = chain;
      chain.is = chain;
      Object.defineProperty(chain.not, 'empty', {
        get: () => {
          if (value === '') throw new Error('empty');
          return chain;
        },
      });
      return chain;
    };
    const pm = {
      test: (name: string, run: () => void) => {
        try {
          run();
          results[name] = true;
        } catch {
          results[name] = false;
        }
      },
      expect: expectLike,
      response: {
        json: () => body,
        to: {
          have: {
            status: (expected: number) => {
              if (expected !== status) throw new Error(`got ${status}`);
            },
          },
        },
      },
      collectionVariables: { set: (key: string, value: unknown) => variables.set(key, value), get: (key: string) => variables.get(key) },
    };
    new Function('pm', lines.join('\n'))(pm);
    return { results, variables };
  }

  const step = { status: 200, saves: { order_id: '/data/0/id' }, copies: { copy: 'from' } };

  it('passes and saves the id when the answer has the status and the field', () => {
    const { results, variables } = runScript(testScript(step), 200, { data: [{ id: 'order_1' }] });
    expect(results).toEqual({ 'answers 200': true, 'saves order_id (/data/0/id)': true });
    expect(variables.get('order_id')).toBe('order_1');
    expect(variables.get('copy')).toBe('kept');
  });

  it('fails on another status and on a missing field', () => {
    const { results, variables } = runScript(testScript(step), 400, { error: {} });
    expect(results).toEqual({ 'answers 200': false, 'saves order_id (/data/0/id)': false });
    expect(variables.has('order_id')).toBe(false);
  });
});

describe('postmanBody and postmanEnvironments', () => {
  it('sends forms as urlencoded fields and everything else as raw JSON', () => {
    expect(postmanBody({ mediaType: 'application/x-www-form-urlencoded', value: { a: 1, 'options.x': true } }).urlencoded).toEqual([
      { key: 'a', value: '1', type: 'text' },
      { key: 'options.x', value: 'true', type: 'text' },
    ]);
    expect(JSON.parse(postmanBody({ mediaType: 'application/json', value: { a: [1] } }).raw)).toEqual({ a: [1] });
  });

  for (const definition of API_DEFINITIONS) {
    it(`${definition.name}: the sandbox environment holds the sample credentials, the production one none`, () => {
      const document = readJson(`${definition.name}/openapi.json`);
      const { sandbox, production } = postmanEnvironments(definition, document);
      const values = (environment: Record<string, any>) =>
        Object.fromEntries(environment.values.map(({ key, value }: { key: string; value: string }) => [key, value]));
      expect(values(sandbox)).toMatchObject({
        ...definition.auth.sampleCredentials,
        baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+/),
      });
      expect(values(production)).toEqual({
        baseUrl: document.servers[0].url,
        ...Object.fromEntries(Object.keys(definition.auth.sampleCredentials).map((key) => [key, ''])),
      });
    });
  }
});

describe('generated/postman', () => {
  for (const definition of API_DEFINITIONS) {
    it(`${definition.name}: every operation is in the collection, in its tag's folder; credentials only from variables`, () => {
      const text = readFileSync(`${root}generated/postman/${definition.name}.postman_collection.json`, 'utf8');
      const collection = JSON.parse(text);
      const requests = new Set<string>();
      for (const folder of collection.item) {
        for (const item of folder.item ?? []) {
          requests.add(`${folder.name} ${item.request.method} /${item.request.url.path.join('/').replace(/:(\w+)/g, '{$1}')}`);
        }
      }
      const document = readJson(`${definition.name}/openapi.json`);
      for (const operation of listOperations(document)) {
        expect(requests, operation.operationId).toContain(
          `${operation.operation.tags[0]} ${operation.method.toUpperCase()} ${operation.path}`,
        );
      }
      // The credentials come from environment variables: the auth's values (sample keys never appear) and the
      // credential headers of every request.
      const { auth, headers = {} } = (definition as ApiDefinition).postman;
      const secrets = 'basic' in auth ? [auth.basic.username, auth.basic.password] : [auth.apikey.variable];
      const sample = definition.auth.sampleCredentials as Record<string, string>;
      for (const variable of secrets) if (variable) expect(text).not.toContain(sample[variable]);
      for (const folder of collection.item) {
        for (const item of folder.item ?? [folder]) {
          for (const header of item.request.header) {
            const variable = headers[header.key.toLowerCase()];
            if (variable) expect(header.value, `${item.name}: ${header.key}`).toBe(`{{${variable}}}`);
          }
        }
      }
    });
  }
});
