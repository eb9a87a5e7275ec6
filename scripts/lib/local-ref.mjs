// @ts-check
// Plain JavaScript so that the build, which runs on plain Node, shares these with the TypeScript tools.

/** @typedef {Record<string, any>} Json */

/**
 * Follows local `#/…` refs (JSON pointers into a bundled spec) until a node that is not a ref.
 * @param {Json} spec
 * @param {Json | undefined} node
 * @returns {Json | undefined}
 */
export function resolveLocalRef(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ segment) => decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~')))
      .reduce((/** @type {Json | undefined} */ value, /** @type {string} */ segment) => value?.[segment], spec);
  }
  return current;
}

/**
 * A parameter's example value: its first named example, its `example`, then its schema's `examples`,
 * `example`, `default`, first `enum` value or `const`; undefined when it has none.
 * @param {Json} spec
 * @param {Json} parameter
 * @returns {unknown}
 */
export function parameterExample(spec, parameter) {
  const named = Object.values(/** @type {Record<string, Json>} */ (parameter.examples ?? {})).map((example) => resolveLocalRef(spec, example)?.value);
  const schema = resolveLocalRef(spec, parameter.schema) ?? {};
  return [...named, parameter.example, ...(schema.examples ?? []), schema.example, schema.default, schema.enum?.[0], schema.const].find(
    (candidate) => candidate !== undefined,
  );
}
