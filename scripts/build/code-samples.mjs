// @ts-check
import { parameterExample, resolveLocalRef } from '../lib/local-ref.mjs';
import { apiProfile } from './api-profiles.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * @typedef {object} ExampleRequest
 * @property {Record<string, unknown>} path
 * @property {Record<string, unknown>} query
 * @property {Record<string, unknown>} header
 * @property {{ mediaType: string, value: unknown }} [body]
 */

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** @type {Set<string>} */
const parameterLocations = new Set(['path', 'query', 'header']);

/**
 * A copy of a bundled document for the docs only, with `x-codeSamples` (curl and the generated
 * TypeScript client) on every operation, built from the operation's first request example and its
 * parameters' examples. generated/<api>/openapi.json stays free of them.
 * @param {string} apiName
 * @param {Json} bundled
 * @returns {Json}
 */
export function withCodeSamples(apiName, bundled) {
  const document = structuredClone(bundled);
  /** @type {string} */
  const serverUrl = document.servers?.[0]?.url ?? '';
  for (const [path, pathItem] of Object.entries(/** @type {Record<string, Json>} */ (document.paths ?? {}))) {
    for (const method of methods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const request = exampleRequest(document, pathItem, operation);
      operation['x-codeSamples'] = [
        { lang: 'Shell', label: 'curl', source: curlSample(apiName, serverUrl, path, method, request) },
        { lang: 'TypeScript', label: 'TypeScript', source: typeScriptSample(apiName, path, method, request) },
      ];
    }
  }
  return document;
}

/**
 * @param {Json} document
 * @param {Json} pathItem
 * @param {Json} operation
 * @returns {ExampleRequest}
 */
function exampleRequest(document, pathItem, operation) {
  /** @type {ExampleRequest} */
  const request = { path: {}, query: {}, header: {} };
  /** @type {Json[]} */
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(document, p));
  for (const parameter of parameters) {
    if (!parameter.required || !parameterLocations.has(parameter.in)) continue;
    request[/** @type {'path' | 'query' | 'header'} */ (parameter.in)][parameter.name] = parameterExample(document, parameter) ?? `<${parameter.name}>`;
  }
  const content = deref(document, operation.requestBody ?? {}).content ?? {};
  const [mediaType] = Object.keys(content);
  if (mediaType) {
    const media = content[mediaType];
    const firstExample = Object.values(/** @type {Record<string, Json>} */ (media.examples ?? {}))[0];
    const value = firstExample ? deref(document, firstExample).value : media.example;
    if (value !== undefined) request.body = { mediaType, value };
  }
  return request;
}

/**
 * A bundled document has local references only; one that leads nowhere is a bug in the bundle.
 * @param {Json} document
 * @param {Json} node
 * @returns {Json}
 */
function deref(document, node) {
  const target = resolveLocalRef(document, node);
  if (!target) throw new Error(`unresolvable reference ${node.$ref}`);
  return target;
}

/** @param {string} text */
const shellQuote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * @param {string} apiName
 * @param {string} serverUrl
 * @param {string} path
 * @param {string} method
 * @param {ExampleRequest} request
 * @returns {string}
 */
function curlSample(apiName, serverUrl, path, method, request) {
  let url = serverUrl + path.replace(/\{([^}]+)\}/g, (_, /** @type {string} */ name) => encodeURIComponent(String(request.path[name])));
  const query = new URLSearchParams(Object.entries(request.query).map(([k, v]) => [k, String(v)])).toString();
  if (query) url += `?${query}`;
  const lines = [`curl --request ${method.toUpperCase()}`, `--url ${shellQuote(url)}`, ...apiProfile(apiName).curlAuth];
  for (const [name, value] of Object.entries(request.header)) lines.push(`--header ${shellQuote(`${name}: ${value}`)}`);
  if (request.body) {
    lines.push(`--header ${shellQuote(`Content-Type: ${request.body.mediaType}`)}`);
    if (request.body.mediaType === 'application/x-www-form-urlencoded') {
      for (const [name, value] of Object.entries(/** @type {Json} */ (request.body.value))) {
        lines.push(`--data-urlencode ${shellQuote(`${name}=${value}`)}`);
      }
    } else {
      lines.push(`--data ${shellQuote(JSON.stringify(request.body.value, null, 2))}`);
    }
  }
  return lines.join(' \\\n  ');
}

/**
 * @param {string} apiName
 * @param {string} path
 * @param {string} method
 * @param {ExampleRequest} request
 * @returns {string}
 */
function typeScriptSample(apiName, path, method, request) {
  const profile = apiProfile(apiName);
  const header = Object.fromEntries(
    Object.entries(request.header).filter(([name]) => !profile.clientHeaders.includes(name.toLowerCase())),
  );
  const params = Object.fromEntries(
    Object.entries({ path: request.path, query: request.query, header }).filter(([, values]) => Object.keys(values).length > 0),
  );
  /** @type {Json} */
  const options = {};
  if (Object.keys(params).length > 0) options.params = params;
  if (request.body) options.body = request.body.value;
  const args = [JSON.stringify(path)];
  if (Object.keys(options).length > 0) args.push(JSON.stringify(options, null, 2));
  return [
    `import { ${profile.factory} } from '${profile.importPath}';`,
    '',
    `const ${profile.variable} = ${profile.factory}(${profile.factoryOptions});`,
    '',
    `const { data, error, response } = await ${profile.variable}.${method.toUpperCase()}(${args.join(', ')});`,
    `if (error) throw new Error(\`HTTP \${response.status}: \${JSON.stringify(error)}\`);`,
    'console.log(data);',
  ].join('\n');
}
