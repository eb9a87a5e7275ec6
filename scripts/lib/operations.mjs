// @ts-check
/** The operations of a bundled spec, each with its path-level and operation-level parameters merged. */
import { HTTP_METHODS } from './http-methods.mjs';
import { resolveLocalRef } from './local-ref.mjs';

/** @typedef {Record<string, any>} Json */

/**
 * @typedef {object} OperationInfo
 * @property {string} operationId its operationId, or `<method> <path>` when it has none
 * @property {string} method lower case
 * @property {string} path the path template as written in the spec, e.g. `/customers/{id}`
 * @property {Json} operation the Operation Object
 * @property {Json[]} parameters resolved, operation-level ones overriding path-level ones of the same name and location
 */

/**
 * @param {Json} spec
 * @returns {OperationInfo[]} in path order, methods in HTTP_METHODS order
 */
export function listOperations(spec) {
  /** @type {OperationInfo[]} */
  const operations = [];
  for (const [path, item] of Object.entries(/** @type {Record<string, Json>} */ (spec.paths ?? {}))) {
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
        operation,
        parameters: [...parameters.values()],
      });
    }
  }
  return operations;
}
