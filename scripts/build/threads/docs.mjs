import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { serve } from './serve.mjs';

// Renders Redoc pages with Redocly CLI's `build-docs`, using the options of redocly.yaml (`workerData.configPath`).
const cliReady = loadCli();
cliReady.catch(() => {}); // reported by the first call
const configReady = cliReady.then(({ loadConfig }) => loadConfig({ configPath: path.resolve(workerData.configPath) }));
configReady.catch(() => {});

serve({
  /**
   * One self-contained page (`--inlineBundle`: Redoc's script is embedded, nothing is fetched from a
   * CDN, no web fonts) for an already bundled document; returns the HTML.
   */
  async render(alias, document) {
    const [{ handler }, config] = await Promise.all([cliReady, configReady]);
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'cloudlesspay-docs-'));
    try {
      const input = path.join(scratch, 'openapi.json');
      const output = path.join(scratch, 'docs.html');
      await writeFile(input, JSON.stringify(document));
      await withStderrCaptured(() => handler({ argv: { api: input, o: output, inlineBundle: true }, config: config.forAlias(alias) }));
      return withoutRemoteLogo(await readFile(output, 'utf8'));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  },
});

/**
 * Redocly CLI's `build-docs` handler and the `loadConfig` the CLI calls it with, which comes with
 * the copy of openapi-core bundled into the CLI (the handler uses it anyway; loading the separate
 * @redocly/openapi-core package too would cost this thread as much CPU time again). The CLI ships
 * as one bundle with hashed chunk and export names, so both are found the way the CLI itself finds
 * them, from lib/index.js.
 */
async function loadCli() {
  const cliDir = path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json'));
  const index = await readFile(path.join(cliDir, 'lib', 'index.js'), 'utf8');
  const changed = (what) => new Error(`cannot find ${what} in ${cliDir}/lib/index.js (Redocly CLI changed its layout)`);
  const handlerChunk = /\{handlerBuildCommand:\w+\}=await import\("\.\/(chunks\/[\w-]+\.js)"\)/.exec(index)?.[1];
  if (!handlerChunk) throw changed('the build-docs chunk');
  const loadConfigName = /await (\w+)\(\{configPath:\w+\.config,customExtends:/.exec(index)?.[1];
  const configImport =
    loadConfigName && new RegExp(`import\\{[^}]*?\\b(\\w+) as ${loadConfigName}\\b[^}]*\\}from"\\./(chunks/[\\w-]+\\.js)"`).exec(index);
  if (!configImport) throw changed('loadConfig');
  const [, loadConfigExport, configChunk] = configImport;
  const load = (chunk) => import(pathToFileURL(path.join(cliDir, 'lib', chunk)).href);
  const [handlerModule, configModule] = await Promise.all([load(handlerChunk), load(configChunk)]);
  return { handler: handlerModule.handlerBuildCommand, loadConfig: configModule[loadConfigExport] };
}

/**
 * Redoc 3 always draws its "API docs by Redocly" badge from Redocly's CDN; even with the inlined bundle
 * that is a request leaving the page (and a console error offline). An empty inline SVG takes its place.
 */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
function withoutRemoteLogo(html) {
  return html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, EMPTY_SVG);
}

/** The handler prints banners and progress for an interactive CLI user; the build keeps them only to explain a failure. */
async function withStderrCaptured(run) {
  const originalWrite = process.stderr.write;
  let captured = '';
  process.stderr.write = (chunk) => {
    captured += String(chunk);
    return true;
  };
  try {
    await run();
  } catch (error) {
    throw new Error(`Redocly build-docs failed: ${error instanceof Error ? error.message : error}\n${captured}`);
  } finally {
    process.stderr.write = originalWrite;
  }
}
