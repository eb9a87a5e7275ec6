/**
 * The generated docs in a real browser (Debian's Chromium via playwright-core), served from generated/docs over
 * HTTP on 127.0.0.1 by the same static server `npm start` uses: the landing page links each API's reference,
 * bundles, Postman files, workflows and the changelog; its "Try it" commands answer 200 from a fresh sandbox;
 * the changelog lists releases newest first with breaking changes marked; every reference page reaches every
 * operation and webhook of its bundled spec from its sidebar, the search finds an operation; every link of every
 * page resolves to a file of generated/docs or an anchor of its page; and no page logs an error or sends a request
 * anywhere but the local server. Screenshots go to test-output/browser/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_DEFINITIONS, API_NAMES } from '../../scripts/apis/index.mjs';
import { listOperations, listWebhooks } from '../../scripts/lib/operations.mjs';
import { startMocks, type RunningMocks } from '../../scripts/mock/server.ts';
import { serveStatic, type RunningStaticServer } from '../../scripts/mock/static-docs.ts';
import { INSTALL_TIMEOUT_MS, launchChromium, type Browser } from './chromium.js';
import { curlRequests } from './shell-commands.ts';

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

describe('the portal', () => {
  let sandbox: RunningMocks;
  beforeAll(async () => {
    sandbox = await startMocks({ ports: { gateway: 0, razorpay: 0, juspay: 0 } });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it(
    'landing page links, per API, the reference, the bundles, the Postman files, the Arazzo workflows and the changelog',
    async () => {
      await page.goto(`${origin}/index.html`);
      const cards = page.locator('ul.apis > li');
      await expect.poll(() => cards.count()).toBe(API_NAMES.length);
      for (const api of API_NAMES) {
        const card = cards.filter({ has: page.locator(`h2 a[href="${api}.html"]`) });
        await expect.poll(() => card.count(), { message: `${api}'s card` }).toBe(1);
        const hrefs = await card.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        const workflow = existsSync(`${root}workflows/${api}.arazzo.yaml`) ? [`workflows/${api}.arazzo.yaml`] : [];
        const expected = [
          `${api}.html`,
          'changelog.html',
          `${api}/openapi.json`,
          `${api}/openapi.yaml`,
          `postman/${api}.postman_collection.json`,
          `postman/${api}.sandbox.postman_environment.json`,
          `postman/${api}.production.postman_environment.json`,
          ...workflow,
        ];
        for (const href of expected) {
          expect(hrefs, `${api}: ${href}`).toContain(href);
          expect(existsSync(`${DOCS_DIR}/${href}`), `${DOCS_DIR}/${href}`).toBe(true);
        }
        if (workflow.length === 0) expect(hrefs.filter((href) => href?.startsWith('workflows/'))).toEqual([]);
      }
    },
    PAGE_TIMEOUT,
  );

  it(
    'changelog.html lists the releases newest first and marks every breaking change',
    async () => {
      await page.goto(`${origin}/changelog.html`);
      const releases = await page.locator('h2').allTextContents();
      expect(releases[0]).toBe('[Unreleased]');
      // Each API's versions, in page order, must go down.
      const versions = (await page.locator('h3').allTextContents()).map((text) => /^(\w+) (\d+)\.(\d+)\.(\d+)$/.exec(text.trim()));
      for (const api of API_NAMES) {
        const own = versions.filter((match) => match?.[1] === api).map((match) => match!.slice(2).map(Number));
        expect(own.length, `${api} versions in the changelog`).toBeGreaterThan(0);
        for (let index = 1; index < own.length; index++) {
          const [newer, older] = [own[index - 1]!, own[index]!];
          const order = newer.findIndex((part, at) => part !== older[at]);
          expect(order >= 0 && newer[order]! > older[order]!, `${api} ${newer.join('.')} before ${older.join('.')}`).toBe(true);
        }
      }
      const breaking = page.locator('h4', { hasText: /^Breaking/ });
      expect(await breaking.count()).toBe((readFileSync(`${root}CHANGELOG.md`, 'utf8').match(/^#### Breaking/gm) ?? []).length);
      for (const heading of await breaking.all()) {
        expect(await heading.getAttribute('class')).toBe('breaking');
        expect(await heading.evaluate((element) => getComputedStyle(element, '::before').content)).toContain('⚠');
      }
      await page.screenshot({ path: `${SCREENSHOTS}/changelog.png`, fullPage: true });
    },
    PAGE_TIMEOUT,
  );

  for (const definition of API_DEFINITIONS) {
    it(
      `Try it (${definition.name}): the commands on the landing page, pasted twice, answer 200 from a fresh sandbox`,
      async () => {
        await page.goto(`${origin}/index.html`);
        const snippet = await page.locator(`code[data-try-it="${definition.name}"]`).textContent();
        // The page names the sandbox's default port; this test's sandbox listens on a free one.
        const sandboxOrigin = new URL(sandbox.urls[definition.name]).origin;
        const requests = curlRequests((snippet ?? '').replaceAll(`http://127.0.0.1:${definition.defaultPort}`, sandboxOrigin));
        expect(requests.length).toBeGreaterThan(0);
        for (const paste of [1, 2]) {
          for (const request of requests) {
            const response = await fetch(request.url, request);
            expect(response.status, `paste ${paste}: ${request.method} ${request.url}: ${await response.text()}`).toBe(200);
          }
        }
      },
      PAGE_TIMEOUT,
    );
  }

  it(
    'every link of every page resolves to a file of generated/docs or an anchor of its page, every page links back to the landing page; none is followed off the site',
    async () => {
      const pages = (readdirSync(DOCS_DIR, { recursive: true }) as string[])
        .map((file) => file.split('\\').join('/'))
        .filter((file) => file.endsWith('.html'))
        .sort();
      expect(pages).toEqual(expect.arrayContaining(['index.html', 'changelog.html', ...API_NAMES.map((api) => `${api}.html`)]));
      const broken: string[] = [];
      const withoutWayBack: string[] = [];
      let checked = 0;
      for (const file of pages) {
        await page.goto(`${origin}/${file}`);
        await page.waitForLoadState('load');
        const links = await page
          .locator('a[href]')
          .evaluateAll((anchors) =>
            anchors.map((anchor) => ({ raw: anchor.getAttribute('href') ?? '', url: (anchor as HTMLAnchorElement).href })),
          );
        if (file !== 'index.html' && !links.some(({ url }) => url === `${origin}/index.html`)) withoutWayBack.push(file);
        for (const { raw, url } of links) {
          const target = new URL(url);
          // Redoc's download button holds the page's own document as a blob.
          if (target.protocol === 'blob:' || target.protocol === 'data:') continue;
          if (target.origin !== origin) continue; // another site's page, cited; never requested (see afterEach)
          checked++;
          const samePage = target.pathname === new URL(`${origin}/${file}`).pathname;
          if (samePage && target.hash) {
            const id = decodeURIComponent(target.hash.slice(1));
            const found = await page.evaluate(
              (name) =>
                document.getElementById(name) !== null ||
                document.getElementsByName(name).length > 0 ||
                // Redoc's routes (`#tag/…/operation/…`) name its sections.
                document.querySelector(`[data-section-id="${CSS.escape(name)}"]`) !== null ||
                document.querySelector(`[data-section-id$="/${CSS.escape(name)}"]`) !== null,
              id,
            );
            if (!found) broken.push(`${file}: ${raw} (no such anchor)`);
          } else if (!samePage || !target.hash) {
            const path = decodeURIComponent(target.pathname).replace(/^\//, '');
            if (!existsSync(`${DOCS_DIR}/${path}`)) broken.push(`${file}: ${raw} (no file ${path})`);
          }
        }
      }
      expect(broken).toEqual([]);
      expect(withoutWayBack, 'pages without a link back to the landing page').toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
    4 * PAGE_TIMEOUT,
  );
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
