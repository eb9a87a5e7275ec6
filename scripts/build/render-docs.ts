import type { Config } from '@redocly/openapi-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type BuildDocsHandler = (options: { argv: Record<string, unknown>; config: Config }) => Promise<void>;

let handlerPromise: Promise<BuildDocsHandler> | undefined;

/**
 * Redocly CLI's `build-docs` handler, loaded into this process. The CLI ships as one bundle with
 * hashed chunk names, so the chunk is found the way the CLI itself finds it: from the dynamic
 * import next to `handlerBuildCommand` in lib/index.js.
 */
export function loadBuildDocsHandler(): Promise<BuildDocsHandler> {
  handlerPromise ??= (async () => {
    const cliDir = path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json'));
    const index = await readFile(path.join(cliDir, 'lib', 'index.js'), 'utf8');
    const chunk = /\{handlerBuildCommand:\w+\}=await import\("\.\/(chunks\/[\w-]+\.js)"\)/.exec(index)?.[1];
    if (!chunk) throw new Error(`cannot find the build-docs chunk in ${cliDir}/lib/index.js (Redocly CLI changed its layout)`);
    const module = await import(pathToFileURL(path.join(cliDir, 'lib', chunk)).href);
    return module.handlerBuildCommand as BuildDocsHandler;
  })();
  return handlerPromise;
}

/**
 * Renders one self-contained Redoc page (`--inlineBundle`: Redoc's script is embedded, nothing
 * is fetched from a CDN, no web fonts) for an already bundled document.
 */
export async function renderDocs(document: Record<string, any>, config: Config, outFile: string): Promise<void> {
  const handler = await loadBuildDocsHandler();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cloudlesspay-docs-'));
  try {
    const input = path.join(scratch, 'openapi.json');
    await writeFile(input, JSON.stringify(document));
    await withStderrCaptured(() => handler({ argv: { api: input, o: outFile, inlineBundle: true }, config }));
    await writeFile(outFile, withoutRemoteLogo(await readFile(outFile, 'utf8')));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Redoc 3 always draws its "API docs by Redocly" badge from Redocly's CDN; even with the inlined bundle
 * that is a request leaving the page (and a console error offline). An empty inline SVG takes its place.
 */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
function withoutRemoteLogo(html: string): string {
  return html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, EMPTY_SVG);
}

/**
 * The handler prints banners and progress for an interactive CLI user; the build keeps them only
 * to explain a failure.
 */
async function withStderrCaptured(run: () => Promise<void>): Promise<void> {
  const originalWrite = process.stderr.write;
  let captured = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    captured += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    await run();
  } catch (error) {
    throw new Error(`Redocly build-docs failed: ${error instanceof Error ? error.message : error}\n${captured}`);
  } finally {
    process.stderr.write = originalWrite;
  }
}
