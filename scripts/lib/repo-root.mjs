// @ts-check
// Plain JavaScript so that the build, which runs on plain Node, shares it with the TypeScript tools.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root folder, absolute and without a trailing separator: the tools find the specs, the build's
 * inputs and its outputs from here whatever the working directory they are started in.
 */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
