/**
 * The released contracts: releases/<api>/openapi.json holds the bundle of each API's last release, committed,
 * so the breaking-change gate needs neither tags nor history (shallow clones and tagless clones see it too).
 * Only `npm run release` writes it, after the gate and the changelog agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpecFile, type Spec } from './load.js';
import { specVersion } from './version.js';

const RELEASES_DIR = 'releases';

export function releasedBundlePath(api: string, root = '.'): string {
  return join(root, RELEASES_DIR, api, 'openapi.json');
}

/** The bundle of the API's last release, or undefined before its first release. */
export function loadRelease(api: string, root = '.'): Spec | undefined {
  const file = releasedBundlePath(api, root);
  return existsSync(file) ? loadSpecFile(file) : undefined;
}

/** The CHANGELOG.md heading a release of `api` at `version` must have (`### razorpay 2.0.0`). */
export function changelogHeading(api: string, version: string): string {
  return `### ${api} ${version}`;
}

/** Whether CHANGELOG.md records the release of `api` at `version`. */
export function changelogRecords(api: string, version: string, root = '.'): boolean {
  const file = join(root, 'CHANGELOG.md');
  if (!existsSync(file)) return false;
  const heading = changelogHeading(api, version);
  return readFileSync(file, 'utf8')
    .split('\n')
    .some((line) => line.trim() === heading);
}

/** Problems with the recorded releases themselves: each must be in the changelog. */
export function releaseRecordProblems(apis: readonly string[], root = '.'): string[] {
  return apis.flatMap((api) => {
    const release = loadRelease(api, root);
    if (!release) return [];
    const version = specVersion(release);
    return changelogRecords(api, version, root)
      ? []
      : [
          `${releasedBundlePath(api, root)} is release ${version}, but CHANGELOG.md has no "${changelogHeading(api, version)}" section (releases/ is written only by \`npm run release\`)`,
        ];
  });
}
