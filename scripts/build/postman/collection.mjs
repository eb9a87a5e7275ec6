// @ts-check
/**
 * The Postman collection of an API: openapi-to-postmanv2's conversion of the bundled description, post-processed
 * into a run that works against the sandbox on the first try — requests in the order planFlow gives, each with
 * its documented example body and tests that check the status and save the ids the next requests take; auth and
 * credential headers from environment variables, never a value in the file.
 */
import { parameterExample } from '../../lib/examples.mjs';
import { pointerKeys, resolveLocalRef } from '../../lib/local-ref.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('./flow.mjs').Step} Step */
/** @typedef {import('../../apis/index.mjs').ApiDefinition} ApiDefinition */

/**
 * The sandbox of an API as `npm run mock` serves it: its origin (where the control routes are) and its base URL
 * (the origin and the path of the spec's first server, as the mocks mount it).
 * @param {ApiDefinition} definition
 * @param {Json} document
 */
export function sandboxUrls(definition, document) {
  const origin = `http://127.0.0.1:${definition.defaultPort}`;
  const basePath = new URL(document.servers?.[0]?.url ?? 'http://localhost/').pathname.replace(/\/$/, '');
  return { origin, baseUrl: origin + basePath };
}

/** @param {ApiDefinition} definition @returns {string[]} the credential variables */
const credentialVariables = (definition) => Object.keys(definition.auth.sampleCredentials);

/**
 * `{ sandbox, production }`: Postman environments of the API; the sandbox one with the credentials the sandbox
 * accepts (the registry's sample credentials), the production one with them empty.
 * @param {ApiDefinition} definition
 * @param {Json} document
 * @returns {{ sandbox: Json, production: Json }}
 */
export function postmanEnvironments(definition, document) {
  const { origin, baseUrl } = sandboxUrls(definition, document);
  const credentials = /** @type {Record<string, string>} */ (definition.auth.sampleCredentials);
  const value = (/** @type {string} */ key, /** @type {string} */ text, type = 'default') => ({ key, value: text, type, enabled: true });
  const environment = (/** @type {string} */ name, /** @type {Json[]} */ values) => ({
    name: `${definition.title} — ${name}`,
    values,
    _postman_variable_scope: 'environment',
  });
  return {
    sandbox: environment('sandbox', [
      value('baseUrl', baseUrl),
      value('sandboxUrl', origin),
      ...credentialVariables(definition).map((key) => value(key, credentials[key] ?? '', 'secret')),
    ]),
    production: environment('production', [
      value('baseUrl', document.servers?.[0]?.url ?? ''),
      ...credentialVariables(definition).map((key) => value(key, '', 'secret')),
    ]),
  };
}

/** @param {ApiDefinition} definition @returns {Json} the collection's auth, from environment variables */
function collectionAuth(definition) {
  const { auth } = definition.postman;
  if ('basic' in auth) {
    return {
      type: 'basic',
      basic: [
        { key: 'username', value: `{{${auth.basic.username}}}`, type: 'string' },
        { key: 'password', value: auth.basic.password ? `{{${auth.basic.password}}}` : '', type: 'string' },
      ],
    };
  }
  return {
    type: 'apikey',
    apikey: [
      { key: 'key', value: auth.apikey.header, type: 'string' },
      { key: 'value', value: `{{${auth.apikey.variable}}}`, type: 'string' },
      { key: 'in', value: 'header', type: 'string' },
    ],
  };
}

/** @param {'prerequest' | 'test'} listen @param {string[]} lines @returns {Json} */
const script = (listen, lines) => ({ listen, script: { type: 'text/javascript', exec: lines } });

/** Skips a request in any environment but the sandbox's (the production environment has no `sandboxUrl`). */
const SANDBOX_ONLY = script('prerequest', ["if (!pm.environment.get('sandboxUrl')) pm.execution.skipRequest();"]);

/**
 * The test script of a step: the status it must answer, then each variable it saves, read by JSON pointer.
 * @param {Pick<Step, 'status' | 'saves' | 'copies'>} step
 * @returns {string[]}
 */
export function testScript(step) {
  const lines = [`pm.test('answers ${step.status}', function () {`, `  pm.response.to.have.status(${step.status});`, '});'];
  for (const [variable, pointer] of Object.entries(step.saves)) {
    const keys = pointerKeys(pointer);
    lines.push(
      `pm.test('saves ${variable} (${pointer})', function () {`,
      `  const value = ${JSON.stringify(keys)}.reduce(function (node, key) { return node == null ? undefined : node[key]; }, pm.response.json());`,
      `  pm.expect(value, '${pointer}').to.be.a('string').that.is.not.empty;`,
      `  pm.collectionVariables.set('${variable}', value);`,
      '});',
    );
  }
  for (const [variable, from] of Object.entries(step.copies)) {
    lines.push(`pm.collectionVariables.set('${variable}', pm.collectionVariables.get('${from}'));`);
  }
  return lines;
}

/**
 * A Postman request body for a media type and value: raw JSON, or urlencoded fields for a form.
 * @param {{ mediaType: string, value: unknown }} body
 * @returns {Json}
 */
export function postmanBody({ mediaType, value }) {
  if (mediaType === 'application/x-www-form-urlencoded') {
    return {
      mode: 'urlencoded',
      urlencoded: Object.entries(/** @type {Json} */ (value)).map(([key, field]) => ({ key, value: String(field), type: 'text' })),
    };
  }
  return { mode: 'raw', raw: JSON.stringify(value, null, 2), options: { raw: { language: 'json' } } };
}

/**
 * The converter's request for a step's operation, with its parameters, headers and body made the run's.
 * @param {Json} converted the converter's item for the operation
 * @param {Step} step
 * @param {ApiDefinition} definition
 * @returns {Json}
 */
function operationRequest(converted, step, definition) {
  const request = structuredClone(converted.request);
  delete request.auth; // inherits the collection's
  const credentialHeaders = definition.postman.headers ?? {};
  const operation = /** @type {import('../../lib/operations.mjs').OperationInfo} */ (step.operation);
  for (const variable of request.url.variable ?? []) {
    const name = step.parameters[variable.key];
    if (name) variable.value = `{{${name}}}`;
  }
  for (const query of request.url.query ?? []) {
    const name = step.parameters[query.key];
    if (name) Object.assign(query, { value: `{{${name}}}`, disabled: false });
  }
  request.header = (request.header ?? [])
    .filter((/** @type {Json} */ header) => header.key.toLowerCase() !== 'content-type')
    .map((/** @type {Json} */ header) => {
      const variable = credentialHeaders[header.key.toLowerCase()];
      return variable ? { ...header, value: `{{${variable}}}`, disabled: false } : header;
    });
  if (step.body) {
    request.header.push({ key: 'Content-Type', value: step.body.mediaType });
    request.body = postmanBody(step.body);
  } else {
    delete request.body;
  }
  request.name = step.name;
  request.method = operation.method.toUpperCase();
  return request;
}

/**
 * A sandbox control route's request, with the credential headers (the sandbox keeps Juspay's data per merchant).
 * @param {ApiDefinition} definition
 * @param {string} name
 * @param {{ method: string, path: string }} route
 * @param {Step['body']} [body]
 * @returns {Json}
 */
function controlRequest(definition, name, { method, path }, body) {
  const headers = Object.entries(definition.postman.headers ?? {}).map(([key, variable]) => ({ key, value: `{{${variable}}}` }));
  return {
    name,
    description: {
      content: `Sandbox only (\`${method} ${path}\`, a control route of \`npm run mock\`): skipped in other environments.`,
      type: 'text/plain',
    },
    method,
    url: { raw: `{{sandboxUrl}}${path}`, host: ['{{sandboxUrl}}'], path: path.split('/').filter(Boolean) },
    header: [...headers, ...(body ? [{ key: 'Content-Type', value: body.mediaType }] : [])],
    ...(body ? { body: postmanBody(body) } : {}),
  };
}

/**
 * The headers of a saved answer with the spec's example values: the converter makes up random values for a header
 * without one, which is left out instead.
 * @param {Json} document
 * @param {import('../../lib/operations.mjs').OperationInfo} operation
 * @param {Json} response the converter's saved answer
 * @returns {Json[]}
 */
function documentedHeaders(document, operation, response) {
  const documented = resolveLocalRef(document, operation.operation.responses?.[String(response.code)])?.headers ?? {};
  return (response.header ?? []).flatMap((/** @type {Json} */ header) => {
    if (header.key.toLowerCase() === 'content-type') return [header];
    const name = Object.keys(documented).find((key) => key.toLowerCase() === header.key.toLowerCase());
    const example = name === undefined ? undefined : parameterExample(document, resolveLocalRef(document, documented[name]) ?? {});
    return example === undefined ? [] : [{ ...header, value: String(example) }];
  });
}

/** Postman's own ids are random; without them the file is the same on every build (Postman assigns new ones on import). */
const withoutIds = (/** @type {Json} */ value) =>
  JSON.parse(JSON.stringify(value, (key, item) => (key === 'id' && typeof item === 'string' ? undefined : item)));

/**
 * @param {Json} converted openapi-to-postmanv2's collection of `document`
 * @param {Json} document the bundled description
 * @param {ApiDefinition} definition
 * @param {Array<{ name: string, steps: Step[] }>} folders planFlow's order
 * @returns {Json} the collection
 */
export function postmanCollection(converted, document, definition, folders) {
  /** @type {Map<string, Json>} */
  const items = new Map();
  /** @type {Map<string, Json>} */
  const folderDescriptions = new Map();
  for (const folder of converted.item ?? []) {
    folderDescriptions.set(folder.name, folder.description);
    for (const item of folder.item ?? []) {
      const path = '/' + item.request.url.path.map((/** @type {string} */ segment) => segment.replace(/^:(.+)$/, '{$1}')).join('/');
      items.set(`${item.request.method} ${path}`, item);
    }
  }
  const stepItem = (/** @type {Step} */ step) => {
    if (!step.operation) {
      const route = /** @type {NonNullable<import('./flow.mjs').ExtraStep['request']>} */ (step.extra?.request);
      return {
        name: step.name,
        request: controlRequest(definition, step.name, route, step.body),
        event: [SANDBOX_ONLY, script('test', testScript(step))],
      };
    }
    const key = `${step.operation.method.toUpperCase()} ${step.operation.path}`;
    const converted = items.get(key);
    if (!converted) throw new Error(`openapi-to-postmanv2 left out ${key} (${step.operation.operationId})`);
    const request = operationRequest(converted, step, definition);
    const { description: _description, ...originalRequest } = request;
    return withoutIds({
      name: step.name,
      request,
      // The converter fills the request of each saved answer with random values; the step's request is the one sent.
      response: (converted.response ?? []).map((/** @type {Json} */ response) => ({
        ...response,
        header: documentedHeaders(document, /** @type {import('../../lib/operations.mjs').OperationInfo} */ (step.operation), response),
        originalRequest,
      })),
      event: [script('test', testScript(step))],
    });
  };
  const reset = {
    name: 'Sandbox: start from an empty account (sandbox only)',
    request: controlRequest(definition, 'Sandbox: start from an empty account (sandbox only)', {
      method: 'POST',
      path: '/__sandbox/reset',
    }),
    event: [SANDBOX_ONLY, script('test', testScript({ status: 200, saves: {}, copies: {} }))],
  };
  const variables = [
    ...new Set(folders.flatMap((folder) => folder.steps.flatMap((step) => [...Object.keys(step.saves), ...Object.keys(step.copies)]))),
  ].sort();
  const { info } = converted;
  return {
    info: { name: info.name, description: info.description, schema: info.schema },
    item: [
      reset,
      ...folders.map((folder) => ({
        name: folder.name,
        description: folderDescriptions.get(folder.name),
        item: folder.steps.map(stepItem),
      })),
    ],
    auth: collectionAuth(definition),
    variable: [{ key: 'baseUrl', value: document.servers?.[0]?.url ?? '' }, ...variables.map((key) => ({ key, value: '' }))],
  };
}
