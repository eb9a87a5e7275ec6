import './env.ts';
import { YamlParseError, type Config } from '@redocly/openapi-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError, formatProblems } from './build-error.ts';
import { renderClient } from './client-templates.ts';
import { withCodeSamples } from './code-samples.ts';
import { blockComment, generatedNotice, hashComment, htmlComment } from './generated-header.ts';
import { renderLandingPage } from './landing-page.ts';
import { lintAndBundle } from './lint-and-bundle.ts';
import { loadApis, type ApiEntry } from './load-config.ts';
import { replaceDirAtomically } from './output-dir.ts';
import { generatedReadme } from './generated-readme.ts';
import { loadBuildDocsHandler, renderDocs } from './render-docs.ts';
import { bundleToJson, bundleToYaml } from './serialize-bundle.ts';
import { TypesThread } from './types-thread.ts';

export interface BuildOptions {
  /** redocly.yaml whose `apis` are built; paths in messages are relative to its directory. */
  configPath: string;
  /** Directory to fill; created if missing. Existing files with the same names are overwritten. */
  outDir: string;
}

export interface BuildResult {
  /** Every file written, relative to `outDir`, sorted. */
  files: string[];
  /** Wall time of each phase in milliseconds. */
  timings: Record<string, number>;
}

/**
 * Lints and bundles every API of the config, then writes, per API, generated/<api>/openapi.{json,yaml},
 * types.ts and client.ts, plus docs/<api>.html, docs/index.html and README.md. Throws a BuildError
 * naming file, line and rule when a spec is broken; nothing is written in that case.
 */
export async function buildContracts({ configPath, outDir }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const mark = (phase: string) => (timings[phase] = Math.round(performance.now() - started));
  // Both load slowly; start them before linting so the loading overlaps with it.
  const typesThread = new TypesThread();
  const docsHandler = loadBuildDocsHandler();
  docsHandler.catch(() => {}); // awaited below; this only stops an early failure counting as unhandled
  try {
    const { config, apis, rootDir } = await loadApis(configPath);
    const { bundled, problems } = await lintAndBundleOrExplain(config, apis, rootDir);
    if (problems.length > 0) {
      throw new BuildError(`${problems.length} problem(s) in the OpenAPI descriptions:\n${formatProblems(problems, rootDir)}`);
    }
    mark('lint+bundle');

    const files = new Map<string, string>();
    const types = Promise.all(bundled.map((api) => typesThread.generate(api.document)));
    types.catch(() => {}); // awaited below, unless docs fail first and the thread is closed under it
    for (const api of bundled) {
      const notice = generatedNotice(api.root, rootDir);
      files.set(`${api.name}/openapi.json`, bundleToJson(api.document));
      files.set(`${api.name}/openapi.yaml`, hashComment(notice) + bundleToYaml(api.document));
      files.set(`${api.name}/client.ts`, blockComment(notice) + '\n' + renderClient(api.name));
    }
    await mkdir(path.join(outDir, 'docs'), { recursive: true });
    await docsHandler;
    for (const api of bundled) {
      const docsFile = path.join(outDir, 'docs', `${api.name}.html`);
      await renderDocs(withCodeSamples(api.name, api.document), config.forAlias(api.alias), docsFile);
      files.set(`docs/${api.name}.html`, await withHtmlNotice(docsFile, generatedNotice(api.root, rootDir)));
    }
    files.set('docs/index.html', renderLandingPage(bundled, htmlComment(generatedNotice(path.join(rootDir, 'spec', '*'), rootDir))));
    mark('docs');
    (await types).forEach((source, index) => {
      const api = bundled[index]!;
      files.set(`${api.name}/types.ts`, blockComment(generatedNotice(api.root, rootDir)) + '\n' + source);
    });
    mark('types');
    files.set('README.md', generatedReadme(bundled));

    await Promise.all(
      [...files].map(async ([file, content]) => {
        await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
        await writeFile(path.join(outDir, file), content);
      }),
    );
    mark('write');
    return { files: [...files.keys()].sort(), timings };
  } finally {
    await typesThread.close();
  }
}

/** `buildContracts` into a staging directory, swapped in only when everything succeeded. */
export async function buildGenerated(options: BuildOptions): Promise<BuildResult> {
  let result: BuildResult | undefined;
  await replaceDirAtomically(options.outDir, async (staging) => {
    result = await buildContracts({ ...options, outDir: staging });
  });
  return result!;
}

async function lintAndBundleOrExplain(config: Config, apis: ApiEntry[], rootDir: string) {
  try {
    return await lintAndBundle(config, apis);
  } catch (error) {
    // A root document that is not valid YAML is thrown rather than reported as a problem.
    if (error instanceof YamlParseError) {
      const { source, line, col } = error as YamlParseError & { line: number; col: number };
      throw new BuildError(`${path.relative(rootDir, source.absoluteRef)}:${line}:${col}  error  yaml-syntax  ${error.message}`);
    }
    throw error;
  }
}

async function withHtmlNotice(file: string, notice: string[]): Promise<string> {
  const html = await readFile(file, 'utf8');
  const doctypeEnd = html.indexOf('>') + 1;
  return `${html.slice(0, doctypeEnd)}\n${htmlComment(notice)}${html.slice(doctypeEnd).replace(/^\n/, '')}`;
}
