import { Worker } from 'node:worker_threads';
import type { TypesRequest, TypesResponse } from './types-worker.ts';

/** A worker thread that turns bundled documents into TypeScript; start it early, it loads slowly. */
export class TypesThread {
  readonly #worker = new Worker(typeScriptWorkerUrl(new URL('./types-worker.ts', import.meta.url)));
  readonly #pending = new Map<number, { resolve: (types: string) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  #failure: Error | undefined;

  constructor() {
    this.#worker.on('message', (response: TypesResponse) => {
      const pending = this.#pending.get(response.id)!;
      this.#pending.delete(response.id);
      if ('error' in response) pending.reject(new Error(`openapi-typescript failed: ${response.error}`));
      else pending.resolve(response.types);
    });
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the openapi-typescript worker exited (code ${code})`)));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
  }

  generate(document: Record<string, any>): Promise<string> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, document } satisfies TypesRequest);
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/**
 * Workers inherit neither tsx's nor vitest's loader, so the worker starts from a tiny ES module
 * that registers tsx and then imports the TypeScript entry.
 */
function typeScriptWorkerUrl(entry: URL): URL {
  const bootstrap = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(entry.href)});`,
  ].join('\n');
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
