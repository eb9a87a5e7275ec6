/**
 * The ecosystem's own commands work in this repository as their users expect, on the same redocly.yaml:
 * `npx openapi-typescript` (multi-API mode, `x-openapi-ts.output`) writes exactly generated/<api>/types.ts,
 * `npx redocly bundle <api>@v1` exactly generated/<api>/openapi.json, `npx redocly lint` passes and
 * `npx redocly build-docs <api>@v1` renders each reference.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './workspace.ts';

const APIS = ['gateway', 'razorpay', 'juspay'];
const TIMEOUT = 120_000;
let scratch: string;

function npx(command: string, args: string[], cwd = repoRoot) {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', command), args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  // The commands write where redocly.yaml says (generated/…): run them on a copy, then compare.
  scratch = mkdtempSync(join(tmpdir(), 'ecosystem-'));
  for (const entry of ['spec', 'redocly.yaml', '.redocly.lint-ignore.yaml'])
    cpSync(join(repoRoot, entry), join(scratch, entry), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the ecosystem commands', { timeout: TIMEOUT }, () => {
  it('npx openapi-typescript --default-non-nullable=false writes the same types.ts as npm run build, for every API', () => {
    const { status, output } = npx('openapi-typescript', ['--default-non-nullable=false'], scratch);
    expect(status, output).toBe(0);
    for (const api of APIS) {
      expect(readFileSync(join(scratch, 'generated', api, 'types.ts'), 'utf8'), `generated/${api}/types.ts`).toBe(
        readFileSync(join(repoRoot, 'generated', api, 'types.ts'), 'utf8'),
      );
    }
  });

  it('npx redocly bundle <api>@v1 writes the same openapi.json as npm run build', () => {
    for (const api of APIS) {
      const out = join(scratch, `${api}.bundle.json`);
      const { status, output } = npx('redocly', ['bundle', `${api}@v1`, '-o', out], scratch);
      expect(status, output).toBe(0);
      expect(readFileSync(out, 'utf8'), api).toBe(readFileSync(join(repoRoot, 'generated', api, 'openapi.json'), 'utf8'));
    }
  });

  it('npx redocly lint passes with the accepted ambiguity only', () => {
    const { status, output } = npx('redocly', ['lint']);
    expect(status, output).toBe(0);
    expect(output).toContain('Your API descriptions are valid');
    expect(output).toContain('1 problem is explicitly ignored');
  });

  it('npx redocly build-docs <api>@v1 renders each reference', () => {
    for (const api of APIS) {
      const out = join(scratch, `${api}.html`);
      const { status, output } = npx('redocly', ['build-docs', `${api}@v1`, '-o', out], scratch);
      expect(status, output).toBe(0);
      const title = JSON.parse(readFileSync(join(repoRoot, 'generated', api, 'openapi.json'), 'utf8')).info.title;
      expect(readFileSync(out, 'utf8')).toContain(`<title>${title}</title>`);
    }
  });
});
