import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startAppHarness, tokenFor, MANAGER, type AppHarness } from '../support/app-harness';
import { launchOfflineChromium, type OfflineBrowser } from '../support/headless-chromium';

/** Screenshots land here (git-ignored); JEJAK_DOCS_SCREENSHOT=1 also refreshes the one in docs/images. */
const SHOTS = path.join(__dirname, '..', '..', 'test-results', 'screenshots');
const DOCS_SHOT = path.join(__dirname, '..', '..', 'docs', 'images', 'graphiql.png');

/** Types into one of GraphiQL's editors as a person would (its brackets and quotes close themselves). */
async function typeInto(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`${editor} .CodeMirror`).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 15 });
}

/** GraphiQL in a browser with no internet: the page, its files and the schema all come from the API. */
describe('GraphiQL', () => {
  let app: AppHarness;
  let browser: OfflineBrowser;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await launchOfflineChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('completes, documents and runs a query with a bearer token, offline', async () => {
    const expected = await app.gql<{ moduleTemplates: { id: string; nameEn: string }[] }>(
      '{ moduleTemplates { id nameEn } }',
    );
    const firstTemplate = expected.data!.moduleTemplates[0];
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });

    await page.goto(`${app.api.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // The headers box shows where the token goes before anyone types.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    await expect(headers.innerText()).resolves.toContain('"Authorization": "Bearer <token>"');
    await typeInto(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)', '');
    await page.keyboard.type(`{"Authorization": "Bearer ${await tokenFor(MANAGER)}"}`);
    await page.keyboard.press('Home');

    await typeInto(page, '.graphiql-query-editor', '{ moduleTempl');
    await expect(page.locator('.CodeMirror-hints').innerText()).resolves.toContain('moduleTemplates');
    await page.keyboard.press('Escape');
    await page.keyboard.type('ates { id nameEn } }', { delay: 15 });

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await expect(docs.getByText('moduleTemplates', { exact: true }).first().isVisible()).resolves.toBe(true);
    await docs.getByText('ModuleTemplate', { exact: true }).first().click();
    await expect(docs.locator('.graphiql-doc-explorer-title').innerText()).resolves.toBe('ModuleTemplate');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText(firstTemplate.id).first().waitFor();
    await expect(result.innerText()).resolves.toContain(firstTemplate.nameEn);

    await docs.locator('.graphiql-doc-explorer-title').scrollIntoViewIfNeeded();
    mkdirSync(SHOTS, { recursive: true });
    const shot = path.join(SHOTS, 'graphiql.png');
    await page.screenshot({ path: shot });
    if (process.env.JEJAK_DOCS_SCREENSHOT === '1') copyFileSync(shot, DOCS_SHOT);
    expect(browser.refused).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('runs queries without completion or docs where introspection is off, as in production', async () => {
    const closed = await startAppHarness(undefined, { env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${closed.api.url}/graphql`);
      const result = page.locator('.graphiql-response');
      await result
        .getByText(/introspection/i)
        .first()
        .waitFor();
      await typeInto(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)', '');
      await page.keyboard.type(`{"Authorization": "Bearer ${await tokenFor(MANAGER)}"}`);
      // The anonymous query replaces the named default one, whose name GraphiQL keeps without a schema.
      await typeInto(page, '.graphiql-query-editor', '{ moduleTemplates { id } }');
      await page.locator('.graphiql-execute-button').click();
      await result.getByText('"moduleTemplates"').waitFor();
      await page.close();
    } finally {
      await closed.stop();
    }
  });

  it('serves its files from the API with a content hash, a year of caching and a self-only policy', async () => {
    const res = await fetch(`${app.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    const html = await res.text();
    expect(html).not.toMatch(/(src|href)=["']https?:/i);
    const files = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    // React, ReactDOM, GraphiQL and the page's start script; GraphiQL's style and the page's layout.
    expect(files).toHaveLength(6);
    for (const file of files) {
      expect(file).toMatch(/^\/graphiql\/[\w-]+\.[0-9a-f]{16}\.(js|css)$/);
      const asset = await fetch(`${app.api.url}${file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });
});
