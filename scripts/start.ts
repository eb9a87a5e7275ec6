/**
 * `npm start [-- <mock options>]`: rebuild generated/ if what it was built from changed (by content, see
 * build/inputs-hash.mjs), then run the three sandboxes (scripts/mock.ts: ports, `--examples`, `--seed`, `--state`)
 * and serve generated/docs on http://127.0.0.1:8080 (PORT overrides), until Ctrl-C / SIGTERM.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { API_NAMES } from './apis/index.mjs';
import { MOCK_USAGE, mockOptionsFrom, wantsHelp } from './mock/cli-options.ts';
import { portFromEnv } from './mock/ports.ts';
import { startMocks } from './mock/server.ts';
import { stopOnSignals } from './mock/shutdown.ts';
import { staleReason } from './mock/staleness.ts';
import { serveStatic } from './mock/static-docs.ts';
import { REPO_ROOT } from './lib/repo-root.mjs';

if (wantsHelp(process.argv.slice(2))) {
  console.log(`usage: npm start -- ${MOCK_USAGE}`);
  process.exit(0);
}

try {
  const reason = await staleReason(REPO_ROOT);
  if (reason) {
    console.log(`${reason}: running npm run build`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
  }
  const options = mockOptionsFrom(process.argv.slice(2));
  const mocks = await startMocks(options);
  const docs = await serveStatic(path.join(REPO_ROOT, 'generated', 'docs'), portFromEnv('PORT', 8080), options.host!).catch(
    async (error: Error) => {
      await mocks.close();
      throw error;
    },
  );
  stopOnSignals(async () => {
    await Promise.all([mocks.close(), docs.close()]);
  });
  console.log(options.mode === 'examples' ? 'The documented examples (Prism):' : 'The sandbox (stateful; see the README):');
  for (const api of API_NAMES) console.log(`${api.padEnd(8)} mock ready at ${mocks.urls[api]}`);
  for (const [api, { url }] of Object.entries(options.webhooks ?? {})) console.log(`${api.padEnd(8)} webhooks go to ${url}`);
  console.log(`docs     served at ${docs.url}`);
} catch (error) {
  console.error(`start: ${(error as Error).message}\nusage: npm start -- ${MOCK_USAGE}`);
  process.exit(1);
}
