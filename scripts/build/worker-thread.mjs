// @ts-check
import { Worker } from 'node:worker_threads';
import { BuildError } from './build-error.mjs';

/** @typedef {Record<string, (...args: any[]) => Promise<unknown>>} Methods */
/** @typedef {{ id: number, result: unknown } | { id: number, error: { name: string, message: string } }} Reply */
/** @typedef {{ resolve: (result: any) => void, reject: (error: Error) => void }} Pending */

/**
 * Calls the methods a module in ./threads/ passes to `serve` (threads/serve.mjs), in a worker thread.
 * The threads never inherit tsx's loader (`execArgv: []`) when the build runs inside a tsx process
 * (the tests): loaded through tsx's hooks, the libraries they use take about twice the CPU time.
 * Start threads early; their modules load while the main thread works.
 * @template {Methods} T
 */
export class WorkerThread {
  /** @type {string} */
  #name;
  /** @type {Worker} */
  #worker;
  /** @type {Map<number, Pending>} */
  #pending = new Map();
  #nextId = 0;
  /** @type {Error | undefined} */
  #failure;

  /**
   * @param {string} module file name under ./threads/
   * @param {{ workerData?: unknown, env?: NodeJS.ProcessEnv }} [options]
   */
  constructor(module, options = {}) {
    this.#name = module;
    this.#worker = new Worker(new URL(`./threads/${module}`, import.meta.url), { ...options, execArgv: [] });
    this.#worker.on('message', (/** @type {Reply} */ reply) => {
      const pending = /** @type {Pending} */ (this.#pending.get(reply.id));
      this.#pending.delete(reply.id);
      if ('result' in reply) pending.resolve(reply.result);
      else if (reply.error.name === 'BuildError') pending.reject(new BuildError(reply.error.message));
      else pending.reject(new Error(`${this.#name} thread: ${reply.error.message}`));
    });
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the ${this.#name} thread exited (code ${code})`)));
  }

  /** @param {Error} error */
  #fail(error) {
    this.#failure ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
  }

  /**
   * Calls are answered one at a time, in the order they were made.
   * @template {keyof T & string} M
   * @param {M} method
   * @param {Parameters<T[M]>} args
   * @returns {ReturnType<T[M]>}
   */
  call(method, ...args) {
    if (this.#failure) return /** @type {ReturnType<T[M]>} */ (Promise.reject(this.#failure));
    const id = this.#nextId++;
    return /** @type {ReturnType<T[M]>} */ (
      new Promise((resolve, reject) => {
        this.#pending.set(id, { resolve, reject });
        this.#worker.postMessage({ id, method, args });
      })
    );
  }

  /** @returns {Promise<number>} */
  close() {
    return this.#worker.terminate();
  }
}
