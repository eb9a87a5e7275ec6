/**
 * Checks a large NDJSON file in several child processes, one per byte range, so the check uses every core
 * while each process keeps the single-process memory bound. The output is the single-process output: part 1
 * prints to the inherited stdout as it goes, later parts write to temp files that are appended in order once
 * the parts before them are done, and the parts' counts are merged into one summary.
 * Child processes rather than worker threads because a child can load tsx's loader like the CLI itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ApiName } from '../apis/index.mjs';
import type { NdjsonRange } from './read-ndjson.ts';
import { mergeSummaries, type RunSummary } from './run.ts';
import { countNewlines, type ByteRange } from './split-ndjson.ts';

export interface PartTask {
  file: string;
  api?: ApiName;
  /** Sent over IPC, never on a command line. */
  webhookSecret?: string;
  range: NdjsonRange;
  /** 'stdout' or the path of the file to write this part's report lines to. */
  output: string;
}

export type PartReply = { summary: RunSummary } | { error: string };

const ENTRY = fileURLToPath(new URL('./check-part.ts', import.meta.url));
// tsx is resolved here so the children find it whatever the working directory.
const CHILD_EXEC_ARGV = ['--import', import.meta.resolve('tsx')];

function startPart(): { child: ChildProcess; reply: Promise<RunSummary> } {
  const child = fork(ENTRY, [], { execArgv: CHILD_EXEC_ARGV, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const reply = new Promise<RunSummary>((resolve, reject) => {
    let answer: PartReply | undefined;
    child.once('message', (message) => (answer = message as PartReply));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (answer && 'summary' in answer) resolve(answer.summary);
      else reject(new Error(answer?.error ?? `checker process exited with ${signal ?? `code ${code}`}`));
    });
  });
  return { child, reply };
}

export async function checkInParts(
  file: string,
  ranges: ByteRange[],
  api: ApiName | undefined,
  webhookSecret?: string,
): Promise<RunSummary> {
  const dir = await mkdtemp(join(tmpdir(), 'conformance-parts-'));
  // Started before the line counting so that their start-up (tsx, modules) overlaps it.
  const parts = ranges.map(() => startPart());
  // Every part is awaited in order below; this keeps a part that fails early from being an unhandled rejection.
  for (const part of parts) part.reply.catch(() => undefined);
  try {
    let firstLine = 1;
    for (const [i, range] of ranges.entries()) {
      const task: PartTask = {
        file,
        ...(api ? { api } : {}),
        ...(webhookSecret !== undefined ? { webhookSecret } : {}),
        range: { ...range, firstLine },
        output: i === 0 ? 'stdout' : join(dir, `part-${i}.txt`),
      };
      parts[i]!.child.send(task);
      if (i < ranges.length - 1) firstLine += await countNewlines(file, range);
    }
    const summaries: RunSummary[] = [];
    for (const [i, part] of parts.entries()) {
      summaries.push(await part.reply);
      if (i > 0) await pipeline(createReadStream(join(dir, `part-${i}.txt`)), process.stdout, { end: false });
    }
    return mergeSummaries('ndjson', summaries);
  } finally {
    for (const { child } of parts) if (child.exitCode === null && child.signalCode === null) child.kill();
    await rm(dir, { recursive: true, force: true });
  }
}
