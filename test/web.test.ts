import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, buildWeb, launchBrowser } from './browser.ts';
import { startApi, type RunningApi } from './helpers.ts';
import { IMMUTABLE, REVALIDATE } from '../api/web-app.ts';

let api: RunningApi;
let browser: Browser;
let page: Page;
/** Every content security policy violation any page of this file reports. */
const violations: string[] = [];

beforeAll(async () => {
  api = await startApi({ webDist: await buildWeb(), production: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('web app in Chromium (real API, real Neo4j)', () => {
  it('lists the five sources on the landing page', async () => {
    await page.goto(api.url);
    const cards = page.getByTestId('source-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    await expect.poll(() => page.getByRole('heading', { name: 'Transnational Child Sexual Abuse: Outcomes from a Roundtable Discussion' }).count()).toBe(1);
    expect(await page.getByText('About this corpus.').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'sources.png'), fullPage: true });
  });

  it('opens a readable view of a source, decoded where the slide font was damaged', async () => {
    await page.getByRole('link', { name: /International Working Group on Online Sex Offending/ }).click();
    await page.getByRole('heading', { level: 1, name: /IWG_OSO/ }).waitFor();
    await page.getByText('MAJOR FINDINGS of the IWG_OSO’s consultation process').waitFor();
    expect(page.url()).toContain('/sources/iwg-oso-2018');
    await page.screenshot({ path: join(ARTIFACTS, 'reader-slides.png') });
  });

  it('deep-links to a passage deep in a long source and pages to it', async () => {
    const res = await api.gql(
      '{ search(query: "\\"forced marriages\\"", types: [PASSAGE], first: 1) { edges { node { ... on Passage { id source { id } } } } } }',
    );
    const hit = res.data.search.edges[0].node;
    await page.goto(`${api.url}/sources/${hit.source.id}?passage=${encodeURIComponent(hit.id)}`);
    const target = page.locator(`[id="${hit.id}"]`);
    await target.waitFor({ timeout: 30_000 });
    expect(await target.getAttribute('class')).toContain('targeted');
    await page.screenshot({ path: join(ARTIFACTS, 'reader-deep-link.png') });
  });

  it('highlights quoted spans in the reader; selecting one shows the item with its quote in context', async () => {
    await page.goto(`${api.url}/sources/merdian-2019`);
    const marks = page.locator('mark.hl');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(50);
    const first = marks.first();
    const item = await first.getAttribute('data-item');
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('evidence-panel');
    await panel.getByText('Quote in context').waitFor();
    expect(page.url()).toContain(`item=${encodeURIComponent(item!)}`);
    const quote = await panel.locator('mark.quote').innerText();
    expect(quote.length).toBeGreaterThan(5);
    expect((await first.innerText()).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' ').slice(0, (await first.innerText()).replace(/\s+/g, ' ').length));
    await page.screenshot({ path: join(ARTIFACTS, 'reader-evidence.png') });
    await panel.getByRole('button', { name: 'Close the evidence panel' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('says so when a source does not exist', async () => {
    await page.goto(`${api.url}/sources/no-such-source`);
    await page.getByText('No source with the id').waitFor();
  });

  it('is served by the API: index.html revalidated, hashed assets cached for good, client routes answered with the app', async () => {
    const index = await fetch(`${api.url}/`);
    expect(index.headers.get('cache-control')).toBe(REVALIDATE);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2); // the entry script and the stylesheet at least
    for (const asset of assets) {
      expect(asset).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/); // Vite's content hash, what makes caching for good safe
      const res = await fetch(`${api.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control'), asset).toBe(IMMUTABLE);
    }
    const route = await fetch(`${api.url}/graph?focus=x`);
    expect(route.headers.get('cache-control')).toBe(REVALIDATE);
    expect(await route.text()).toBe(html);
  });

  it('runs under the content security policy the API sends: no violation in the views visited', async () => {
    for (const path of ['/graph', '/map', '/search?q=prevalence']) {
      await page.goto(`${api.url}${path}`);
      await page.locator('main').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    // The check itself works: an inline script, which the policy forbids, is reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/^script-src/);
  });

  it('loads each view on demand: the landing page without the graph chunk, and a view that fails to download says so, with the navigation still working', async () => {
    const scripts: string[] = [];
    const onRequest = (r: { resourceType(): string; url(): string }) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    page.on('request', onRequest);
    await page.route('**/assets/GraphView-*.js', (route) => route.abort('connectionrefused'));
    try {
      await page.goto(api.url);
      await page.getByTestId('source-card').first().waitFor();
      expect(scripts.some((s) => /\/GraphView-/.test(s))).toBe(false);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('This page could not be loaded.').waitFor();
      expect(await alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
      await page.getByTestId('source-card').first().waitFor();
    } finally {
      page.off('request', onRequest);
      await page.unroute('**/assets/GraphView-*.js');
    }
  });
});
