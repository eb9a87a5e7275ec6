import { Worker } from 'node:worker_threads';
import { BuildError } from './build-error.ts';

type Methods = Record<string, (...args: any[]) => Promise<unknown>>;
type Reply = { id: number; result: unknown } | { id: number; error: { name: string; message: string } };

/**
 * Calls the methods a module in ./threads/ passes to `serve` (threads/serve.mjs), in a worker thread.
 * Those modules are plain JavaScript and the thread runs without tsx's loader: loaded through tsx's
 * hooks, the libraries they use take about twice the CPU time. Start threads early; their modules
 * load while the main thread works.
 */
export class WorkerThread<T extends Methods> {
  readonly #name: string;
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  #failure: Error | undefined;

  constructor(module: string, options: { workerData?: unknown; env?: NodeJS.ProcessEnv } = {}) {
    this.#name = module;
    this.#worker = new Worker(new URL(`./threads/${module}`, import.meta.url), { ...options, execArgv: [] });
    this.#worker.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.id)!;
      this.#pending.delete(reply.id);
      if ('result' in reply) pending.resolve(reply.result);
      else if (reply.error.name === 'BuildError') pending.reject(new BuildError(reply.error.message));
      else pending.reject(new Error(`${this.#name} thread: ${reply.error.message}`));
    });
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the ${this.#name} thread exited (code ${code})`)));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
  }

  /** Calls are answered one at a time, in the order they were made. */
  call<M extends keyof T & string>(method: M, ...args: Parameters<T[M]>): ReturnType<T[M]> {
    if (this.#failure) return Promise.reject(this.#failure) as ReturnType<T[M]>;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, method, args });
    }) as ReturnType<T[M]>;
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}
