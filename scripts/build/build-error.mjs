// @ts-check

/**
 * A failure the author of a spec can fix; its message names file, line and rule. Thrown in the
 * worker threads too, where serve.mjs passes it on by name and worker-thread.mjs rethrows it.
 */
export class BuildError extends Error {
  /** @override */
  name = 'BuildError';
}
