// @ts-check
// Plain JavaScript so that the build, which runs on plain Node, shares it with the TypeScript tools.

/** @typedef {Record<string, any>} Json */

/**
 * Follows local `#/…` refs (JSON pointers into a bundled spec) until a node that is not a ref.
 * @param {Json} spec
 * @param {Json | undefined} node
 * @param {Set<string>} [followed] receives each ref followed, in order: the last is where the result sits, for
 *   callers that address it by pointer (ajv's `getSchema`)
 * @returns {Json | undefined}
 */
export function resolveLocalRef(spec, node, followed = new Set()) {
  let current = node;
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    if (followed.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    followed.add(current.$ref);
    // A ref is a URI fragment: its segments may be percent-encoded on top of the pointer's own escapes.
    current = pointerKeys(current.$ref).reduce(
      (/** @type {Json | undefined} */ value, /** @type {string} */ key) => value?.[decodeURIComponent(key)],
      spec,
    );
  }
  return current;
}

/**
 * The value a JSON pointer (`/instruments/0/eligibility_req_id`, or a fragment `#/…`) names in `value`, or
 * undefined; only own keys count, so a pointer out of untrusted data never reaches a prototype.
 * @param {unknown} value
 * @param {string} pointer
 * @returns {unknown}
 */
export function valueAt(value, pointer) {
  return pointerKeys(pointer).reduce(
    (node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? /** @type {Json} */ (node)[key] : undefined),
    value,
  );
}

/**
 * The keys a JSON pointer (or a `#/…` fragment) names, unescaped.
 * @param {string} pointer
 * @returns {string[]}
 */
export const pointerKeys = (pointer) => pointer.split('/').slice(1).map(unescapePointer);

/**
 * A JSON pointer segment (RFC 6901).
 * @param {string} segment
 */
export const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The key a JSON pointer segment names (RFC 6901: `~1` before `~0`, so `~01` stays `~1`).
 * @param {string} segment
 */
export const unescapePointer = (segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
