import { parentPort } from 'node:worker_threads';

export { BuildError } from '../build-error.mjs';

/**
 * Answers the main thread's calls (`{ id, method, args }`, see ../worker-thread.mjs) one at a time in
 * arrival order, so results stream back in the order they were asked for.
 * @param {Record<string, (...args: any[]) => unknown>} methods
 */
export function serve(methods) {
  let queue = Promise.resolve();
  parentPort.on('message', ({ id, method, args }) => {
    queue = queue.then(async () => {
      try {
        parentPort.postMessage({ id, result: await methods[method](...args) });
      } catch (error) {
        const { name = 'Error', message = String(error), stack } = error ?? {};
        parentPort.postMessage({ id, error: { name, message: name === 'BuildError' ? message : (stack ?? message) } });
      }
    });
  });
}
