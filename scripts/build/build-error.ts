import { getLineColLocation, type NormalizedProblem } from '@redocly/openapi-core';
import path from 'node:path';

/** A failure the author of a spec can fix; its message names file, line and rule. */
export class BuildError extends Error {
  override name = 'BuildError';
}

/** One problem per line: `file:line:col  severity  rule  message`, paths relative to `cwd`. */
export function formatProblems(problems: NormalizedProblem[], cwd: string): string {
  return problems.map((problem) => formatProblem(problem, cwd)).join('\n');
}

function formatProblem(problem: NormalizedProblem, cwd: string): string {
  const location = problem.location[0];
  let where = '(unknown location)';
  if (location) {
    const { start } = getLineColLocation(location);
    where = `${path.relative(cwd, location.source.absoluteRef)}:${start.line}:${start.col}`;
  }
  const pointer = location?.pointer ? ` (at ${location.pointer})` : '';
  return `${where}  ${problem.severity}  ${problem.ruleId}  ${problem.message}${pointer}`;
}
