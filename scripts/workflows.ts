/**
 * `npm run workflows [-- <file.arazzo.yaml>...]`: starts a fresh sandbox on free ports, runs every workflow file
 * (default: workflows/*.arazzo.yaml) with `redocly respect` against it, stops the sandbox and prints one line per
 * file. Exits 1 when any step failed, 2 on bad input (no such file, a source the sandbox does not serve).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startMocks } from './mock/server.ts';
import { REPO_ROOT } from './lib/repo-root.mjs';
import { workflowFiles } from './workflows/files.ts';
import { respect } from './workflows/respect.ts';
import { sandboxInputs, sandboxServers, SOURCE_NAMES } from './workflows/sandbox-bindings.ts';
import { unservedSources } from './workflows/source-check.ts';

const USAGE = 'usage: npm run workflows [-- <file.arazzo.yaml>...]';

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const files = args.length ? args.map((file) => resolve(file)) : workflowFiles('.arazzo.yaml').map((file) => join(REPO_ROOT, file));
  const problems = files.length ? [] : ['no workflow files: workflows/*.arazzo.yaml'];
  for (const file of files) problems.push(...(existsSync(file) ? unservedSources(file, SOURCE_NAMES) : [`no such file: ${file}`]));
  if (problems.length) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }

  const sandbox = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
  const results: { file: string; code: number | null; seconds: number }[] = [];
  try {
    const servers = sandboxServers(sandbox.urls);
    const inputs = sandboxInputs();
    for (const file of files) {
      const started = performance.now();
      const code = await respect(file, servers, inputs);
      results.push({ file: relative(process.cwd(), file) || file, code, seconds: (performance.now() - started) / 1000 });
    }
  } finally {
    await sandbox.close();
  }
  console.log('\nworkflows:');
  for (const { file, code, seconds } of results)
    console.log(`  ${file}: ${code === 0 ? 'passed' : `FAILED (redocly respect exit ${code})`} in ${seconds.toFixed(1)}s`);
  const failed = results.filter(({ code }) => code !== 0).length;
  console.log(`${results.length - failed} of ${results.length} workflow files passed`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
