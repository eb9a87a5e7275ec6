// @ts-check
import { apiDefinition, portVariable } from '../apis/index.mjs';
import { listOperations, listWebhooks } from '../lib/operations.mjs';
import { escapeHtml, htmlPage } from './html-page.mjs';
import { sandboxUrls } from './postman/collection.mjs';
import { tryItCommands } from './try-it.mjs';

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
 * The "Try it" section of one API: how to start the sandbox, its base URL, the credentials it accepts, the Postman
 * files, and shell commands that answer 200 when pasted.
 * @param {import('./threads.mjs').BundledApi} api
 * @returns {string}
 */
function tryItSection({ name, document }) {
  const definition = apiDefinition(name);
  const { baseUrl } = sandboxUrls(definition, document);
  const { operation, commands, resets } = tryItCommands(name, document);
  const credentials = Object.entries(/** @type {Record<string, string>} */ (definition.auth.sampleCredentials))
    .map(([key, value]) => `<code>${escapeHtml(key)}</code> <code>${escapeHtml(value)}</code>`)
    .join(', ');
  return `    <section id="try-${name}">
      <h3>Try it: ${escapeHtml(definition.title)}</h3>
      <ul class="facts">
        <li>Start the sandbox of the three APIs: <code>npm run mock</code> (or <code>npm start</code>, which also serves this portal). Its port comes from <code>${escapeHtml(portVariable(definition))}</code>.</li>
        <li>Base URL: <code>${escapeHtml(baseUrl)}</code> (production: <code>${escapeHtml(document.servers?.[0]?.url ?? '')}</code>).</li>
        <li>Credentials it accepts: ${escapeHtml(definition.postman.accepts)}. The samples use ${credentials}.</li>
        <li>Postman: import <a href="postman/${name}.postman_collection.json" download>the collection</a> and <a href="postman/${name}.sandbox.postman_environment.json" download>the sandbox environment</a>, then Run collection.</li>
      </ul>
      <p>${escapeHtml(operation.operation.summary ?? operation.operationId)} (<code>${operation.method.toUpperCase()} ${escapeHtml(operation.path)}</code>), pasted into a shell${resets ? '; the first curl empties your sandbox account (<code>POST /__sandbox/reset</code>), so every paste creates it anew' : ''}:</p>
      <pre><code data-try-it="${name}">${escapeHtml(commands)}</code></pre>
    </section>`;
}

/**
 * generated/docs/index.html: one card per API linking its reference, the bundles, the Postman collection and
 * environments, its Arazzo workflows (when workflows/<api>.arazzo.yaml exists) and the changelog, then a
 * "Try it" section per API. No external assets.
 * @param {import('./threads.mjs').BundledApi[]} apis
 * @param {string} notice
 * @param {{ sourcePages: string[], workflows: Map<string, string>, changelog: boolean }} published paths under docs/
 *   of the fact sheets (`docs/sources/<name>.html`), each API's workflows file and whether changelog.html exists
 * @returns {string}
 */
export function renderLandingPage(apis, notice, { sourcePages, workflows, changelog }) {
  const link = (/** @type {string} */ href, /** @type {string} */ text, download = false) =>
    `<a href="${escapeHtml(href)}"${download ? ' download' : ''}>${escapeHtml(text)}</a>`;
  const cards = apis
    .map(({ name, document }) => {
      const { title, version, description } = document.info;
      const workflow = workflows.get(name);
      const downloads = [
        link(`${name}/openapi.json`, 'openapi.json', true),
        link(`${name}/openapi.yaml`, 'openapi.yaml', true),
        link(`postman/${name}.postman_collection.json`, 'Postman collection', true),
        link(`postman/${name}.sandbox.postman_environment.json`, 'sandbox environment', true),
        link(`postman/${name}.production.postman_environment.json`, 'production environment', true),
        ...(workflow ? [link(workflow, 'Arazzo workflows', true)] : []),
      ];
      return `    <li>
      <h2><a href="${name}.html">${escapeHtml(title)}</a> <small>v${escapeHtml(version)}</small></h2>
      <p>${escapeHtml(excerpt(description))}</p>
      <p class="meta">${counts(document)} · <a href="${name}.html">reference</a>${changelog ? ` · ${link('changelog.html', 'changelog')}` : ''} · <a href="#try-${name}">try it</a></p>
      <p class="meta">Downloads: ${downloads.join(' · ')}</p>
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
    ul.apis { list-style: none; padding: 0; }
    ul.apis > li { border: 1px solid #d9e2ec; border-radius: 8px; padding: 0 1.25rem; margin-bottom: 1rem; }
    pre { background: #f5f7fa; padding: 0.75rem; overflow-x: auto; }`,
    body: `  <h1>CloudlessPay API references</h1>
  <p>Generated from the OpenAPI descriptions under <code>spec/</code>. Each page works offline.${changelog ? ` What changed: ${link('changelog.html', 'the changelog')}.` : ''}</p>
  <ul class="apis">
${cards}
  </ul>
  <h2 id="try-it">Try it against the sandbox</h2>
  <p>The sandbox is stateful, like the vendors' test modes; its control routes (<code>POST /__sandbox/reset</code>, <code>failures</code>, <code>clock</code>, Razorpay's <code>checkout</code>) are described in the repository's README, "Sandbox".</p>
${apis.map(tryItSection).join('\n')}${sources ? `\n  <p class="meta">The vendor fact sheets the descriptions cite: ${sources}.</p>` : ''}`,
  });
}
