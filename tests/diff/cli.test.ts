/**
 * `npm run diff` end to end: exit status and Markdown for file pairs, and the git-ref mode in a throwaway
 * repository (single commit, parent commit, tag, missing bundle at the ref).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFiles } from './cases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const script = join(root, 'scripts/diff.ts');

function runDiff(args: string[], cwd = root) {
  const result = spawnSync(tsx, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a tsx process (about a second, more on a busy machine).
const CLI_TIMEOUT = 60_000;

const pair = (name: string) => {
  const files = caseFiles(name);
  return ['--base', files.before, '--head', files.after];
};

describe('npm run diff -- --base <file> --head <file>', { timeout: CLI_TIMEOUT }, () => {
  it('fails on a breaking change and prints it under "Breaking"', () => {
    const { status, stdout, stderr } = runDiff(pair('request-limit-narrowed'));
    expect(status).toBe(1);
    expect(stdout).toContain('## request-limit-narrowed 1.0.0 → 1.0.0');
    expect(stdout).toMatch(/### Breaking\n\n- `POST \/customers` .*maxLength.*`50` → `40`/);
    expect(stderr).toContain('breaking changes without a major version bump');
  });

  it('passes breaking changes that come with a new major version', () => {
    const { status, stdout } = runDiff(pair('major-version-bump'));
    expect(status).toBe(0);
    expect(stdout).toContain('## major-version-bump 1.0.0 → 2.0.0');
    expect(stdout).toContain('released as a new major version');
  });

  it('passes non-breaking changes', () => {
    const { status, stdout } = runDiff(pair('response-status-added'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/### Non-breaking\n\n- `GET \/customers\/\{id\}` \[Added\] Response 429/);
  });

  it('names the file when an input is not an OpenAPI document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-bad-'));
    writeFileSync(join(dir, 'broken.yaml'), 'openapi: 3.1.0\ninfo: [unclosed\n');
    writeFileSync(join(dir, 'plain.json'), '{"swagger": "2.0"}');
    try {
      const broken = runDiff(['--base', join(dir, 'broken.yaml'), '--head', caseFiles('operation-added').after]);
      expect(broken.status).toBe(2);
      expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: cannot parse/);
      const plain = runDiff(['--base', join(dir, 'plain.json'), '--head', caseFiles('operation-added').after]);
      expect(plain.status).toBe(2);
      expect(plain.stderr).toContain('plain.json: not an OpenAPI document');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bundles a multi-file spec first, so that it compares exactly like its bundle', () => {
    const base = join(root, 'releases/juspay/openapi.json');
    const spec = runDiff(['--base', base, '--head', join(root, 'spec/juspay/openapi.yaml')]);
    const bundle = runDiff(['--base', base, '--head', join(root, 'generated/juspay/openapi.json')]);
    const report = (stdout: string) => stdout.split('\n').slice(1).join('\n'); // the heading names the files
    expect(spec.stdout).toContain('## juspay ');
    expect(spec.stdout).not.toMatch(/operation-removed|unclassified/);
    expect(report(spec.stdout)).toBe(report(bundle.stdout));
    expect(spec.stderr).toBe(bundle.stderr);
    expect(spec.status).toBe(bundle.status);
  });

  it('names the file, the place and the target of a $ref that cannot be resolved (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-dangling-'));
    mkdirSync(join(dir, 'paths'));
    writeFileSync(join(dir, 'paths', 'customers.yaml'), 'get:\n  responses:\n    "200":\n      $ref: ../components/missing.yaml\n');
    writeFileSync(
      join(dir, 'openapi.yaml'),
      'openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /customers:\n    $ref: paths/customers.yaml\n',
    );
    try {
      const { status, stdout, stderr } = runDiff(['--base', join(dir, 'openapi.yaml'), '--head', caseFiles('operation-added').after], dir);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`diff: ${join(dir, 'openapi.yaml')}: cannot resolve its $refs`);
      expect(stderr).toMatch(
        /paths\/customers\.yaml:4:7 {2}error {2}bundler {2}Can't resolve \$ref: .*components\/missing\.yaml.* \(at #\/get\/responses\/200\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects half-given file arguments', () => {
    expect(runDiff(['--base', caseFiles('operation-added').before]).status).toBe(2);
  });
});

describe('npm run diff (against the last release) and npm run diff -- <git-ref>', { timeout: CLI_TIMEOUT }, () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Diff Test', '-c', 'user.email=diff-test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const put = (folder: 'generated' | 'releases', fixture: string, side: 'before' | 'after', apis = ['gateway', 'razorpay', 'juspay']) => {
    for (const api of apis) {
      mkdirSync(join(repo, folder, api), { recursive: true });
      cpSync(caseFiles(fixture)[side], join(repo, folder, api, 'openapi.json'));
    }
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'diff-repo-'));
    git('init', '--quiet', '--initial-branch=main');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('treats every API as new before its first release', () => {
    put('generated', 'request-limit-narrowed', 'before');
    git('add', '.');
    git('commit', '--quiet', '-m', 'first');
    const { status, stdout } = runDiff([], repo);
    expect(status).toBe(0);
    expect(stdout).toContain('since the last release (releases/)');
    expect(stdout.match(/New API/g)).toHaveLength(3);
  });

  it('compares the working tree with releases/ and fails on a breaking change without a major bump', () => {
    put('releases', 'request-limit-narrowed', 'before');
    writeFileSync(join(repo, 'CHANGELOG.md'), '## 1.0.0\n\n### gateway 1.0.0\n\n### razorpay 1.0.0\n\n### juspay 1.0.0\n');
    git('add', '.');
    git('commit', '--quiet', '-m', 'release 1.0.0');
    expect(runDiff([], repo).status).toBe(0);
    put('generated', 'request-limit-narrowed', 'after', ['razorpay']);
    const { status, stdout, stderr } = runDiff([], repo);
    expect(status).toBe(1);
    expect(stdout).toContain('## gateway 1.0.0 → 1.0.0\n\nNo changes.');
    expect(stdout).toMatch(/## razorpay 1\.0\.0 → 1\.0\.0\n\n### Breaking/);
    expect(stderr).toContain('razorpay: breaking changes without a major version bump');
  });

  it('fails when a release in releases/ is missing from CHANGELOG.md, or a version goes down', () => {
    put('generated', 'request-limit-narrowed', 'before', ['razorpay']);
    writeFileSync(join(repo, 'CHANGELOG.md'), '## 1.0.0\n\n### gateway 1.0.0\n\n### juspay 1.0.0\n');
    const unrecorded = runDiff([], repo);
    expect(unrecorded.status).toBe(1);
    expect(unrecorded.stderr).toContain(
      'releases/razorpay/openapi.json is release 1.0.0, but CHANGELOG.md has no "### razorpay 1.0.0" section',
    );
    git('checkout', '--quiet', 'CHANGELOG.md');
    put('releases', 'major-version-bump', 'after', ['juspay']);
    writeFileSync(join(repo, 'CHANGELOG.md'), '### gateway 1.0.0\n### razorpay 1.0.0\n### juspay 2.0.0\n');
    const lower = runDiff([], repo);
    expect(lower.status).toBe(1);
    expect(lower.stderr).toContain('juspay: info.version 1.0.0 is lower than the released 2.0.0');
    git('checkout', '--quiet', '.');
  });

  it('compares with the bundles at an explicit git ref, and rejects an unknown ref', () => {
    put('generated', 'request-limit-narrowed', 'after', ['razorpay']);
    expect(runDiff(['HEAD'], repo).status).toBe(1);
    git('commit', '--quiet', '-am', 'narrow razorpay');
    const sinceHead = runDiff(['HEAD'], repo);
    expect(sinceHead.status).toBe(0);
    expect(sinceHead.stdout).toContain('since HEAD — working tree');
    const unknown = runDiff(['no-such-ref'], repo);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('git ref "no-such-ref" does not name a commit');
  });
});
