/** The workflow folder's files, as paths relative to the repository root (`workflows/<name>`). */
import { workflowFileNames } from '../build/workflow-files.mjs';
import { REPO_ROOT } from '../lib/repo-root.mjs';

/** Files of workflows/ whose names end with `suffix`, sorted; none when the folder is missing. */
export const workflowFiles = (suffix: string): string[] => workflowFileNames(REPO_ROOT, suffix).map((name) => `workflows/${name}`);
