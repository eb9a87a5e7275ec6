/**
 * The breaking-change gate sees every breaking change since the release, however many commits ago, in the kind
 * of clone CI gets (no tags, one commit deep). And `npm run release` records a release only when the gate and
 * the changelog agree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFiles } from './cases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const TIMEOUT = 60_000;

function run(script: string, args: string[], cwd: string) {
  const result = spawnSync(tsx, [join(root, script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the gate compares with the release, not with the previous commit', { timeout: TIMEOUT }, () => {
  let origin: string;
  let clone: string;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Gate Test', '-c', 'user.email=gate-test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const bundle = (dir: string, folder: string, fixture: string, side: string) => {
    for (const api of ['gateway', 'razorpay', 'juspay']) {
      mkdirSync(join(dir, folder, api), { recursive: true });
      cpSync(
        caseFiles(api === 'razorpay' ? fixture : 'response-property-removed')[api === 'razorpay' ? (side as 'before' | 'after') : 'before'],
        join(dir, folder, api, 'openapi.json'),
      );
    }
  };

  beforeAll(() => {
    origin = mkdtempSync(join(tmpdir(), 'gate-origin-'));
    git(origin, 'init', '--quiet', '--initial-branch=main');
    // The release: releases/ and generated/ agree, the changelog records it.
    bundle(origin, 'releases', 'response-property-removed', 'before');
    bundle(origin, 'generated', 'response-property-removed', 'before');
    writeFileSync(join(origin, 'CHANGELOG.md'), '## 1.0.0\n\n### gateway 1.0.0\n\n### razorpay 1.0.0\n\n### juspay 1.0.0\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '--quiet', '-m', 'release 1.0.0');
    // N commits back: a response property is removed, the version stays 1.0.0.
    bundle(origin, 'generated', 'response-property-removed', 'after');
    git(origin, 'commit', '--quiet', '-am', 'remove a response property');
    // Then unrelated commits, so the parent commit holds the same breaking change.
    for (const n of [1, 2]) {
      writeFileSync(join(origin, `notes-${n}.md`), `unrelated ${n}\n`);
      git(origin, 'add', '.');
      git(origin, 'commit', '--quiet', '-m', `unrelated ${n}`);
    }
    clone = mkdtempSync(join(tmpdir(), 'gate-clone-'));
    git(clone, 'clone', '--quiet', '--depth', '1', '--no-tags', `file://${origin}`, '.');
  });
  afterAll(() => {
    rmSync(origin, { recursive: true, force: true });
    rmSync(clone, { recursive: true, force: true });
  });

  it('a shallow, tagless clone sees the breaking change made three commits back and exits 1 naming it', () => {
    expect(git(clone, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    const { status, stdout, stderr } = run('scripts/diff.ts', [], clone);
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /## razorpay 1\.0\.0 → 1\.0\.0\n\n### Breaking\n\n- `POST \/customers` \[Removed\] property `created_at` in Response 200 .*rule `response-property-removed`/,
    );
    expect(stderr).toContain('razorpay: breaking changes without a major version bump');
  });

  it('the previous commit alone would have hidden it', () => {
    expect(run('scripts/diff.ts', ['HEAD~1'], origin).status).toBe(0);
  });
});

describe('npm run release', { timeout: TIMEOUT }, () => {
  let repo: string;
  const setup = (changelog: string, headFixture: string, side: string) => {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    for (const api of ['gateway', 'razorpay', 'juspay']) {
      mkdirSync(join(repo, 'releases', api), { recursive: true });
      mkdirSync(join(repo, 'generated', api), { recursive: true });
      cpSync(caseFiles('major-version-bump').before, join(repo, 'releases', api, 'openapi.json'));
      cpSync(
        caseFiles(api === 'razorpay' ? headFixture : 'major-version-bump')[api === 'razorpay' ? (side as 'before' | 'after') : 'before'],
        join(repo, 'generated', api, 'openapi.json'),
      );
    }
    writeFileSync(join(repo, 'CHANGELOG.md'), changelog);
  };
  // releaseApis is the release command without its freshness check (which is about this repository's build).
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'release-'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('says which API name it does not know', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release.ts', 'razorpy'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^release: unknown API 'razorpy'\nusage: npm run release/);
  });

  it('refuses a breaking change without a major version, then records a major release in releases/', async () => {
    const { releaseApis } = await import('../../scripts/release.ts');
    setup('### gateway 1.0.0\n### razorpay 1.0.0\n### juspay 1.0.0\n', 'response-property-removed', 'after');
    const refused = releaseApis(['razorpay'], repo);
    expect(refused.refusals).toEqual(['razorpay: raise info.version above the released 1.0.0 (it is 1.0.0)']);
    setup('### gateway 1.0.0\n### razorpay 1.1.0\n### juspay 1.0.0\n', 'minor-version-bump', 'after');
    expect(releaseApis(['razorpay'], repo).refusals).toEqual(['razorpay: breaking changes need a new major version']);
    setup('### gateway 1.0.0\n### razorpay 1.0.0\n### juspay 1.0.0\n', 'major-version-bump', 'after');
    expect(releaseApis(['razorpay'], repo).refusals).toEqual([
      'razorpay: CHANGELOG.md has no "### razorpay 2.0.0" section; add one with the lines above',
    ]);
    expect(readFileSync(join(repo, 'releases/razorpay/openapi.json'), 'utf8')).toBe(
      readFileSync(caseFiles('major-version-bump').before, 'utf8'),
    );
    setup('### gateway 1.0.0\n### razorpay 2.0.0\n### razorpay 1.0.0\n### juspay 1.0.0\n', 'major-version-bump', 'after');
    const released = releaseApis(['razorpay'], repo);
    expect(released.refusals).toEqual([]);
    expect(readFileSync(join(repo, 'releases/razorpay/openapi.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'generated/razorpay/openapi.json'), 'utf8'),
    );
    expect(releaseApis(['razorpay'], repo).refusals).toEqual(['razorpay: nothing changed since release 2.0.0']);
  });
});
