/**
 * The generated docs in a real browser (Debian's Chromium via playwright-core), served from generated/docs over
 * HTTP on 127.0.0.1 by the same static server `npm start` uses: the landing page lists the APIs, every reference
 * page reaches every operation and webhook of its bundled spec from its sidebar, the search finds an operation, and no page
 * logs an error or sends a request anywhere but the local server. Screenshots go to test-output/browser/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../scripts/apis/index.mjs';
import { listOperations, listWebhooks } from '../../scripts/lib/operations.mjs';
import { serveStatic, type RunningStaticServer } from '../../scripts/mock/static-docs.ts';
import { INSTALL_TIMEOUT_MS, launchChromium, type Browser } from './chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DOCS_DIR = `${root}generated/docs`;
const SCREENSHOTS = `${root}test-output/browser`;
const PAGE_TIMEOUT = 60_000;

interface Operation {
  operationId: string;
  summary: string;
  /** The section heading Redoc renders: the summary, followed by a "Webhook" badge for a webhook. */
  heading: string;
}

const headingText = (text: string | null | undefined): string | undefined => text?.replace(/\s+/g, ' ').trim();

function loadSpec(api: string): { title: string; operations: Operation[] } {
  const file = `${root}generated/${api}/openapi.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  // Redoc lists webhooks in the sidebar like operations, under their tags.
  const webhooks = new Set(listWebhooks(spec));
  const operations = [...listOperations(spec), ...webhooks].map((info) => {
    const { operationId, pointer, operation } = info;
    if (!operation.operationId || !operation.summary) {
      throw new Error(`${file}: ${pointer} needs an operationId and a summary to be found in the docs`);
    }
    const summary = operation.summary as string;
    return { operationId, summary, heading: webhooks.has(info) ? `${summary} Webhook` : summary };
  });
  return { title: spec.info.title, operations };
}

let server: RunningStaticServer;
let origin: string;
let browser: Browser;
let page: Page;
const externalRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${DOCS_DIR}/index.html`)) throw new Error(`${DOCS_DIR}/index.html is missing: run \`npm run build\``);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  server = await serveStatic(DOCS_DIR, 0);
  origin = server.url.replace(/\/$/, '');
  // Every request is seen here; anything not for the local server is recorded and never sent.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)) return route.continue();
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
  it(
    'landing page links every API reference',
    async () => {
      await page.goto(`${origin}/index.html`);
      for (const api of API_NAMES) {
        const { title } = loadSpec(api);
        const link = page.getByRole('link', { name: title, exact: true });
        await expect.poll(() => link.count()).toBe(1);
        expect(await link.getAttribute('href')).toBe(`${api}.html`);
        expect(existsSync(`${DOCS_DIR}/${api}.html`), `${api}.html`).toBe(true);
      }
      await page.screenshot({ path: `${SCREENSHOTS}/index.png`, fullPage: true });
    },
    PAGE_TIMEOUT,
  );

  for (const api of API_NAMES) {
    it(
      `${api}.html reaches every operation and webhook of generated/${api}/openapi.json from its sidebar`,
      async () => {
        const { operations } = loadSpec(api);
        // Tall enough that the sidebar's footer never covers an entry.
        await page.setViewportSize({ width: 1280, height: 3000 });
        await page.goto(`${origin}/${api}.html`);
        await page.locator('.menu-content li[data-item-id]').first().waitFor();
        const headings = new Map(operations.map((operation) => [operation.operationId, operation.heading]));
        const reached = await openEveryOperationFromTheSidebar(page, (id) => headings.get(id));
        expect(reached.sort(), `${api}: operations reachable from the sidebar`).toEqual([...headings.keys()].sort());
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.screenshot({ path: `${SCREENSHOTS}/${api}.png` });
      },
      PAGE_TIMEOUT,
    );

    it(
      `${api}.html search finds an operation by its summary and opens it`,
      async () => {
        const { operations } = loadSpec(api);
        const target = operations[operations.length - 1]!;
        await page.goto(`${origin}/${api}.html`);
        await page.locator('input.search-input').fill(target.summary);
        const results = page.locator('[data-role="search:results"]');
        const hit = results.locator('li', { hasText: target.summary }).first();
        await expect.poll(() => hit.count(), { message: `search for "${target.summary}"`, timeout: 10_000 }).toBeGreaterThan(0);
        await page.screenshot({ path: `${SCREENSHOTS}/${api}-search.png` });
        await hit.click();
        const heading = page.locator(`[data-section-id$="/operation/${target.operationId}"] h2`).first();
        await expect
          .poll(async () => (await heading.isVisible()) && headingText(await heading.textContent()), {
            message: `the search result opens ${target.operationId}`,
            timeout: 10_000,
          })
          .toBe(target.heading);
      },
      PAGE_TIMEOUT,
    );
  }
});

const TAG_GROUP = '.menu-content li[data-item-id^="tag/"]:not([data-item-id*="/operation/"])';
const OPERATION_ITEM = '.menu-content li[data-item-id*="/operation/"]';

/**
 * Opens each tag group of the sidebar in turn (opening one may close another), clicks every operation entry in it
 * and waits until the page has scrolled to that operation's section, headed by the spec's summary. Returns the
 * operation ids reached.
 */
async function openEveryOperationFromTheSidebar(page: Page, headingOf: (id: string) => string | undefined): Promise<string[]> {
  const groupIds = await page.locator(TAG_GROUP).evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
  expect(groupIds.length, 'tag groups in the sidebar').toBeGreaterThan(0);
  const reached: string[] = [];
  for (const groupId of groupIds) {
    const group = page.locator(`${TAG_GROUP}[data-item-id="${groupId}"]`);
    if ((await group.getAttribute('aria-expanded')) !== 'true') await group.locator('> label').click();
    await expect.poll(() => group.getAttribute('aria-expanded'), { message: `${groupId} opens` }).toBe('true');
    const itemIds = await group
      .locator('li[data-item-id*="/operation/"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
    expect(itemIds.length, `operations under ${groupId}`).toBeGreaterThan(0);
    for (const itemId of itemIds) {
      const id = itemId.split('/operation/')[1] ?? '';
      const expected = headingOf(id);
      expect(expected, `the sidebar links ${itemId}, which is no operation or webhook of the spec`).toBeDefined();
      await page.locator(`${OPERATION_ITEM}[data-item-id="${itemId}"] > label`).click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(window.location.hash))).toBe(`#${itemId}`);
      const heading = page.locator(`[data-section-id="${itemId}"] h2`).first();
      await expect
        .poll(async () => (await heading.isVisible()) && headingText(await heading.textContent()), {
          message: `operation ${itemId} renders with its summary`,
        })
        .toBe(expected);
      reached.push(id);
    }
  }
  return reached;
}
