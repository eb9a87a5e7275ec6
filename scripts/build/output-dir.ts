import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs `produce` into a fresh directory next to `outDir` (same file system, `.build-tmp-*` is
 * gitignored) and only then swaps it in: if `produce` throws, `outDir` is left byte-identical.
 */
export async function replaceDirAtomically(outDir: string, produce: (tmpDir: string) => Promise<void>): Promise<void> {
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
    (error: NodeJS.ErrnoException) => {
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
