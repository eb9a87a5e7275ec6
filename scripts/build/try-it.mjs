// @ts-check
import { apiDefinition } from '../apis/index.mjs';
import { exampleRequests } from '../lib/examples.mjs';
import { listOperations } from '../lib/operations.mjs';
import { curlSample, placeholder, shellQuote } from './code-samples.mjs';
import { sandboxUrls } from './postman/collection.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * The call "Try it" shows: one that answers 200 on a fresh sandbox and again on every paste — the first read that
 * takes no id, else the first call that takes none.
 * @param {Json} document
 * @returns {import('../lib/operations.mjs').OperationInfo}
 */
export function tryItOperation(document) {
  const operations = listOperations(document);
  const withoutId = operations.filter((operation) => !operation.parameters.some((parameter) => parameter.in === 'path'));
  const found = withoutId.find((operation) => operation.method === 'get') ?? withoutId[0] ?? operations[0];
  if (!found) throw new Error(`${document.info?.title}: no operation to try`);
  return found;
}

/**
 * The shell commands of "Try it": the sandbox's credentials exported under the names the docs' curl samples read,
 * then the curl sample of `tryItOperation` against the sandbox's base URL.
 * @param {string} apiName
 * @param {Json} document
 * @returns {{ operation: import('../lib/operations.mjs').OperationInfo, commands: string, resets: boolean }}
 */
export function tryItCommands(apiName, document) {
  const definition = apiDefinition(apiName);
  const credentials = /** @type {Record<string, string>} */ (definition.auth.sampleCredentials);
  const operation = tryItOperation(document);
  const request = /** @type {import('../lib/examples.mjs').ExampleRequest} */ (exampleRequests(document, operation, placeholder)[0]);
  const exports = Object.entries(definition.postman.shellVariables).map(
    ([name, variable]) => `${name}=${shellQuote(credentials[variable] ?? '')}`,
  );
  const { origin, baseUrl } = sandboxUrls(definition, document);
  const curl = curlSample(apiName, baseUrl, operation.path, operation.method, request);
  const lines = [`export ${exports.join(' ')}`];
  if (operation.method !== 'get') {
    // A call that creates data answers 200 once per sandbox account: the sandbox's reset makes every paste the first.
    const credentialHeaders = Object.keys(definition.postman.headers ?? {}).flatMap((name) =>
      request.header[name] === undefined ? [] : [`--header ${shellQuote(`${name}: ${request.header[name]}`)}`],
    );
    lines.push(
      [`curl --request POST`, `--url ${shellQuote(`${origin}/__sandbox/reset`)}`, ...definition.client.curlAuth, ...credentialHeaders].join(
        ' \\\n  ',
      ),
    );
  }
  lines.push(curl);
  return { operation, commands: lines.join('\n'), resets: operation.method !== 'get' };
}
