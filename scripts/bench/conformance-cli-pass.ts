/**
 * The full-check pass of the conformance benchmark: runs the conformance CLI itself on a file, timing it from
 * spawn to exit (start-up included) and sampling the peak RSS (VmHWM) of every process of its tree (one, unless
 * it is given `--jobs`).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliPass {
  exchanges: number;
  failed: number;
  violations: number;
  seconds: number;
  /** Peak RSS of each process the CLI ran (the CLI first), in bytes. */
  peakRss: number[];
}

const CLI = fileURLToPath(new URL('../conformance.ts', import.meta.url));
const SAMPLE_MS = 20;

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process has exited since it was listed
  }
}

function processTree(pid: number): number[] {
  const children = readProc(`/proc/${pid}/task/${pid}/children`)?.trim().split(/\s+/).filter(Boolean).map(Number) ?? [];
  return [pid, ...children.flatMap(processTree)];
}

function peakRssBytes(pid: number): number | undefined {
  const kb = readProc(`/proc/${pid}/status`)?.match(/^VmHWM:\s+(\d+) kB$/m)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

/** The CLI's summary ends with `total  <exchanges> <passed> <failed> <violations>`. */
function readTotals(reportFile: string): { exchanges: number; failed: number; violations: number } {
  const fd = openSync(reportFile, 'r');
  try {
    const size = statSync(reportFile).size;
    const tail = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const total = tail.toString('utf8').match(/^total\s+(\d+)\s+\d+\s+(\d+)\s+(\d+)$/m);
    if (!total) throw new Error(`no summary at the end of the CLI's output (${reportFile})`);
    return { exchanges: Number(total[1]), failed: Number(total[2]), violations: Number(total[3]) };
  } finally {
    closeSync(fd);
  }
}

export async function runCliPass(file: string, workDir: string): Promise<CliPass> {
  const reportFile = join(workDir, 'report.txt');
  const out = openSync(reportFile, 'w');
  const start = process.hrtime.bigint();
  const cli = spawn(process.execPath, ['--import', 'tsx', CLI, file], { stdio: ['ignore', out, 'inherit'] });
  const peaks = new Map<number, number>();
  const sample = (): void => {
    for (const pid of processTree(cli.pid!)) {
      const rss = peakRssBytes(pid);
      if (rss !== undefined) peaks.set(pid, Math.max(rss, peaks.get(pid) ?? 0));
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve, reject) => cli.once('error', reject).once('exit', resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  closeSync(out);
  // Exit code 1 only says that the traffic has violations, which the synthetic traffic has on purpose.
  if (code !== 0 && code !== 1) throw new Error(`the conformance CLI exited with code ${code}`);
  return { ...readTotals(reportFile), seconds, peakRss: [...peaks.values()] };
}
