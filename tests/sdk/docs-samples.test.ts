/**
 * The gateway reference's SDK samples (x-codeSamples, scripts/build/code-samples.mjs) compile against the
 * generated SDK as they stand: an integrator who copies one gets code that type-checks, example values included.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCodeSamples } from '../../scripts/build/code-samples.mjs';
import { listOperations } from '../../scripts/lib/operations.mjs';
import { repoRoot } from '../build/workspace.ts';
import { gateway } from './helpers.ts';

const samples = listOperations(withCodeSamples('gateway', gateway.spec)).map((operation) => ({
  operationId: operation.operationId,
  sample: (operation.operation['x-codeSamples'] as { label: string; source: string }[]).find((sample) => sample.label === 'SDK'),
}));

let dir: string;
beforeAll(async () => {
  // Inside the repository, so that the generated client resolves openapi-fetch.
  dir = await mkdtemp(path.join(repoRoot, '.build-tmp-samples-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the gateway reference's SDK samples", () => {
  it('are on every operation and type-check against the generated SDK', async () => {
    const files: string[] = [];
    for (const { operationId, sample } of samples) {
      expect(sample, operationId).toBeDefined();
      const file = path.join(dir, `${operationId}.mts`);
      await writeFile(file, `${sample!.source}\nexport {};\n`);
      files.push(file);
    }
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      paths: { 'cloudlesspay-contracts/gateway': [path.join(repoRoot, 'generated/gateway/client.ts')] },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}: ` : '';
      return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
