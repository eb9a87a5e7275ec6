/** Runs `redocly respect` on one workflow file, as a child process with the output inherited. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../lib/repo-root.mjs';

const REDOCLY = join(REPO_ROOT, 'node_modules', '.bin', 'redocly');

const pairs = (flag: string, values: Record<string, string>): string[] =>
  Object.entries(values).flatMap(([name, value]) => [flag, `${name}=${value}`]);

/** Resolves to Respect's exit code (null when it could not start or was killed). */
export function respect(file: string, servers: Record<string, string>, inputs: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(REDOCLY, ['respect', file, ...pairs('--server', servers), ...pairs('--input', inputs)], {
      cwd: REPO_ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', (error) => {
      console.error(`cannot start redocly respect: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
}
