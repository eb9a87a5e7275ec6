// @ts-check

/** @type {Record<string, string>} */
const htmlEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {string} text */
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

/**
 * A self-contained page of the reference portal (no external assets): the landing page and the pages
 * rendered from Markdown share one look.
 * @param {{ title: string, notice: string, body: string, extraStyle?: string }} page
 * @returns {string}
 */
export function htmlPage({ title, notice, body, extraStyle = '' }) {
  return `<!doctype html>
${notice}<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="data:,">
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; }
    small, .meta { color: #52606d; }
    a { color: #0b69a3; }
    code { font-size: 0.9em; }${extraStyle}
  </style>
</head>
<body>
${body}
</body>
</html>
`;
}
