/** Where the bundled specs are and how they are read: one place for the mocks, conformance and the tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundlePath } from '../apis/index.mjs';
import { REPO_ROOT } from './repo-root.mjs';

/** The bundle of `api`; `dir` (default `generated`) is absolute or relative to the repository root. */
export function loadBundledSpec(api: string, dir = 'generated'): Record<string, any> {
  const file = resolve(REPO_ROOT, bundlePath(api, dir));
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the bundled ${api} spec at ${file} (run: npm run build): ${(error as Error).message}`, { cause: error });
  }
}
