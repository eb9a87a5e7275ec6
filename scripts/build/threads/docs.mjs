import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';

// Reference pages rendered with Redoc's public API, the way Redocly's own tooling renders them: the store built
// from the bundled document (`createStore`) and the page rendered on the server (React's `renderToString` with
// styled-components' `ServerStyleSheet` collecting the styles), so it reads without script; in the browser
// Redoc's published standalone bundle, inlined so the page needs nothing from the network, renders it again
// from the inlined document (`Redoc.init`). Not `Redoc.hydrate`: with the server-built search index of Redoc
// 2.5 the browser's search fails ("Cannot read properties of undefined (reading 'elements')"), while an index
// the browser builds itself works.
const require = createRequire(import.meta.url);
const React = require('react');
const { renderToString } = require('react-dom/server');
const { ServerStyleSheet } = require('styled-components');
const { Redoc, createStore } = require('redoc');
const STANDALONE = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');

/**
 * Redoc draws its "Powered by" logo from Redocly's CDN, even from the inlined bundle: a request leaving the page
 * (and a console error offline). An empty inline SVG takes its place.
 */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
const withoutRemoteLogo = (html) => html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, EMPTY_SVG);

/** JSON that is safe inside a <script> element. */
const scriptJson = (value) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

serve({
  /**
   * One self-contained page for an already bundled document; `specUrl` is where the server-rendered page offers
   * the bundle for download; `head` and `beforeContent` are extra HTML (the portal's notice and navigation).
   * Returns the HTML.
   */
  async render(document, { title, specUrl, head = '', beforeContent = '' }) {
    // Redoc warns on the console when it cannot merge an `allOf` for display (e.g. `type: string` narrowing
    // `[string, 'null']`); the schemas are valid and the page shows the narrower type, so the build stays quiet.
    const warn = console.warn;
    console.warn = () => {};
    const sheet = new ServerStyleSheet();
    try {
      const store = await createStore(document, specUrl, {});
      const html = renderToString(sheet.collectStyles(React.createElement(Redoc, { store })));
      return withoutRemoteLogo(`<!DOCTYPE html>
<html lang="en">
<head>
${head}<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0; }</style>
<script>${STANDALONE}</script>
${sheet.getStyleTags()}
</head>
<body>
${beforeContent}<div id="redoc">${html}</div>
<script>Redoc.init(${scriptJson(document)}, {}, document.getElementById('redoc'));</script>
</body>
</html>
`);
    } finally {
      sheet.seal();
      console.warn = warn;
    }
  },
});
