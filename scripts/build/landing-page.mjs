// @ts-check
import { listOperations, listWebhooks } from '../lib/operations.mjs';
import { escapeHtml, htmlPage } from './html-page.mjs';

/**
 * The description's first paragraph, without Markdown bold and code marks, cut at about 300 characters.
 * @param {string | undefined} description
 */
function excerpt(description) {
  const paragraph = ((description ?? '').trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').replace(/[*`]/g, '');
  return paragraph.length > 300 ? `${paragraph.slice(0, 297).replace(/\s+\S*$/, '')}…` : paragraph;
}

/**
 * `19 operations`, and `· 15 webhooks` when the API sends any.
 * @param {Record<string, any>} document
 */
function counts(document) {
  const plural = (/** @type {number} */ n, /** @type {string} */ noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const webhooks = listWebhooks(document).length;
  return [plural(listOperations(document).length, 'operation'), ...(webhooks ? [plural(webhooks, 'webhook')] : [])].join(' · ');
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
      return `    <li>
      <h2><a href="${name}.html">${escapeHtml(title)}</a> <small>v${escapeHtml(version)}</small></h2>
      <p>${escapeHtml(excerpt(description))}</p>
      <p class="meta">${counts(document)} · <a href="${name}.html">reference</a> · <code>generated/${name}/openapi.yaml</code></p>
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
