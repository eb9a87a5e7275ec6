// @ts-check
/**
 * Remembers a pure function's results for text keys that repeat (a client's credentials arrive with every request,
 * decoded the same way each time), in a Map holding at most `max` keys: when it is full it starts over, so that
 * keys sent by a client cannot grow it without bound. Results are shared: callers must not change them.
 * @template T
 * @param {(key: string) => T} compute
 * @param {number} [max]
 * @returns {(key: string) => T}
 */
export function boundedMemo(compute, max = 1024) {
  /** @type {Map<string, T>} */
  const results = new Map();
  return (key) => {
    if (results.has(key)) return /** @type {T} */ (results.get(key));
    if (results.size >= max) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
