import './build/env.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError } from './build/build-error.ts';
import { buildGenerated } from './build/build-contracts.ts';

// `npm run build`: regenerate generated/ from the specs named in redocly.yaml, atomically.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configPath = process.env.CONTRACTS_CONFIG ?? path.join(repoRoot, 'redocly.yaml');
const outDir = process.env.CONTRACTS_OUT_DIR ?? path.join(repoRoot, 'generated');

try {
  const started = performance.now();
  const { files } = await buildGenerated({ configPath, outDir });
  const elapsed = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Built ${files.length} files into ${path.relative(process.cwd(), outDir) || '.'} in ${elapsed} s.`);
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`Build failed; ${path.relative(process.cwd(), outDir)} was left unchanged.\n${error.message}`);
  process.exitCode = 1;
}
