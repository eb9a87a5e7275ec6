/** The workflow folder's files, as paths relative to the repository root (`workflows/<name>`). */
import { fileURLToPath } from 'node:url';
import { workflowFileNames } from '../build/workflow-files.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Files of workflows/ whose names end with `suffix`, sorted; none when the folder is missing. */
export const workflowFiles = (suffix: string): string[] => workflowFileNames(repoRoot, suffix).map((name) => `workflows/${name}`);
