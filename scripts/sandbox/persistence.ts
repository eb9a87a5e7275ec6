/**
 * The sandbox's state on disk. `--seed <file>` loads a state file at start-up; `--state <file>` loads it when it
 * exists and keeps it up to date. Writes are atomic: the state is written to a temporary file beside the target,
 * flushed to disk and renamed over it, so a kill at any moment leaves the old state or the new one, never a torn
 * file. Writes are coalesced (at most one every WRITE_DELAY_MS while requests keep changing the state) and the last
 * one is made on close.
 *
 * A state file is checked before anything of it is used: its shape, and every entity against the spec schema of
 * its collection; a problem is reported with the file and the JSON pointer of the entity at fault.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Contract } from '../lib/contract.ts';
import { escapePointer } from '../lib/local-ref.mjs';
import { parseUntrustedJson } from '../lib/untrusted.ts';
import {
  isClockOffset,
  MAX_CLOCK_OFFSET_SECONDS,
  STATE_FORMAT,
  type CollectionDefinition,
  type Entity,
  type SandboxState,
  type SavedState,
} from './state.ts';

const WRITE_DELAY_MS = 100;

export class StateFileError extends Error {}

/** The collections each API's sandbox keeps, with the schema (a pointer into its spec) of their entities. */
export type CollectionSchemas = Record<string, { contract: Contract; collections: Record<string, CollectionDefinition> }>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const failsOnToken = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    return /Unexpected token/.test((error as Error).message);
  }
};

/**
 * Where JSON.parse found `text` invalid: the position its message gives; else, as V8 names an unexpected token
 * without one, the last character of the shortest prefix that fails on it (a prefix cut before the token fails as
 * truncated: "Unexpected end", or a position at its end).
 */
function syntaxErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (!/Unexpected token/.test(message)) return text.length; // "Unexpected end of JSON input"
  let holds = text.length; // a prefix this long fails on the token
  let short = 0; // one this long does not
  while (holds - short > 1) {
    const middle = Math.floor((holds + short) / 2);
    if (failsOnToken(text.slice(0, middle))) holds = middle;
    else short = middle;
  }
  return holds - 1;
}

/** `line:column` (both from 1, columns in UTF-16 units as JavaScript counts them) of an offset into `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** Reads and checks a state file; throws StateFileError naming the file and what is wrong where. */
export function readStateFile(file: string, schemas: CollectionSchemas): SavedState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StateFileError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = parseUntrustedJson(text, 64);
  if (!parsed.ok) {
    // file:line:column, as editors and terminals jump to; the nesting bound has no position.
    const at = parsed.reason === 'syntax' ? `:${lineAndColumn(text, syntaxErrorOffset(text, parsed.message))}` : '';
    throw new StateFileError(`${file}${at}: ${parsed.message}`);
  }
  const saved = parsed.value;
  const fail = (pointer: string, problem: string): never => {
    throw new StateFileError(`${file}: ${pointer || '(root)'}: ${problem}`);
  };
  if (!isObject(saved) || saved.format !== STATE_FORMAT || saved.version !== 1) {
    fail('', `must be {"format": "${STATE_FORMAT}", "version": 1, "apis": {…}}`);
  }
  const apis = (saved as Record<string, unknown>).apis;
  if (!isObject(apis)) fail('/apis', 'must be an object of APIs');
  for (const [api, accounts] of Object.entries(apis as Record<string, unknown>)) {
    // Own keys only: an API named `toString` or `__proto__` must not find Object.prototype's members.
    const known = Object.hasOwn(schemas, api) ? schemas[api] : undefined;
    if (!known) fail(`/apis/${escapePointer(api)}`, `unknown API (known: ${Object.keys(schemas).join(', ')})`);
    if (!isObject(accounts)) fail(`/apis/${escapePointer(api)}`, 'must be an object of accounts');
    for (const [account, saved] of Object.entries(accounts as Record<string, unknown>)) {
      const at = `/apis/${escapePointer(api)}/${escapePointer(account)}`;
      if (!isObject(saved) || !isObject(saved.collections)) fail(at, 'must be {"collections": {…}, "clock_offset"?: seconds}');
      const { clock_offset: offset, collections } = saved as { clock_offset?: unknown; collections: Record<string, unknown> };
      // The clock control's bound: a clock beyond it has dates no vendor format holds (Juspay's creates would fail).
      if (offset !== undefined && !isClockOffset(offset)) {
        fail(`${at}/clock_offset`, `must be a whole number of seconds from 0 to ${MAX_CLOCK_OFFSET_SECONDS} (100 years)`);
      }
      for (const [name, entities] of Object.entries(collections)) {
        const where = `${at}/collections/${escapePointer(name)}`;
        if (!Object.hasOwn(known!.collections, name))
          fail(where, `unknown collection (known: ${Object.keys(known!.collections).join(', ')})`);
        if (!Array.isArray(entities)) fail(where, 'must be an array of entities');
        const { schema, indexes = {}, unique = [] } = known!.collections[name]!;
        // An account holds one entity per id and per key of a unique index (the handlers' lookups find one).
        const firstAt = new Map<string, number>();
        const once = (key: string, what: string, index: number) => {
          const first = firstAt.get(key);
          if (first !== undefined) fail(`${where}/${index}`, `${what} is also ${where}/${first}'s`);
          firstAt.set(key, index);
        };
        (entities as unknown[]).forEach((entity, index) => {
          if (!isObject(entity) || typeof entity.id !== 'string') fail(`${where}/${index}`, 'must be an object with a string "id"');
          const problems = known!.contract.validateSchema(schema, entity);
          if (problems.length > 0) fail(`${where}/${index}${problems[0]!.pointer}`, problems[0]!.message);
          const { id } = entity as Entity;
          once(`id\n${id}`, `its id ${JSON.stringify(id)}`, index);
          for (const indexName of unique) {
            const key = indexes[indexName]!(entity as Entity);
            if (key !== undefined) once(`${indexName}\n${key}`, `its ${indexName} ${key}`, index);
          }
        });
      }
    }
  }
  return saved as SavedState;
}

/** Writes `text` to `file` atomically: a temporary file beside it, flushed, then renamed over it. */
export function writeAtomically(file: string, text: string): void {
  // One per writer (removeStaleTemporaries reads the pid back): two writers never write into one temporary file.
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const MAX_SYMLINK_HOPS = 32;

/**
 * The file `file` names once symbolic links are followed, also when a link's target does not exist yet: the rename
 * of an atomic write replaces what it is given, so given the link it would replace the link and leave the target stale.
 */
function linkTarget(file: string): string {
  let path = resolve(file);
  for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
    let link: string;
    try {
      link = readlinkSync(path);
    } catch {
      return path; // not a link (or nothing there yet): the file itself
    }
    path = resolve(dirname(path), link);
  }
  throw new StateFileError(`${file}: more than ${MAX_SYMLINK_HOPS} symbolic links in a row`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process, alive
  }
}

/**
 * Removes the temporary files of `file` that writers killed mid-write left behind (`kill -9`): those of processes
 * no longer alive. A live process's may be a write under way, and is kept.
 */
function removeStaleTemporaries(file: string): void {
  const directory = dirname(file);
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return; // no directory to read: the first write reports it
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? name.slice(prefix.length, -'.tmp'.length) : '';
    if (/^\d+$/.test(pid) && !isAlive(Number(pid))) rmSync(join(directory, name), { force: true });
  }
}

/**
 * Keeps `file` up to date with the state: loads it if it exists, writes it at once (so that a path it cannot write
 * stops the sandbox before it answers, rather than losing every change), then saves after changes and on close.
 */
export class StateFile {
  private timer: NodeJS.Timeout | undefined;
  /** Where saves go: the file behind `file` when it is a symbolic link. */
  private readonly target: string;

  constructor(
    private readonly file: string,
    private readonly state: SandboxState,
    schemas: CollectionSchemas,
  ) {
    if (existsSync(file)) state.load(readStateFile(file, schemas));
    this.target = linkTarget(file);
    removeStaleTemporaries(this.target);
    try {
      this.save();
    } catch (error) {
      throw new StateFileError(
        `${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): every change would be lost`,
      );
    }
    state.onChange(() => {
      this.timer ??= setTimeout(() => this.write(), WRITE_DELAY_MS);
    });
  }

  /** Writes any change not yet written. */
  close(): void {
    if (this.timer !== undefined) this.write();
  }

  private write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.save();
    } catch (error) {
      // The sandbox keeps answering; the file stays as it was last written.
      process.stderr.write(`sandbox: cannot save the state to ${this.file}: ${(error as Error).message}\n`);
    }
  }

  private save(): void {
    writeAtomically(this.target, `${JSON.stringify(this.state.save(), null, 2)}\n`);
  }
}
