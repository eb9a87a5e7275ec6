/**
 * Child-process entry of the split NDJSON check (see check-in-parts.ts): waits for one PartTask over IPC,
 * checks that byte range, writes its report lines to stdout or to the given file, and answers with its summary.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { PartReply, PartTask } from './check-in-parts.ts';
import { checkAndPrint } from './print-findings.ts';

async function checkPart(task: PartTask): Promise<PartReply> {
  const fd = task.output === 'stdout' ? undefined : openSync(task.output, 'w');
  try {
    const write =
      fd === undefined ? (text: string): void => void process.stdout.write(text) : (text: string): void => void writeSync(fd, text);
    const { api, webhookSecret } = task;
    const options = {
      ...(api ? { api } : {}),
      ...(webhookSecret !== undefined ? { webhookSecret } : {}),
      format: 'ndjson' as const,
      range: task.range,
    };
    const summary = await checkAndPrint(task.file, options, write);
    return { summary };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

process.once('message', (task: PartTask) => {
  void checkPart(task).then((reply) => process.send!(reply, () => process.disconnect()));
});
