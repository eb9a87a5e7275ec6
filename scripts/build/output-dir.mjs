// @ts-check
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs `produce` into a fresh directory next to `outDir` (same file system, `.build-tmp-*` is
 * gitignored) and only then swaps it in: if `produce` throws, `outDir` is left byte-identical.
 * @param {string} outDir
 * @param {(tmpDir: string) => Promise<void>} produce
 * @returns {Promise<void>}
 */
export async function replaceDirAtomically(outDir, produce) {
  const target = path.resolve(outDir);
  const staging = path.join(path.dirname(target), `.build-tmp-${process.pid}-${path.basename(target)}`);
  const retired = `${staging}-old`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await produce(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
  const hadPrevious = await rename(target, retired).then(
    () => true,
    (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}
