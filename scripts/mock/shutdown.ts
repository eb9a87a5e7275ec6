/** How often the process checks that the one that started it is still there. */
const PARENT_CHECK_MS = 500;

/**
 * Runs `stop` once on the first SIGINT/SIGTERM, or once the process that started this one is gone, then exits 0 (1
 * if stopping failed). The second: a SIGTERM to `npm run mock` ends npm and its shell, and the shell (dash) does not
 * pass the signal on, so without it the sandbox would live on, orphaned, holding its ports.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const stopFor = (reason: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${reason}: stopping\n`);
    stop().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`failed to stop cleanly: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stopFor);
  process.once('SIGTERM', stopFor);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stopFor(`the parent process (${parent}) is gone`);
  }, PARENT_CHECK_MS).unref();
}
