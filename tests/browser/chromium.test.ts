/** How the browser stage obtains Chromium on a machine without it: install as root, else fail with the command. */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, INSTALL_COMMAND, ensureChromium, type Machine } from './chromium.ts';

function machine(options: { installed: string[]; isRoot: boolean; aptWorks?: boolean }): Machine & { commands: string[] } {
  const files = new Set(options.installed);
  const commands: string[] = [];
  return {
    commands,
    isRoot: options.isRoot,
    say: () => {},
    exists: (path) => files.has(path),
    run(command, args) {
      commands.push(`${command} ${args.join(' ')}`);
      if (options.aptWorks === false) return { status: 100, output: 'E: Unable to locate package chromium' };
      if (args[0] === 'install') files.add(CHROMIUM_PATH);
      return { status: 0, output: '' };
    },
  };
}

describe('ensureChromium', () => {
  it('uses an installed Chromium without running anything', () => {
    const m = machine({ installed: [CHROMIUM_PATH, '/usr/bin/apt-get'], isRoot: true });
    expect(ensureChromium(m)).toBe(CHROMIUM_PATH);
    expect(m.commands).toEqual([]);
  });

  it("installs Debian's package when it runs as root", () => {
    const m = machine({ installed: ['/usr/bin/apt-get'], isRoot: true });
    expect(ensureChromium(m)).toBe(CHROMIUM_PATH);
    expect(m.commands).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium']);
  });

  it('fails with the one command to run when it cannot install', () => {
    const m = machine({ installed: ['/usr/bin/apt-get'], isRoot: false });
    expect(() => ensureChromium(m)).toThrow(`Run: ${INSTALL_COMMAND}`);
    expect(m.commands).toEqual([]);
  });

  it('reports a failed installation with the command and the output', () => {
    const m = machine({ installed: ['/usr/bin/apt-get'], isRoot: true, aptWorks: false });
    expect(() => ensureChromium(m)).toThrow(
      /apt-get update -qq failed \(exit 100\); run it by hand: sudo apt-get install -y chromium\nE: Unable/,
    );
  });
});
