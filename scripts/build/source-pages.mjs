// @ts-check
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Marked } from 'marked';
import { escapeHtml, htmlPage } from './html-page.mjs';

/**
 * The fact sheets the specs cite (every docs/sources/<name>.md but the folder's README), published beside
 * the reference as docs/sources/<name>.html so that a reader of the docs can open what a description
 * points to.
 */

const TABLE_STYLE = `
    table { border-collapse: collapse; display: block; overflow-x: auto; }
    th, td { border: 1px solid #d9e2ec; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
    pre { background: #f5f7fa; padding: 0.75rem; overflow-x: auto; }`;

/**
 * @param {string} rootDir the repository root (holding docs/sources/)
 * @param {string} notice the generated-file notice, as an HTML comment
 * @returns {Promise<Map<string, string>>} `docs/sources/<name>.html` → HTML, sorted by name
 */
export async function renderSourcePages(rootDir, notice) {
  const folder = path.join(rootDir, 'docs', 'sources');
  const names = (await readdir(folder).catch(() => /** @type {string[]} */ ([])))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
  // A fresh instance: marked's global defaults are shared by every importer.
  const marked = new Marked({ gfm: true, async: false });
  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const name of names) {
    const markdown = await readFile(path.join(folder, `${name}.md`), 'utf8');
    const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? name;
    const body = `<p class="meta"><a href="../index.html">← CloudlessPay API references</a> · source: <code>docs/sources/${escapeHtml(name)}.md</code></p>
${/** @type {string} */ (marked.parse(markdown))}`;
    pages.set(`docs/sources/${name}.html`, htmlPage({ title, notice, body, extraStyle: TABLE_STYLE }));
  }
  return pages;
}
