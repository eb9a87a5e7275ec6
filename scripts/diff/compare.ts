/** Compares the two versions of one API and decides whether the result may ship. */
import { diffSpecs } from './changes.js';
import type { Spec } from './load.js';
import { breakingCount, type ApiReport } from './render.js';
import { majorBumped, specVersion } from './version.js';

export function compareApi(name: string, base: Spec | undefined, head: Spec, baseLabel: string): ApiReport {
  const headVersion = specVersion(head);
  if (!base) {
    return { name, headVersion, note: `New API: ${baseLabel} has no version of it to compare with.`, changes: [], breakingAllowed: true };
  }
  const baseVersion = specVersion(base);
  return { name, baseVersion, headVersion, changes: diffSpecs(base, head), breakingAllowed: majorBumped(baseVersion, headVersion) };
}

/** A report blocks the release when it has breaking changes and the major version stayed the same. */
export function blocks(report: ApiReport): boolean {
  return breakingCount(report) > 0 && !report.breakingAllowed;
}
