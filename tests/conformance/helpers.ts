/** Shared by the conformance tests: the repository root and a runner for the CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const recordings = (name: string): string => join(repoRoot, 'tests/recordings', name);

export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/conformance.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'conformance-')), name);
  writeFileSync(file, content);
  return file;
}

/** A Razorpay customer as the server returns it, for building recorded exchanges. */
export const customer = {
  id: 'cust_1Aa00000000001',
  entity: 'customer',
  name: 'Gaurav Kumar',
  email: 'gaurav.kumar@example.com',
  contact: '9123456780',
  gstin: null,
  notes: [],
  created_at: 1655298731,
};
