// @ts-check
/**
 * The named examples of a bundled spec: what the docs' code samples, the mocks, the fuzzer, the benchmarks and
 * the tests build valid requests and expected answers from. One walker, so that all of them read the spec alike.
 */
import { resolveLocalRef } from './local-ref.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('./operations.mjs').OperationInfo} OperationInfo */

/**
 * A parameter's example value: its first named example, its `example`, then its schema's `examples`,
 * `example`, `default`, first `enum` value or `const`; undefined when it has none.
 * @param {Json} spec
 * @param {Json} parameter
 * @returns {unknown}
 */
export function parameterExample(spec, parameter) {
  const named = Object.values(/** @type {Record<string, Json>} */ (parameter.examples ?? {})).map(
    (example) => resolveLocalRef(spec, example)?.value,
  );
  const schema = resolveLocalRef(spec, parameter.schema) ?? {};
  return [...named, parameter.example, ...(schema.examples ?? []), schema.example, schema.default, schema.enum?.[0], schema.const].find(
    (candidate) => candidate !== undefined,
  );
}

/**
 * `{ name: value }` of the named examples of one media type (`application/json` by default) of a documented
 * response; `{}` when the status or media type is not documented.
 * @param {Json} spec
 * @param {OperationInfo} operation
 * @param {number | string} status
 * @param {string} [mediaType]
 * @returns {Record<string, unknown>}
 */
export function responseExamples(spec, operation, status, mediaType = 'application/json') {
  const response = resolveLocalRef(spec, operation.operation.responses?.[String(status)]);
  const examples = /** @type {Record<string, Json>} */ (response?.content?.[mediaType]?.examples ?? {});
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, resolveLocalRef(spec, example)?.value]));
}

/**
 * Every named request-body example of the operation, per media type, in document order.
 * @param {Json} spec
 * @param {OperationInfo} operation
 * @returns {Array<{ mediaType: string, name: string, value: unknown }>}
 */
export function requestBodyExamples(spec, operation) {
  const requestBody = resolveLocalRef(spec, operation.operation.requestBody);
  return Object.entries(/** @type {Record<string, Json>} */ (requestBody?.content ?? {})).flatMap(([mediaType, media]) =>
    Object.entries(/** @type {Record<string, Json>} */ (media.examples ?? {})).map(([name, example]) => ({
      mediaType,
      name,
      value: resolveLocalRef(spec, example)?.value,
    })),
  );
}

/**
 * @typedef {object} ExampleRequest A request the spec calls valid, built from its examples.
 * @property {Record<string, unknown>} path path parameter values, as the examples give them (not yet text)
 * @property {Record<string, unknown>} query required query parameters
 * @property {Record<string, unknown>} header required header parameters, names in lower case
 * @property {{ mediaType: string, name: string, value: unknown }} [body]
 */

/**
 * Parameter values as text, the way they travel.
 * @param {Record<string, unknown>} values
 * @returns {Record<string, string>}
 */
export const asText = (values) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));

/**
 * The valid requests the examples give for an operation: its path parameters and required query and header
 * parameters from their examples, once per request-body example (once with no body when it takes none).
 * A parameter without an example is an error, unless `placeholder` names a stand-in for it.
 * @param {Json} spec
 * @param {OperationInfo} operation
 * @param {(parameter: Json) => string} [placeholder]
 * @returns {ExampleRequest[]}
 */
export function exampleRequests(spec, operation, placeholder) {
  /** @type {ExampleRequest} */
  const base = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    const location = /** @type {string} */ (parameter.in);
    if (location !== 'path' && !(parameter.required && (location === 'query' || location === 'header'))) continue;
    const value = parameterExample(spec, parameter) ?? placeholder?.(parameter);
    if (value === undefined)
      throw new Error(`${operation.operationId}: ${location} parameter ${parameter.name} has no example to build a request from`);
    if (location === 'header') base.header[parameter.name.toLowerCase()] = value;
    else base[/** @type {'path' | 'query'} */ (location)][parameter.name] = value;
  }
  const bodies = requestBodyExamples(spec, operation);
  return bodies.length === 0 ? [base] : bodies.map((body) => ({ ...base, body }));
}
