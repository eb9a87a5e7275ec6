// @ts-check
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Marked } from 'marked';
import { escapeHtml, htmlPage } from './html-page.mjs';

/**
 * CHANGELOG.md as the portal's docs/changelog.html: the releases newest first (`[Unreleased]` on top, as the file
 * keeps them), then how entries are made; every "Breaking" heading is marked, so a reader scanning for what can
 * break a client finds it.
 */

const STYLE = `
    .breaking { color: #ab091e; }
    .breaking::before { content: "⚠ "; }
    pre { background: #f5f7fa; padding: 0.75rem; overflow-x: auto; }`;

/** A `## ` section that is not a release: guidance for contributors, shown after the releases. */
const isRelease = (/** @type {string} */ section) => /^## (\[Unreleased\]|\d)/.test(section);

/**
 * @param {string} rootDir the repository root (holding CHANGELOG.md)
 * @param {string} notice the generated-file notice, as an HTML comment
 * @returns {Promise<string | undefined>} the page, or undefined without a CHANGELOG.md
 */
export async function renderChangelogPage(rootDir, notice) {
  const markdown = await readFile(path.join(rootDir, 'CHANGELOG.md'), 'utf8').catch(() => undefined);
  if (markdown === undefined) return undefined;
  const [intro = '', ...sections] = markdown.split(/^(?=## )/m);
  const ordered = [intro, ...sections.filter(isRelease), ...sections.filter((section) => !isRelease(section))].join('');
  // A fresh instance: marked's global defaults are shared by every importer.
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading({ tokens, depth, text }) {
        const html = this.parser.parseInline(tokens);
        const id = text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        // Ids for releases and API versions only: the group headings (Added, Breaking…) repeat.
        return `<h${depth}${depth <= 3 ? ` id="${escapeHtml(id)}"` : ''}${/^breaking\b/i.test(text) ? ' class="breaking"' : ''}>${html}</h${depth}>\n`;
      },
    },
  });
  const body = `<p class="meta"><a href="index.html">← CloudlessPay API references</a> · source: <code>CHANGELOG.md</code></p>
${/** @type {string} */ (marked.parse(ordered))}`;
  return htmlPage({ title: 'Changelog — CloudlessPay API references', notice, body, extraStyle: STYLE });
}
