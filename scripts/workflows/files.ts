/** The workflow folder's files, as paths relative to the repository root (`workflows/<name>`). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Files of workflows/ whose names end with `suffix`, sorted; none when the folder is missing. */
export function workflowFiles(suffix: string): string[] {
  const dir = join(repoRoot, 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => `workflows/${name}`);
}
