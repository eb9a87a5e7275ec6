/** Loads the two sides of a comparison: spec files, or the committed bundles at a git ref. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

export type Spec = Record<string, unknown>;

/** Parses JSON or YAML text (YAML is a superset of JSON) and checks that it is an OpenAPI document. */
export function parseSpec(text: string, origin: string): Spec {
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
