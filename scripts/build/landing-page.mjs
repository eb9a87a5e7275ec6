// @ts-check

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** @type {Record<string, string>} */
const htmlEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

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
 * @returns {string}
 */
export function renderLandingPage(apis, notice) {
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
  return `<!doctype html>
${notice}<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CloudlessPay API references</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; }
    ul { list-style: none; padding: 0; }
    li { border: 1px solid #d9e2ec; border-radius: 8px; padding: 0 1.25rem; margin-bottom: 1rem; }
    small, .meta { color: #52606d; }
    a { color: #0b69a3; }
  </style>
</head>
<body>
  <h1>CloudlessPay API references</h1>
  <p>Generated from the OpenAPI descriptions under <code>spec/</code>. Each page works offline.</p>
  <ul>
${cards}
  </ul>
</body>
</html>
`;
}
