/**
 * The portal's own pages (scripts/build/): the changelog page from a CHANGELOG.md, the Arazzo workflows found in
 * workflows/, the landing page's links to them, and the call "Try it" picks.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { API_DEFINITIONS } from '../../scripts/apis/index.mjs';
import { renderChangelogPage } from '../../scripts/build/changelog-page.mjs';
import { renderLandingPage } from '../../scripts/build/landing-page.mjs';
import { tryItOperation } from '../../scripts/build/try-it.mjs';
import { publishedWorkflow, readWorkflows } from '../../scripts/build/workflow-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundled = API_DEFINITIONS.map((definition) => ({
  name: definition.name,
  alias: definition.alias,
  root: `${root}spec/${definition.name}/openapi.yaml`,
  document: JSON.parse(readFileSync(`${root}generated/${definition.name}/openapi.json`, 'utf8')),
}));

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('every page of generated/docs', () => {
  it('names its icon, so that no browser asks the server for a favicon.ico it does not have', () => {
    const pages = readdirSync(`${root}generated/docs`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(4);
    for (const file of pages) expect(readFileSync(`${root}generated/docs/${file}`, 'utf8'), file).toContain('<link rel="icon"');
  });
});

describe('changelog page', () => {
  it('puts the releases first, in the file order (newest on top), guidance after them, and marks breaking changes', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'changelog-'));
    await writeFile(
      path.join(dir, 'CHANGELOG.md'),
      '# Changelog\n\nIntro.\n\n## How entries are made\n\nSteps.\n\n## [Unreleased]\n\n### a 2.0.0\n\n#### Breaking\n- gone\n\n## 1.0.0\n\n### a 1.0.0\n- first\n',
    );
    const html = (await renderChangelogPage(dir, '')) ?? '';
    const headings = [...html.matchAll(/<h(\d)([^>]*)>([^<]*)</g)].map(([, depth, attributes, text]) => `${depth}${attributes} ${text}`);
    expect(headings).toEqual([
      '1 id="changelog" Changelog',
      '2 id="unreleased" [Unreleased]',
      '3 id="a-2-0-0" a 2.0.0',
      '4 class="breaking" Breaking',
      '2 id="1-0-0" 1.0.0',
      '3 id="a-1-0-0" a 1.0.0',
      '2 id="how-entries-are-made" How entries are made',
    ]);
    expect(html).toContain('<a href="index.html">');
  });

  it('is left out without a CHANGELOG.md', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'changelog-'));
    expect(await renderChangelogPage(dir, '')).toBeUndefined();
  });
});

describe('workflows and the landing page', () => {
  it('publishes workflows/<api>.arazzo.yaml when it exists and links it from its API only', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workflows-'));
    expect(await readWorkflows(dir)).toEqual(new Map());
    await mkdir(path.join(dir, 'workflows'));
    await writeFile(path.join(dir, 'workflows', 'razorpay.arazzo.yaml'), 'arazzo: 1.0.1\n');
    await writeFile(path.join(dir, 'workflows', 'notes.md'), 'not a workflow');
    expect(await readWorkflows(dir)).toEqual(new Map([['razorpay.arazzo.yaml', 'arazzo: 1.0.1\n']]));

    const page = renderLandingPage(bundled, '', {
      sourcePages: [],
      workflows: new Map([['razorpay', 'workflows/razorpay.arazzo.yaml']]),
      changelog: true,
    });
    const cards = page.split('<li>\n      <h2>').slice(1);
    expect(cards).toHaveLength(bundled.length);
    for (const [index, { name }] of bundled.entries()) {
      const card = cards[index]!;
      for (const href of [
        `${name}.html`,
        `${name}/openapi.json`,
        `${name}/openapi.yaml`,
        `postman/${name}.postman_collection.json`,
        'changelog.html',
      ]) {
        expect(card, `${name}: ${href}`).toContain(`href="${href}"`);
      }
      expect(card.includes('href="workflows/razorpay.arazzo.yaml"'), name).toBe(name === 'razorpay');
      expect(page).toContain(`id="try-${name}"`);
    }
  });

  it("points the published copy's sources at the portal's files, and refuses a url the portal would not serve", async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workflows-'));
    await mkdir(path.join(dir, 'workflows'));
    await writeFile(path.join(dir, 'workflows', 'controls.openapi.yaml'), 'openapi: 3.1.0\n');
    const apis = [{ name: 'razorpay', root: path.join(dir, 'spec', 'razorpay', 'openapi.yaml') }];
    const workflow = (urls: string[]) =>
      `arazzo: 1.0.1\n# kept\nsourceDescriptions:\n${urls.map((url, index) => `  - name: s${index}\n    url: ${url}\n    type: openapi\n`).join('')}workflows: []\n`;

    const published = publishedWorkflow(
      dir,
      'razorpay.arazzo.yaml',
      workflow(['"../spec/razorpay/openapi.yaml"', './controls.openapi.yaml', 'https://example.com/x.yaml']),
      apis,
    );
    expect(published.content).toBe(workflow(['../razorpay/openapi.yaml', './controls.openapi.yaml', 'https://example.com/x.yaml']));
    expect(published.descriptions).toEqual([path.join(dir, 'workflows', 'controls.openapi.yaml')]);

    for (const url of ['../spec/juspay/openapi.yaml', './missing.openapi.yaml', '../README.md']) {
      expect(() => publishedWorkflow(dir!, 'razorpay.arazzo.yaml', workflow([url]), apis), url).toThrow(
        `workflows/razorpay.arazzo.yaml: sourceDescriptions url "${url}" is neither`,
      );
    }
  });
});

describe('tryItOperation', () => {
  it('takes the first read without an id, else the first call without one', () => {
    expect(bundled.map(({ document }) => tryItOperation(document).operationId)).toEqual([
      'fetchCustomers',
      'fetchAllCustomers',
      'createCustomer',
    ]);
  });
});
