// @ts-check
import { escapeHtml, htmlPage } from './html-page.mjs';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The description's first paragraph, without Markdown bold and code marks, cut at about 300 characters.
 * @param {string | undefined} description
 */
function excerpt(description) {
  const paragraph = ((description ?? '').trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').replace(/[*`]/g, '');
  return paragraph.length > 300 ? `${paragraph.slice(0, 297).replace(/\s+\S*$/, '')}…` : paragraph;
}

/**
 * @param {Record<string, any>} document
 * @returns {number}
 */
export function operationCount(document) {
  return Object.values(/** @type {Record<string, Record<string, unknown>>} */ (document.paths ?? {})).reduce(
    (count, pathItem) => count + methods.filter((method) => pathItem[method]).length,
    0,
  );
}

/**
 * generated/docs/index.html: one card per API linking its page, <api>.html. No external assets.
 * @param {import('./threads.mjs').BundledApi[]} apis
 * @param {string} notice
 * @param {string[]} sourcePages paths of the published fact sheets, `docs/sources/<name>.html`
 * @returns {string}
 */
export function renderLandingPage(apis, notice, sourcePages) {
  const cards = apis
    .map(({ name, document }) => {
      const { title, version, description } = document.info;
      const count = operationCount(document);
      return `    <li>
      <h2><a href="${name}.html">${escapeHtml(title)}</a> <small>v${escapeHtml(version)}</small></h2>
      <p>${escapeHtml(excerpt(description))}</p>
      <p class="meta">${count} operation${count === 1 ? '' : 's'} · <a href="${name}.html">reference</a> · <code>generated/${name}/openapi.yaml</code></p>
    </li>`;
    })
    .join('\n');
  const sources = sourcePages
    .map((file) => file.replace(/^docs\//, ''))
    .map((href) => `<a href="${escapeHtml(href)}">${escapeHtml(href.replace(/^sources\/|\.html$/g, ''))}.md</a>`)
    .join(' · ');
  return htmlPage({
    title: 'CloudlessPay API references',
    notice,
    extraStyle: `
    ul { list-style: none; padding: 0; }
    li { border: 1px solid #d9e2ec; border-radius: 8px; padding: 0 1.25rem; margin-bottom: 1rem; }`,
    body: `  <h1>CloudlessPay API references</h1>
  <p>Generated from the OpenAPI descriptions under <code>spec/</code>. Each page works offline.</p>
  <ul>
${cards}
  </ul>${sources ? `\n  <p class="meta">The vendor fact sheets the descriptions cite: ${sources}.</p>` : ''}`,
  });
}
