/** A failure the author of a spec can fix; its message names file, line and rule. */
export class BuildError extends Error {
  override name = 'BuildError';
}
