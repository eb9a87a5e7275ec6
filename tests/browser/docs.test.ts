/**
 * The generated docs in a real browser (Debian's Chromium via playwright-core), served from
 * generated/docs over HTTP on 127.0.0.1: the landing page lists the three APIs, every reference page
 * renders every operation of its bundled spec, the search finds an operation, and no page logs an error
 * or sends a request anywhere but the local server. Screenshots go to test-output/browser/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSTALL_TIMEOUT_MS, launchChromium, type Browser } from './chromium.js';
import { serveDirectory, type StaticServer } from './static-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DOCS_DIR = `${root}generated/docs`;
const SCREENSHOTS = `${root}test-output/browser`;
const APIS = ['gateway', 'razorpay', 'juspay'] as const;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PAGE_TIMEOUT = 60_000;

interface Operation {
  operationId: string;
  summary: string;
}

function loadSpec(api: string): { title: string; operations: Operation[] } {
  const file = `${root}generated/${api}/openapi.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId || !operation.summary) {
        throw new Error(`${file}: ${method.toUpperCase()} ${path} needs an operationId and a summary to be found in the docs`);
      }
      operations.push({ operationId: operation.operationId, summary: operation.summary });
    }
  }
  return { title: spec.info.title, operations };
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const externalRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${DOCS_DIR}/index.html`)) throw new Error(`${DOCS_DIR}/index.html is missing: run \`npm run build\``);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  server = await serveDirectory(DOCS_DIR);
  // Every request is seen here; anything not for the local server is recorded and never sent.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || /^(data|blob):/.test(url)) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
}, INSTALL_TIMEOUT_MS + PAGE_TIMEOUT); // the first run on a fresh machine installs Chromium

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  externalRequests.length = 0;
  consoleErrors.length = 0;
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
});

afterEach(async () => {
  await page.close();
  expect(externalRequests, 'requests that left the page (the docs must work offline)').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

describe('generated docs in Chromium', () => {
  it('landing page links the three API references', async () => {
    await page.goto(`${server.origin}/index.html`);
    for (const api of APIS) {
      const { title } = loadSpec(api);
      const link = page.getByRole('link', { name: title, exact: true });
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe(`${api}.html`);
      expect(existsSync(`${DOCS_DIR}/${api}.html`), `${api}.html`).toBe(true);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/index.png`, fullPage: true });
  }, PAGE_TIMEOUT);

  for (const api of APIS) {
    it(`${api}.html renders every operation of generated/${api}/openapi.json`, async () => {
      const { operations } = loadSpec(api);
      await page.goto(`${server.origin}/${api}.html`);
      await page.getByTestId('menu-item-label').first().waitFor();
      const byId = new Map(operations.map((operation) => [operation.operationId.toLowerCase(), operation]));
      const rendered = await openEveryOperationFromTheSidebar(page, (id) => byId.get(id)?.summary);
      expect(rendered.sort(), `${api}: operations reachable from the sidebar`).toEqual([...byId.keys()].sort());
      await page.screenshot({ path: `${SCREENSHOTS}/${api}.png` });
    }, PAGE_TIMEOUT);

    it(`${api}.html search finds an operation by its summary`, async () => {
      const { operations } = loadSpec(api);
      const target = operations[operations.length - 1]!;
      await page.goto(`${server.origin}/${api}.html`);
      await page.getByTestId('search-trigger').click();
      const dialog = page.getByTestId('search-dialog');
      await dialog.locator('input').fill(target.summary);
      await expect.poll(() => dialog.getByText(target.summary, { exact: true }).count(),
        { message: `search for "${target.summary}"`, timeout: 10_000 }).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENSHOTS}/${api}-search.png` });

      await dialog.getByText(target.summary, { exact: true }).first().click();
      const section = page.locator(`[data-section-id$="/${target.operationId.toLowerCase()}"]`).first();
      await expect.poll(() => section.locator('h2').first().textContent(),
        { message: `the search result opens ${target.operationId}`, timeout: 10_000 }).toBe(target.summary);
      await expect.poll(() => section.locator('h2').first().isVisible()).toBe(true);
    }, PAGE_TIMEOUT);
  }
});

const MENU_GROUP = '[data-testid="menu-item-label"]:has([data-component-name*="ChevronRight"], [data-component-name*="ChevronDown"])';
// Sidebar links to operations carry the method badge and point at `#/<tag-slug>/<operationId in lower case>`.
const OPERATION_LINK = 'a[href^="#/"]:has([data-component-name="Tags/HttpTag"])';

/**
 * Opens each tag group of the sidebar (an accordion: one at a time), collects the links to its
 * operations, then follows every link and waits until that operation's section is rendered, visible and
 * headed by the spec's summary. Sections are unmounted when far off screen, so each is checked on arrival.
 * Returns the operation ids reached.
 */
async function openEveryOperationFromTheSidebar(page: Page, summaryOf: (id: string) => string | undefined): Promise<string[]> {
  const links = new Set<string>();
  const groups = await page.locator(MENU_GROUP).count();
  expect(groups, 'tag groups in the sidebar').toBeGreaterThan(0);
  for (let group = 0; group < groups; group++) {
    const label = page.locator(MENU_GROUP).nth(group);
    if (await label.locator('[data-component-name*="ChevronRight"]').count()) await label.click();
    await expect.poll(() => label.locator('[data-component-name*="ChevronDown"]').count()).toBe(1);
    const hrefs = await page.locator(OPERATION_LINK).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(hrefs.length, `operations under sidebar group ${await label.textContent()}`).toBeGreaterThan(0);
    hrefs.forEach((href) => links.add(href));
  }
  const reached: string[] = [];
  for (const href of links) {
    await page.evaluate((hash) => { window.location.hash = hash; }, href);
    const id = href.split('/')[2] ?? '';
    const summary = summaryOf(id);
    expect(summary, `the sidebar links ${href}, which is no operation of the spec`).toBeDefined();
    // Redoc 3 renders an operation as an `httpItem` section `/<tag-slug>/<operationId in lower case>`.
    const heading = page.locator(`[data-item-kind="httpItem"][data-section-id$="/${id}"] h2`).first();
    await expect.poll(async () => (await heading.isVisible()) && (await heading.textContent()),
      { message: `operation ${href} renders with its summary` }).toBe(summary);
    reached.push(id);
  }
  return reached;
}
