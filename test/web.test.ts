import { describe, expect, it } from 'vitest';
import { useBrowser, type Edges } from './browser.ts';
import { IMMUTABLE, REVALIDATE } from '../api/web-app.ts';

// Production mode: the API serves the built app with its real content security policy.
const web = useBrowser({ viewport: { width: 1280, height: 900 }, api: { production: true } });

describe('web app in Chromium (real API, real Neo4j)', () => {
  it('lists the five sources on the landing page', async () => {
    await web.page.goto(web.url());
    const cards = web.page.getByTestId('source-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    await expect.poll(() => web.page.getByRole('heading', { name: 'Transnational Child Sexual Abuse: Outcomes from a Roundtable Discussion' }).count()).toBe(1);
    expect(await web.page.getByText('About this corpus.').count()).toBe(1);
    await web.shot('sources', { fullPage: true });
  });

  it('opens a readable view of a source, decoded where the slide font was damaged', async () => {
    await web.page.goto(web.url());
    await web.page.getByRole('link', { name: /International Working Group on Online Sex Offending/ }).click();
    await web.page.getByRole('heading', { level: 1, name: /IWG_OSO/ }).waitFor();
    await web.page.getByText('MAJOR FINDINGS of the IWG_OSO’s consultation process').waitFor();
    expect(web.page.url()).toContain('/sources/iwg-oso-2018');
    await web.shot('reader-slides');
  });

  it('deep-links to a passage deep in a long source and pages to it', async () => {
    const { search } = await web.gql<{ search: Edges<{ id: string; source: { id: string } }> }>(
      '{ search(query: "\\"forced marriages\\"", types: [PASSAGE], first: 1) { edges { node { ... on Passage { id source { id } } } } } }',
    );
    const hit = search.edges[0]!.node;
    await web.page.goto(web.url(`/sources/${hit.source.id}?passage=${encodeURIComponent(hit.id)}`));
    const target = web.page.locator(`[id="${hit.id}"]`);
    await target.waitFor({ timeout: 30_000 });
    expect(await target.getAttribute('class')).toContain('targeted');
    await web.shot('reader-deep-link');
  });

  it('highlights quoted spans in the reader; selecting one shows the item with its quote in context', async () => {
    await web.page.goto(web.url('/sources/merdian-2019'));
    const marks = web.page.locator('mark.hl');
    await marks.first().waitFor();
    // Only the passages near the viewport are in the page (far windows are unloaded), so a few dozen quotes.
    expect(await marks.count()).toBeGreaterThan(20);
    const first = marks.first();
    const item = await first.getAttribute('data-item');
    await first.focus();
    await web.page.keyboard.press('Enter');
    const panel = web.page.getByTestId('evidence-panel');
    await panel.getByText('Quote in context').waitFor();
    expect(web.page.url()).toContain(`item=${encodeURIComponent(item!)}`);
    const quote = await panel.locator('mark.quote').innerText();
    expect(quote.length).toBeGreaterThan(5);
    expect((await first.innerText()).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' ').slice(0, (await first.innerText()).replace(/\s+/g, ' ').length));
    await web.shot('reader-evidence');
    await panel.getByRole('button', { name: 'Close the evidence panel' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('says so when a source does not exist', async () => {
    await web.page.goto(web.url('/sources/no-such-source'));
    await web.page.getByText('No source with the id').waitFor();
  });

  it('is served by the API: index.html revalidated, hashed assets cached for good, client routes answered with the app', async () => {
    const index = await fetch(`${web.api.url}/`);
    expect(index.headers.get('cache-control')).toBe(REVALIDATE);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2); // the entry script and the stylesheet at least
    for (const asset of assets) {
      expect(asset).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/); // Vite's content hash, what makes caching for good safe
      const res = await fetch(`${web.api.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control'), asset).toBe(IMMUTABLE);
    }
    const route = await fetch(`${web.api.url}/graph?focus=x`);
    expect(route.headers.get('cache-control')).toBe(REVALIDATE);
    expect(await route.text()).toBe(html);
  });

  it('runs under the content security policy the API sends: no violation in the views visited', async () => {
    const violations: string[] = [];
    await web.page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await web.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
          `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    for (const path of ['/graph', '/map', '/search?q=prevalence']) {
      await web.page.goto(`${web.api.url}${path}`);
      await web.page.locator('main').first().waitFor();
      await web.page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    // The check itself works: an inline script, which the policy forbids, is reported.
    await web.page.evaluate(() => {
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
    web.page.on('request', onRequest);
    await web.page.route('**/assets/GraphView-*.js', (route) => route.abort('connectionrefused'));
    try {
      await web.page.goto(web.url());
      await web.page.getByTestId('source-card').first().waitFor();
      expect(scripts.some((s) => /\/GraphView-/.test(s))).toBe(false);
      await web.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
      const alert = web.page.getByRole('alert');
      await alert.getByText('This page could not be loaded.').waitFor();
      expect(await alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
      await web.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
      await web.page.getByTestId('source-card').first().waitFor();
    } finally {
      web.page.off('request', onRequest);
      await web.page.unroute('**/assets/GraphView-*.js');
    }
  });
});
