// @ts-check
import path from 'node:path';

/**
 * The "do not edit" notice, as plain lines; each writer wraps it in its format's comment syntax.
 * @param {string} sourceRoot a file in the source folder (its folder is named)
 * @param {string} rootDir
 * @param {string} [what] what the source folder holds
 * @returns {string[]}
 */
export function generatedNotice(sourceRoot, rootDir, what = 'the OpenAPI description') {
  const source = path.relative(rootDir, path.dirname(sourceRoot)).split(path.sep).join('/');
  return ['Generated — do not edit.', `Source: ${source}/ (${what}); regenerate with \`npm run build\`.`];
}

/** @param {string[]} lines */
export const hashComment = (lines) => lines.map((line) => `# ${line}`).join('\n') + '\n';
/** @param {string[]} lines */
export const blockComment = (lines) => ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n') + '\n';
/** @param {string[]} lines */
export const htmlComment = (lines) => `<!-- ${lines.join(' ')} -->\n`;
