/**
 * Debian's Chromium driven by playwright-core. No browser is downloaded from the web: the test uses
 * /usr/bin/chromium, and when it is missing installs Debian's package itself if it runs as root (CI, fresh
 * machines); otherwise it fails (never skips) with the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';
/** apt-get update + install on a fresh machine; generous, since mirrors can be slow. */
export const INSTALL_TIMEOUT_MS = 6 * 60_000;

// Nothing in the browser may phone home: the test asserts that no request leaves the page.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Machine {
  exists(path: string): boolean;
  isRoot: boolean;
  /** Tells the person watching the run what is happening (an install takes a while). */
  say(message: string): void;
  /** Runs a command, returning its exit status and the tail of its output. */
  run(command: string, args: string[]): { status: number | null; output: string };
}

const thisMachine: Machine = {
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  say: (message) => void process.stderr.write(`${message}\n`),
  run(command, args) {
    const result = spawnSync(command, args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: INSTALL_TIMEOUT_MS,
    });
    return {
      status: result.status,
      output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}`.slice(-2000),
    };
  },
};

/** The Chromium to launch: the installed one, or Debian's package installed now (as root); else a clear error. */
export function ensureChromium(machine: Machine = thisMachine): string {
  if (machine.exists(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (!machine.isRoot || !machine.exists('/usr/bin/apt-get')) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH} and this process cannot install it (not root, or no apt-get). Run: ${INSTALL_COMMAND}`,
    );
  }
  machine.say(`Chromium is missing: installing Debian's package (apt-get install chromium)…`);
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const { status, output } = machine.run('apt-get', args);
    if (status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${status}); run it by hand: ${INSTALL_COMMAND}\n${output}`);
  }
  if (!machine.exists(CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing; run: ${INSTALL_COMMAND}`);
  return CHROMIUM_PATH;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'docs-test-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
