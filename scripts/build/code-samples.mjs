// @ts-check
import { apiDefinition } from '../apis/index.mjs';
import { exampleRequests, parameterExample } from '../lib/examples.mjs';
import { listOperations } from '../lib/operations.mjs';
import { sdkMethods } from './sdk-template.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../lib/examples.mjs').ExampleRequest} ExampleRequest */
/** @typedef {import('./sdk-template.mjs').SdkMethod} SdkMethod */

/** @param {Json} parameter */
export const placeholder = (parameter) => `<${parameter.name}>`;

/**
 * A copy of a bundled document for the docs only, with `x-codeSamples` on every operation: curl, and the SDK
 * (for an API that has one, as its own documentation shows it) or else the generated TypeScript client, built
 * from the operation's first example request (lib/examples.mjs; a parameter without an example shows as
 * `<name>`). generated/<api>/openapi.json stays free of them.
 * @param {string} apiName
 * @param {Json} bundled
 * @returns {Json}
 */
export function withCodeSamples(apiName, bundled) {
  const document = structuredClone(bundled);
  /** @type {string} */
  const serverUrl = document.servers?.[0]?.url ?? '';
  const { sdk } = apiDefinition(apiName).client;
  const methods = sdk ? sdkMethods(apiName, document) : [];
  for (const operation of listOperations(document)) {
    const request = /** @type {ExampleRequest} */ (exampleRequests(document, operation, placeholder)[0]);
    const curl = { lang: 'Shell', label: 'curl', source: curlSample(apiName, serverUrl, operation.path, operation.method, request) };
    operation.operation['x-codeSamples'] = [
      curl,
      sdk
        ? {
            lang: 'TypeScript',
            label: 'SDK',
            source: sdkSample(
              apiName,
              document,
              sdk,
              methods.filter((method) => method.operation.operationId === operation.operationId),
              request,
            ),
          }
        : { lang: 'TypeScript', label: 'TypeScript', source: typeScriptSample(apiName, operation.path, operation.method, request) },
    ];
  }
  return document;
}

/**
 * The operation's SDK calls, one per `x-sdk` entry, with the example's body and the parameters' examples.
 * @param {string} apiName
 * @param {Json} document
 * @param {import('../apis/index.mjs').ApiSdk} sdk
 * @param {SdkMethod[]} methods
 * @param {ExampleRequest} request
 * @returns {string}
 */
function sdkSample(apiName, document, sdk, methods, request) {
  const calls = methods.map((method) => {
    const args = method.arguments.map((parameter) => JSON.stringify(parameterExample(document, parameter) ?? placeholder(parameter)));
    if (method.body && request.body) args.push(JSON.stringify(request.body.value, null, 2));
    const name = methods.length === 1 ? 'response' : `${method.method}Response`;
    return [
      `const ${name} = await ${sdk.variable}.${method.resource}.${method.method}(${args.join(', ')});`,
      `console.log(${name}.data.result);`,
    ];
  });
  return [
    `import { ${sdk.className} } from 'cloudlesspay-contracts/${apiName}';`,
    '',
    `const ${sdk.variable} = new ${sdk.className}(${sdk.options});`,
    '',
    `// Each call rejects with a ${sdk.className}Error (status, code, message, details, vendorStatus, vendorError).`,
    ...calls.flat(),
  ].join('\n');
}

/** @param {string} text */
export const shellQuote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * @param {string} apiName
 * @param {string} serverUrl
 * @param {string} path
 * @param {string} method
 * @param {ExampleRequest} request
 * @returns {string}
 */
export function curlSample(apiName, serverUrl, path, method, request) {
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
