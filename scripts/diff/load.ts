/** Loads the two sides of a comparison: spec files, or the committed bundles at a git ref. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '@redocly/openapi-core';
import { parseDocument } from 'yaml';
import { bundleFile, configForFile, formatProblem } from '../build/bundle-file.mjs';
import { REPO_ROOT } from '../lib/repo-root.mjs';

/** redocly.yaml, loaded once for both files. */
let configReady: Promise<Config> | undefined;

export type Spec = Record<string, unknown>;

/** Parses JSON or YAML text (YAML is a superset of JSON) and checks that it is an OpenAPI document. */
function parseSpec(text: string, origin: string): Spec {
  const document = parseDocument(text, { prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const where = error.linePos?.[0] ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
    throw new Error(`${origin}${where}: cannot parse: ${error.message.split('\n')[0]}`);
  }
  const spec: unknown = document.toJS();
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec) || !('openapi' in spec)) {
    throw new Error(`${origin}: not an OpenAPI document (no top-level \`openapi\` field)`);
  }
  return spec as Spec;
}

export function loadSpecFile(file: string): Spec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return parseSpec(text, file);
}

/**
 * A spec file as its bundle: a multi-file spec's external `$ref`s (`paths/…`, `components/…`) resolved by the
 * build's own bundling (scripts/build/bundle-file.mjs, with redocly.yaml), so that `spec/<api>/openapi.yaml` compares
 * exactly like generated/<api>/openapi.json; api-smart-diff cannot follow a `$ref` to another file and reported its
 * operations as removed. A bundle or single-file spec comes back unchanged. A `$ref` that cannot be resolved is an
 * error naming the file, the place of the `$ref` and the file it points at.
 */
export async function loadBundledSpecFile(file: string): Promise<Spec> {
  loadSpecFile(file); // the parse and "is it OpenAPI" errors, with their line and column, come first
  configReady ??= loadConfig({ configPath: join(REPO_ROOT, 'redocly.yaml') });
  const config = await configReady;
  const { document, problems } = await bundleFile(file, configForFile(config, REPO_ROOT, file));
  if (problems.length > 0) {
    const lines = problems.map((problem) => `  ${formatProblem(problem, process.cwd())}`);
    throw new Error(`${file}: cannot resolve its $refs:\n${lines.join('\n')}`);
  }
  return document;
}

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The command's trimmed output ('' for a silent success), or undefined when git fails. */
function gitSucceeds(args: string[]): string | undefined {
  try {
    return git(args).trim();
  } catch {
    return undefined;
  }
}

export function assertRefExists(ref: string): void {
  if (gitSucceeds(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) {
    throw new Error(`git ref "${ref}" does not name a commit in this repository`);
  }
}

/** The bundle committed at `ref`, or undefined when that commit has no such file (the API is new). */
export function loadSpecAtRef(ref: string, file: string): Spec | undefined {
  if (gitSucceeds(['cat-file', '-e', `${ref}:${file}`]) === undefined) return undefined;
  return parseSpec(git(['show', `${ref}:${file}`]), `${ref}:${file}`);
}
