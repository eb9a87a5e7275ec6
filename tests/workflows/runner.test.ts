/**
 * `npm run workflows` end to end: a step whose success criterion does not hold fails the run (so the stage
 * cannot pass vacuously) while an intact copy of the same workflow passes in the same sandbox, and files the
 * runner must not run are refused before any request is made.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'workflows-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWorkflows(files: string[]): { status: number | null; output: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/workflows.ts'), ...files], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: stripVTControlCharacters(run.stdout + run.stderr), stderr: run.stderr };
}

/** The gateway's workflow file, written to `dir` with its source resolved to the repository's spec and `edit` applied. */
function gatewayWorkflow(name: string, edit: (text: string) => string = (text) => text): string {
  const original = readFileSync(join(root, 'workflows/gateway.arazzo.yaml'), 'utf8');
  const located = original.replace('url: ../spec/gateway/openapi.yaml', `url: ${join(root, 'spec/gateway/openapi.yaml')}`);
  expect(located).not.toBe(original);
  const file = join(dir, name);
  writeFileSync(file, edit(located));
  return file;
}

// Each run starts a sandbox and Respect (a few seconds each on a shared machine).
describe('npm run workflows', { timeout: 120_000 }, () => {
  it('fails the run on a success criterion that does not hold, and names the step and the file', () => {
    const intact = gatewayWorkflow('intact.arazzo.yaml');
    const wrongVendor =
      "          - condition: $response.body#/data/result/vendor == 'razorpay'\n          - condition: $response.body#/data/result/data/entity == 'customer'";
    const broken = gatewayWorkflow('broken.arazzo.yaml', (text) => {
      expect(text).toContain(wrongVendor);
      return text.replace(wrongVendor, wrongVendor.replace("vendor == 'razorpay'", "vendor == 'juspay'"));
    });

    const { status, output } = runWorkflows([intact, broken]);

    expect(status).toBe(1);
    expect(output).toMatch(/intact\.arazzo\.yaml: passed/);
    expect(output).toMatch(/broken\.arazzo\.yaml: FAILED \(redocly respect exit 1\)/);
    expect(output).toMatch(/✗ GET \/customer\/get - step getCustomer/);
    expect(output).toMatch(/✗ success criteria check - \$response\.body#\/data\/result\/vendor == 'juspay'/);
    expect(output).toMatch(/^1 of 2 workflow files passed$/m);
  });

  it('refuses a source description the sandbox does not serve, before starting anything', () => {
    const elsewhere = gatewayWorkflow('elsewhere.arazzo.yaml', (text) =>
      text.replace('  - name: gateway\n', '  - name: gatewayProduction\n'),
    );

    const { status, stderr } = runWorkflows([elsewhere]);

    expect(status).toBe(2);
    expect(stderr).toContain(`${elsewhere}: sourceDescriptions "gatewayProduction" is not one the sandbox serves`);
    expect(stderr).not.toMatch(/Running workflow/);
  });

  it('refuses a file that does not exist', () => {
    const missing = join(dir, 'missing.arazzo.yaml');

    const { status, stderr } = runWorkflows([missing]);

    expect(status).toBe(2);
    expect(stderr).toContain(`no such file: ${missing}`);
  });
});
