import { parentPort } from 'node:worker_threads';
import { generateTypes } from './generate-types.ts';

// Runs in its own thread so loading openapi-typescript (and the TypeScript compiler it pulls in)
// overlaps with linting, bundling and rendering docs on the main thread.
export interface TypesRequest {
  id: number;
  document: Record<string, any>;
}
export type TypesResponse = { id: number; types: string } | { id: number; error: string };

parentPort!.on('message', async ({ id, document }: TypesRequest) => {
  try {
    parentPort!.postMessage({ id, types: await generateTypes(document) } satisfies TypesResponse);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
