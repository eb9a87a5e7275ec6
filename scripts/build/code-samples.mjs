// @ts-check
import { apiDefinition } from '../apis/index.mjs';
import { exampleRequests } from '../lib/examples.mjs';
import { listOperations } from '../lib/operations.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../lib/examples.mjs').ExampleRequest} ExampleRequest */

/**
 * A copy of a bundled document for the docs only, with `x-codeSamples` (curl and the generated
 * TypeScript client) on every operation, built from the operation's first example request (lib/examples.mjs;
 * a parameter without an example shows as `<name>`). generated/<api>/openapi.json stays free of them.
 * @param {string} apiName
 * @param {Json} bundled
 * @returns {Json}
 */
export function withCodeSamples(apiName, bundled) {
  const document = structuredClone(bundled);
  /** @type {string} */
  const serverUrl = document.servers?.[0]?.url ?? '';
  for (const operation of listOperations(document)) {
    const [request] = exampleRequests(document, operation, (parameter) => `<${parameter.name}>`);
    operation.operation['x-codeSamples'] = [
      {
        lang: 'Shell',
        label: 'curl',
        source: curlSample(apiName, serverUrl, operation.path, operation.method, /** @type {ExampleRequest} */ (request)),
      },
      {
        lang: 'TypeScript',
        label: 'TypeScript',
        source: typeScriptSample(apiName, operation.path, operation.method, /** @type {ExampleRequest} */ (request)),
      },
    ];
  }
  return document;
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
  const lines = [`curl --request ${method.toUpperCase()}`, `--url ${shellQuote(url)}`, ...apiDefinition(apiName).client.curlAuth];
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
  const profile = apiDefinition(apiName).client;
  const header = Object.fromEntries(Object.entries(request.header).filter(([name]) => !profile.clientHeaders.includes(name.toLowerCase())));
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
    `import { ${profile.factory} } from 'cloudlesspay-contracts/${apiName}';`,
    '',
    `const ${profile.variable} = ${profile.factory}(${profile.factoryOptions});`,
    '',
    `const { data, error, response } = await ${profile.variable}.${method.toUpperCase()}(${args.join(', ')});`,
    `if (error) throw new Error(\`HTTP \${response.status}: \${JSON.stringify(error)}\`);`,
    'console.log(data);',
  ].join('\n');
}
