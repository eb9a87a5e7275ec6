import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../scripts/build/build-error.mjs';
import { buildGenerated } from '../../scripts/build/build-contracts.mjs';
import { fixtureWorkspace, repoRoot, snapshotDir } from './workspace.ts';

const razorpay = 'spec/razorpay';
let workspace: { dir: string; configPath: string };
let outDir: string;

/** Replaces `search` in a workspace file, failing loudly if the fixture no longer contains it. */
async function edit(file: string, search: string | RegExp, replacement: string): Promise<void> {
  const absolute = path.join(workspace.dir, file);
  const before = await readFile(absolute, 'utf8');
  const after = before.replace(search, replacement);
  expect(after, `fixture ${file} no longer contains ${search}`).not.toBe(before);
  await writeFile(absolute, after);
}

/** The build must fail with `message` and leave the previous output byte-identical. */
async function expectFailureKeepingOutput(message: RegExp): Promise<void> {
  const before = await snapshotDir(outDir);
  const failure = await buildGenerated({ configPath: workspace.configPath, outDir }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(BuildError);
  expect((failure as Error).message).toMatch(message);
  expect(await snapshotDir(outDir)).toEqual(before);
}

beforeEach(async () => {
  workspace = await fixtureWorkspace();
  outDir = path.join(workspace.dir, 'generated');
  // A stand-in for the previous build: whatever is there must survive a failed build untouched.
  await buildGenerated({ configPath: workspace.configPath, outDir: outDir });
}, 30_000);

afterEach(() => rm(workspace.dir, { recursive: true, force: true }));

describe('a broken spec fails the build with file, line and rule, leaving the output intact', () => {
  it('YAML syntax error in a referenced file', async () => {
    await edit(`${razorpay}/components/schemas/RazorpayError.yaml`, 'description: The error envelope.', 'description: [unclosed');
    await expectFailureKeepingOutput(/spec\/razorpay\/components\/schemas\/RazorpayError\.yaml:\d+:\d+ .*no-unresolved-refs/);
  }, 30_000);

  it('YAML syntax error in the root document', async () => {
    await edit(`${razorpay}/openapi.yaml`, 'title: Razorpay Customers (fixture)', 'title: [unclosed');
    await expectFailureKeepingOutput(/spec\/razorpay\/openapi\.yaml:\d+:\d+ .*(yaml-syntax|no-unresolved-refs)/);
  }, 30_000);

  it('dangling $ref', async () => {
    await edit(`${razorpay}/components/responses/RazorpayBadRequest.yaml`, 'RazorpayError.yaml', 'RazorpayMissing.yaml');
    await expectFailureKeepingOutput(
      /spec\/razorpay\/components\/responses\/RazorpayBadRequest\.yaml:5:\d+ .*no-unresolved-refs .*RazorpayMissing\.yaml/,
    );
  }, 30_000);

  it('example that does not match its schema', async () => {
    await edit(`${razorpay}/components/examples/RazorpayCollectionExample.yaml`, 'count: 1', 'count: one');
    await expectFailureKeepingOutput(
      /spec\/razorpay\/components\/examples\/RazorpayCollectionExample\.yaml:5:\d+ .*no-invalid-media-type-examples .*count/,
    );
  }, 30_000);

  it('lint error', async () => {
    await edit(`${razorpay}/paths/customers.yaml`, /^ {2}summary: Create a customer\n/m, '');
    await expectFailureKeepingOutput(/spec\/razorpay\/paths\/customers\.yaml:\d+:\d+ .*operation-summary/);
  }, 30_000);

  it('a gateway operation without x-sdk (the SDK could not reach it)', async () => {
    await edit('spec/gateway/paths/customer_create.yaml', /^ {2}x-sdk:\n(?: {4}.*\n)+/m, '');
    await expectFailureKeepingOutput(/gateway: POST \/customer\/create \(createCustomer\) has no x-sdk/);
  }, 30_000);

  it('`npm run build` exits non-zero and prints the problem', async () => {
    await edit(`${razorpay}/paths/customers.yaml`, /^ {2}summary: Create a customer\n/m, '');
    const before = await snapshotDir(outDir);
    const run = promisify(execFile)('npm', ['run', '--silent', 'build'], {
      cwd: repoRoot,
      env: { ...process.env, CONTRACTS_CONFIG: workspace.configPath, CONTRACTS_OUT_DIR: outDir },
    });
    const failure = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code: number; stderr: string };
    expect(failure?.code).toBe(1);
    expect(failure.stderr).toMatch(/left unchanged/);
    expect(failure.stderr).toMatch(/spec\/razorpay\/paths\/customers\.yaml:\d+:\d+ .*operation-summary/);
    expect(await snapshotDir(outDir)).toEqual(before);
  }, 30_000);
});
