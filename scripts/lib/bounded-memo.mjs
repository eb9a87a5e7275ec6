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
    // One lookup on a hit (this runs per request and per recorded exchange); `has` only tells a remembered
    // undefined from a miss.
    const remembered = results.get(key);
    if (remembered !== undefined || results.has(key)) return /** @type {T} */ (remembered);
    if (results.size >= max) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
