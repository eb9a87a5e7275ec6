/**
 * A plain clone must stand on its own: no tracked file may read or name a path outside the repository.
 * Two ways a file can point out: an absolute path into the machine it was written on (the repository's
 * parent folder, or a home directory), and a relative path (`../…` in code, a `$ref`, a Markdown link)
 * that climbs above the repository root from the file's own folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
/**
 * Left out: generated Redoc pages, which embed minified third-party code whose strings are not paths of
 * ours, and this file, whose own test cases name outside paths on purpose.
 */
const SKIPPED = [/^generated\/docs\/[^/]+\.html$/, /^tests\/repository\/self-contained\.test\.ts$/];
const RELATIVE = /(?<![\w./-])((?:\.\.\/)+)([^\s'"`)\]>,;]*)/g;

function trackedTextFiles(): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((file) => file !== '' && !SKIPPED.some((skipped) => skipped.test(file)))
    .filter((file) => {
      try {
        return !readFileSync(path.join(root, file)).includes(0);
      } catch {
        return false; // deleted in the working tree
      }
    });
}

/** `file:line text` for every relative path in `text` that leaves the repository from `file`'s folder. */
export function escapingPaths(file: string, text: string, repoRoot = root): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(RELATIVE)) {
      const target = path.resolve(repoRoot, path.dirname(file), match[1]! + match[2]!);
      if (target !== repoRoot && !target.startsWith(`${repoRoot}/`)) found.push(`${file}:${index + 1} ${match[0]}`);
    }
  });
  return found;
}

/** `file:line text` for every absolute path into the folders around the repository. */
export function absoluteOutsidePaths(file: string, text: string, repoRoot = root): string[] {
  const outside = [path.dirname(repoRoot), '/home/', '/root/', '/Users/'].map((prefix) => (prefix.endsWith('/') ? prefix : `${prefix}/`));
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const prefix of outside) {
      let at = line.indexOf(prefix);
      while (at !== -1) {
        if (!line.startsWith(`${repoRoot}/`, at) && !/[\w.-]/.test(line[at - 1] ?? ' '))
          found.push(`${file}:${index + 1} ${line.slice(at, at + 60)}`);
        at = line.indexOf(prefix, at + 1);
      }
    }
  });
  return found;
}

describe('the repository stands on its own', () => {
  it('the checks find what they look for', () => {
    expect(
      escapingPaths('tests/contract/x.test.ts', "new URL('../../../sibling/notes/fixtures/', import.meta.url)", '/r/repo'),
    ).toHaveLength(1);
    expect(escapingPaths('README.md', 'see [facts](../sibling/notes/razorpay.md)', '/r/repo')).toHaveLength(1);
    expect(escapingPaths('spec/razorpay/paths/customers.yaml', '$ref: ../components/schemas/RazorpayCustomer.yaml', '/r/repo')).toEqual([]);
    expect(escapingPaths('.ci/run', 'cd "$(dirname "$0")/.."', '/r/repo')).toEqual([]);
    expect(absoluteOutsidePaths('a.ts', "readFileSync('/r/sibling/notes/x.json')", '/r/repo')).toHaveLength(1);
    expect(absoluteOutsidePaths('a.ts', "readFileSync('/r/repo/spec/x.yaml')", '/r/repo')).toEqual([]);
  });

  it('no tracked file names a path outside the repository', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return [...escapingPaths(file, text), ...absoluteOutsidePaths(file, text)];
    });
    expect(findings).toEqual([]);
  });
});
