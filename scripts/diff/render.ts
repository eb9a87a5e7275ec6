/** Renders the comparison of one API as a Markdown changelog section. */
import type { Change } from './changes.js';
import type { ChangeClass } from './rules.js';
import { major } from './version.js';

export interface ApiReport {
  name: string;
  baseVersion?: string;
  headVersion: string;
  /** Set when there is no base to compare with. */
  note?: string;
  changes: Change[];
  /** True when breaking changes are present but the major version went up. */
  breakingAllowed: boolean;
}

const SECTIONS: [ChangeClass, string][] = [
  ['breaking', 'Breaking'],
  ['non-breaking', 'Non-breaking'],
  ['annotation', 'Annotations'],
];
const MAX_VALUE_LENGTH = 80;

function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  const short = text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
  return `\`${short.replaceAll('`', "'")}\``;
}

function renderChange(change: Change): string {
  const where = change.operation ? `\`${change.operation}\` ` : '';
  const values =
    change.before === undefined && change.after === undefined
      ? ''
      : `: ${change.before === undefined ? '(none)' : showValue(change.before)} → ${change.after === undefined ? '(none)' : showValue(change.after)}`;
  return `- ${where}${change.description}${values} — rule \`${change.rule}\`, \`${change.pointer}\``;
}

export function breakingCount(report: ApiReport): number {
  return report.changes.filter((change) => change.class === 'breaking').length;
}

export function renderReport(report: ApiReport): string {
  const versions = report.baseVersion === undefined ? report.headVersion : `${report.baseVersion} → ${report.headVersion}`;
  const lines = [`## ${report.name} ${versions}`, ''];
  if (report.note) return [...lines, report.note, ''].join('\n');
  if (report.changes.length === 0) return [...lines, 'No changes.', ''].join('\n');
  for (const [kind, title] of SECTIONS) {
    const changes = report.changes.filter((change) => change.class === kind);
    if (changes.length === 0) continue;
    lines.push(`### ${title}`, '', ...changes.map(renderChange), '');
  }
  const breaking = breakingCount(report);
  if (breaking > 0) {
    lines.push(
      report.breakingAllowed
        ? `**${breaking} breaking change(s), released as a new major version.**`
        : major(report.headVersion) === undefined
          ? `**${breaking} breaking change(s), and \`info.version\` "${report.headVersion}" is not a semantic version, so no major bump can release them: use x.y.z.**`
          : `**${breaking} breaking change(s) without a major version bump: raise \`info.version\` to the next major or undo them.**`,
      '',
    );
  }
  return lines.join('\n');
}
