import path from 'node:path';

/** The "do not edit" notice, as plain lines; each writer wraps it in its format's comment syntax. */
export function generatedNotice(sourceRoot: string, rootDir: string): string[] {
  const source = path.relative(rootDir, path.dirname(sourceRoot)).split(path.sep).join('/');
  return [
    'Generated — do not edit.',
    `Source: ${source}/ (the OpenAPI description); regenerate with \`npm run build\`.`,
  ];
}

export const hashComment = (lines: string[]): string => lines.map((line) => `# ${line}`).join('\n') + '\n';
export const blockComment = (lines: string[]): string =>
  ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n') + '\n';
export const htmlComment = (lines: string[]): string => `<!-- ${lines.join(' ')} -->\n`;
