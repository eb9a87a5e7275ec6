// @ts-check
/**
 * The operations of a bundled spec, each with its path-level and operation-level parameters merged: those under
 * `paths` (what a client calls) and, apart, those under `webhooks` (what the API calls: OpenAPI 3.1's webhooks).
 */
import { HTTP_METHODS } from './http-methods.mjs';
import { escapePointer, resolveLocalRef } from './local-ref.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * @typedef {object} OperationInfo
 * @property {string} operationId its operationId, or `<method> <path>` when it has none
 * @property {string} method lower case
 * @property {string} path the path template as written in the spec, e.g. `/customers/{id}`; for a webhook, its name (`payment.captured`)
 * @property {string} pointer JSON pointer of the Operation Object in the spec, e.g. `#/paths/~1customers/post`
 * @property {Json} operation the Operation Object
 * @property {Json[]} parameters resolved, operation-level ones overriding path-level ones of the same name and location
 */

/**
 * @param {Json} spec
 * @param {'paths' | 'webhooks'} section
 * @returns {OperationInfo[]}
 */
function operationsOf(spec, section) {
  /** @type {OperationInfo[]} */
  const operations = [];
  for (const [path, ref] of Object.entries(/** @type {Record<string, Json>} */ (spec[section] ?? {}))) {
    // OpenAPI 3.1 lets a path item, and so a webhook, be a $ref.
    const item = resolveLocalRef(spec, ref) ?? {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      /** @type {Map<string, Json>} */
      const parameters = new Map();
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const resolved = resolveLocalRef(spec, parameter) ?? parameter;
        parameters.set(`${resolved.in}:${resolved.name}`, resolved);
      }
      operations.push({
        operationId: operation.operationId ?? `${method} ${path}`,
        method,
        path,
        pointer: `#/${section}/${escapePointer(path)}/${method}`,
        operation,
        parameters: [...parameters.values()],
      });
    }
  }
  return operations;
}

/**
 * @param {Json} spec
 * @returns {OperationInfo[]} in path order, methods in HTTP_METHODS order
 */
export const listOperations = (spec) => operationsOf(spec, 'paths');

/**
 * The webhooks (OpenAPI 3.1 `webhooks`): requests the API sends to its users; `path` is the webhook's name.
 * @param {Json} spec
 * @returns {OperationInfo[]} in document order
 */
export const listWebhooks = (spec) => operationsOf(spec, 'webhooks');
