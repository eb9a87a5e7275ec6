// @ts-check
// Plain JavaScript so that the build, which runs on plain Node, shares it with the TypeScript tools.

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
 * A JSON pointer segment (RFC 6901).
 * @param {string} segment
 */
export const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
