// @ts-check
import { apiDefinition } from '../../apis/index.mjs';
import { postmanCollection, postmanEnvironments } from './collection.mjs';
import { planFlow } from './flow.mjs';

/**
 * The Postman files of one API, named as Postman exports them: `<api>.postman_collection.json`,
 * `<api>.sandbox.postman_environment.json` and `<api>.production.postman_environment.json`.
 * @param {import('../threads.mjs').BundledApi} api
 * @param {Record<string, any>} converted openapi-to-postmanv2's collection of the bundle
 * @returns {Map<string, string>} file name → JSON
 */
export function postmanFiles(api, converted) {
  const definition = apiDefinition(api.name);
  const folders = planFlow(api.document, definition.postman);
  const { sandbox, production } = postmanEnvironments(definition, api.document);
  const json = (/** @type {unknown} */ value) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    [`${api.name}.postman_collection.json`, json(postmanCollection(converted, api.document, definition, folders))],
    [`${api.name}.sandbox.postman_environment.json`, json(sandbox)],
    [`${api.name}.production.postman_environment.json`, json(production)],
  ]);
}
