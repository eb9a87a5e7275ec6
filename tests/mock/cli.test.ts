/**
 * `npm run mock` as a process: ports from the environment, a ready line per base URL, and a clean stop on
 * SIGTERM / SIGINT (exit 0, every port closed, no process of the tree left running).
 *
 * Ctrl-C in a terminal signals the whole foreground process group, so the npx run is started in its own
 * group and signalled as a group. npm ends by the signal it received (it raises it again once its child is gone),
 * so its status says nothing about the mock: the mock's own stop shows in what it writes to stderr, which the
 * whole tree shares: that it is stopping, and never that stopping failed (its only way to exit 1). The tsx entry
 * point is also signalled alone, as a supervisor would, and must exit 0 itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../scripts/apis/index.mjs';
import { authHeaders } from './helpers.ts';

async function startCli(command: string[]): Promise<{ child: ChildProcess; urls: Record<ApiName, string>; stderr: Promise<string> }> {
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, MOCK_GATEWAY_PORT: '0', MOCK_RAZORPAY_PORT: '0', MOCK_JUSPAY_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Ends when the last process of the tree holding the pipe has exited.
  const stderr = (async () => {
    let text = '';
    for await (const chunk of child.stderr!) text += chunk;
    return text;
  })();
  const urls = {} as Record<ApiName, string>;
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const found = /^(\w+)\s+mock ready at (\S+)$/.exec(line);
    if (found) urls[found[1] as ApiName] = found[2]!;
    if (API_NAMES.every((api) => urls[api])) break;
  }
  return { child, urls, stderr };
}

async function refused(url: string): Promise<boolean> {
  return fetch(url).then(
    () => false,
    () => true,
  );
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to 5 s for every process of the group to exit. */
async function groupGone(pgid: number): Promise<boolean> {
  for (let waited = 0; waited < 5000; waited += 100) {
    if (!groupAlive(pgid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

type Exit = { code: number | null; killedBy: NodeJS.Signals | null };
type Deliver = (child: ChildProcess, signal: NodeJS.Signals) => void;
const group: Deliver = (child, signal) => process.kill(-child.pid!, signal);
const alone: Deliver = (child, signal) => void child.kill(signal);
/** What, how it is signalled, how the signalled process itself ends, and the reason the mock gives for stopping. */
const CASES: Array<[string, string[], NodeJS.Signals, Deliver, Exit, RegExp]> = [
  [
    'Ctrl-C (SIGINT to the npx process group)',
    ['npx', 'tsx', 'scripts/mock.ts'],
    'SIGINT',
    group,
    { code: null, killedBy: 'SIGINT' },
    /^SIGINT: stopping$/m,
  ],
  [
    'SIGTERM to the npx process group',
    ['npx', 'tsx', 'scripts/mock.ts'],
    'SIGTERM',
    group,
    { code: null, killedBy: 'SIGTERM' },
    /^SIGTERM: stopping$/m,
  ],
  [
    'SIGTERM to the tsx entry point alone',
    ['node_modules/.bin/tsx', 'scripts/mock.ts'],
    'SIGTERM',
    alone,
    { code: 0, killedBy: null },
    /^SIGTERM: stopping$/m,
  ],
  // A CI script's `npm run mock & …; kill $!`: npm's shell dies without passing the signal on; the mock notices.
  [
    'SIGTERM to `npm run mock` alone',
    ['npm', 'run', 'mock'],
    'SIGTERM',
    alone,
    { code: null, killedBy: 'SIGTERM' },
    /^the parent process \(\d+\) is gone: stopping$/m,
  ],
];

describe('npm run mock', () => {
  for (const [what, command, signal, deliver, exit, reason] of CASES) {
    it(`prints the three base URLs, serves them, and stops cleanly on ${what}`, async () => {
      const { child, urls, stderr } = await startCli(command);
      try {
        expect(urls.razorpay).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
        expect(urls.gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
        expect(urls.juspay).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(`${urls.razorpay}/customers`, { headers: authHeaders('razorpay') });
        expect(response.status).toBe(200);
        const exited = once(child, 'exit');
        deliver(child, signal);
        const [code, killedBy] = await exited;
        expect({ code, killedBy }, 'the signalled process').toEqual(exit);
        expect(await groupGone(child.pid!), 'processes of the group still run').toBe(true);
        const said = await stderr;
        expect(said, 'the mock says why it stops').toMatch(reason);
        expect(said).not.toContain('failed to stop cleanly');
        for (const api of API_NAMES) expect(await refused(urls[api]), `${api} still answers`).toBe(true);
      } finally {
        if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL');
      }
    }, 30_000);
  }
});

describe('npm run mock -- --help', () => {
  it('prints the usage and exits 0, starting nothing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/mock.ts', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run mock -- \[--examples\]/);
    expect(run.stdout).not.toContain('ready');
  });
});
