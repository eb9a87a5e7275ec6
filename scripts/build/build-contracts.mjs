// @ts-check
import './env.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError } from './build-error.mjs';
import { renderChangelogPage } from './changelog-page.mjs';
import { SDK_RUNTIME_FILE, STRICT_CLIENT_SOURCE, renderClient } from './client-templates.mjs';
import { withCodeSamples } from './code-samples.mjs';
import { blockComment, generatedNotice, hashComment, htmlComment } from './generated-header.mjs';
import { generatedReadme } from './generated-readme.mjs';
import { renderLandingPage } from './landing-page.mjs';
import { HASH_FILE, buildInputsHash } from './inputs-hash.mjs';
import { replaceDirAtomically } from './output-dir.mjs';
import { renderSourcePages } from './source-pages.mjs';
import { postmanFiles } from './postman/files.mjs';
import { startBundleThread, startDocsThread, startPostmanThread, startTypesThread } from './threads.mjs';
import { publishedWorkflow, readWorkflows } from './workflow-files.mjs';
import { REPO_ROOT } from '../lib/repo-root.mjs';

/** Every reference page starts with the way back to the portal's landing page. */
const BACK_TO_PORTAL =
  '<nav style="font: 14px/1.5 system-ui, sans-serif; padding: 0.5rem 1rem; border-bottom: 1px solid #d9e2ec;"><a href="index.html">← CloudlessPay API references</a></nav>\n';

/**
 * @typedef {object} BuildOptions
 * @property {string} configPath redocly.yaml whose `apis` are built; paths in messages are relative to its directory.
 * @property {string} outDir Directory to fill; created if missing. Existing files with the same names are overwritten.
 */

/**
 * @typedef {object} BuildResult
 * @property {string[]} files Every file written, relative to `outDir`, sorted.
 * @property {Record<string, number>} timings Milliseconds from the start until each phase was done.
 */

/**
 * Lints and bundles every API of the config, then writes, per API, generated/<api>/openapi.{json,yaml},
 * types.ts and client.ts, plus docs/<api>.html, docs/index.html and README.md. Throws a BuildError
 * naming file, line and rule when a spec is broken; nothing is written in that case.
 *
 * Three worker threads share the work: the bundler thread lints and bundles the APIs one after another; as each
 * bundle arrives, the docs thread renders its page with Redoc (docs.mjs) and the types thread its types
 * (openapi-typescript), while the next API is linted. The YAML of the bundles comes last, as only the files
 * need it.
 * @param {BuildOptions} options
 * @returns {Promise<BuildResult>}
 */
export async function buildContracts({ configPath, outDir }) {
  const started = performance.now();
  /** @type {Record<string, number>} */
  const timings = {};
  const mark = (/** @type {string} */ phase) => (timings[phase] = Math.round(performance.now() - started));
  // The bundler loads its libraries while the main thread is still starting; the types thread is needed
  // later, so it waits until the bundler has loaded rather than compete with it.
  const bundler = startBundleThread(configPath);
  const docsThread = startDocsThread();
  /** @type {import('./threads.mjs').TypesThread | undefined} */
  let typesThread;
  /** @type {ReturnType<typeof startPostmanThread> | undefined} */
  let postmanThread;
  // Hashed before anything is read, so an edit made while the build runs makes the output look stale.
  const inputsHash = buildInputsHash(configPath);
  inputsHash.catch(() => {}); // awaited below
  try {
    const { rootDir, apis } = await bundler.call('apis');
    const types = (typesThread = startTypesThread());
    const postman = (postmanThread = startPostmanThread());
    const bundles = apis.map((api) => bundler.call('bundle', api));
    const yamls = apis.map((api) => bundler.call('yaml', api.alias));
    const generated = apis.map(async (api, index) => {
      const { document, problems } = await /** @type {(typeof bundles)[number]} */ (bundles[index]);
      if (problems.length > 0) return undefined;
      const page = {
        title: document.info.title,
        specUrl: `${api.name}/openapi.json`,
        head: htmlComment(generatedNotice(api.root, rootDir)),
        beforeContent: BACK_TO_PORTAL,
      };
      return Promise.all([
        docsThread.call('render', withCodeSamples(api.name, document), page),
        types.call('generate', document),
        postman.call('convert', document),
      ]);
    });
    // All awaited below, once lint problems have been reported; until then a failure must not count as unhandled.
    [...yamls, ...generated].forEach((result) => result.catch(() => {}));

    const linted = await Promise.all(bundles);
    const problems = [...new Set(linted.flatMap((bundle) => bundle.problems))]; // a vendor file shared by two APIs is reported once
    if (problems.length > 0) {
      throw new BuildError(`${problems.length} problem(s) in the OpenAPI descriptions:\n${problems.join('\n')}`);
    }
    mark('lint+bundle');

    const bundled = apis.map((api, index) => ({ ...api, document: /** @type {(typeof linted)[number]} */ (linted[index]).document }));
    /** @type {Map<string, string>} */
    const files = new Map();
    for (const [index, api] of bundled.entries()) {
      const notice = generatedNotice(api.root, rootDir);
      const json = JSON.stringify(api.document, null, 2); // byte for byte what `redocly bundle` writes
      const yaml = hashComment(notice) + (await yamls[index]);
      files.set(`${api.name}/openapi.json`, json);
      files.set(`${api.name}/openapi.yaml`, yaml);
      // The portal (docs/) is published on its own: it carries the bundles its pages offer for download.
      files.set(`docs/${api.name}/openapi.json`, json);
      files.set(`docs/${api.name}/openapi.yaml`, yaml);
      files.set(`${api.name}/client.ts`, blockComment(notice) + '\n' + renderClient(api.name, api.document));
      const [html, types, converted] = /** @type {[string, string, Record<string, any>]} */ (await generated[index]);
      // openapi-typescript's own header, so that its CLI (redocly.yaml's `x-openapi-ts`) writes the same file.
      files.set(`${api.name}/types.ts`, types);
      files.set(`docs/${api.name}.html`, html);
      // Published twice, like the bundles: in generated/postman/ and with the portal, which links them.
      for (const [file, content] of postmanFiles(api, converted)) {
        files.set(`postman/${file}`, content);
        files.set(`docs/postman/${file}`, content);
      }
    }
    files.set(
      'strict-client.ts',
      blockComment(generatedNotice(path.join(REPO_ROOT, 'scripts', 'build', '*'), REPO_ROOT, "the build's client templates")) +
        '\n' +
        STRICT_CLIENT_SOURCE,
    );
    files.set(
      'sdk-runtime.ts',
      blockComment(generatedNotice(fileURLToPath(SDK_RUNTIME_FILE), REPO_ROOT, "the SDK runtime's template")) +
        '\n' +
        (await readFile(SDK_RUNTIME_FILE, 'utf8')),
    );
    const sourcePages = await renderSourcePages(
      rootDir,
      htmlComment(generatedNotice(path.join(rootDir, 'docs', 'sources', '*'), rootDir, 'the vendor fact sheets')),
    );
    for (const [file, html] of sourcePages) files.set(file, html);
    const changelog = await renderChangelogPage(
      rootDir,
      htmlComment(['Generated — do not edit.', 'Source: CHANGELOG.md; regenerate with `npm run build`.']),
    );
    if (changelog) files.set('docs/changelog.html', changelog);
    /** @type {Map<string, string>} */
    const workflows = new Map();
    /** @type {Set<string>} */
    const descriptions = new Set();
    for (const [file, content] of await readWorkflows(rootDir)) {
      // Downloaded from the portal, the copy must find its sources there, not in spec/ (publishedWorkflow).
      const published = publishedWorkflow(rootDir, file, content, bundled);
      files.set(`docs/workflows/${file}`, published.content);
      published.descriptions.forEach((description) => descriptions.add(description));
      workflows.set(file.slice(0, -'.arazzo.yaml'.length), `workflows/${file}`);
    }
    // The descriptions beside the workflows (the sandbox's control routes), bundled: their `$ref`s into spec/
    // would not resolve in the portal.
    for (const description of [...descriptions].sort()) {
      const { yaml, problems } = await bundler.call('bundleDescription', description);
      if (problems.length > 0)
        throw new BuildError(`${problems.length} problem(s) in ${path.relative(rootDir, description)}:\n${problems.join('\n')}`);
      const notice = generatedNotice(description, rootDir, 'the workflows and the descriptions beside them');
      files.set(`docs/workflows/${path.basename(description)}`, hashComment(notice) + yaml);
    }
    files.set(
      'docs/index.html',
      renderLandingPage(bundled, htmlComment(generatedNotice(path.join(rootDir, 'spec', '*'), rootDir)), {
        sourcePages: [...sourcePages.keys()],
        workflows,
        changelog: changelog !== undefined,
      }),
    );
    files.set('README.md', generatedReadme(bundled));
    files.set(HASH_FILE, await inputsHash);
    mark('docs+types');

    await Promise.all(
      [...files].map(async ([file, content]) => {
        await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
        await writeFile(path.join(outDir, file), content);
      }),
    );
    mark('write');
    return { files: [...files.keys()].sort(), timings };
  } finally {
    await Promise.all([bundler.close(), typesThread?.close(), postmanThread?.close(), docsThread.close()]);
  }
}

/**
 * `buildContracts` into a staging directory, swapped in only when everything succeeded.
 * @param {BuildOptions} options
 * @returns {Promise<BuildResult>}
 */
export async function buildGenerated(options) {
  /** @type {BuildResult | undefined} */
  let result;
  await replaceDirAtomically(options.outDir, async (staging) => {
    result = await buildContracts({ ...options, outDir: staging });
  });
  return /** @type {BuildResult} */ (result);
}
