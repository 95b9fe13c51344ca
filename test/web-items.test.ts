/**
 * Item pages, contradictions, research gaps, citations and the curators' menu in Chromium, against
 * the real API and Neo4j. Screenshots at 1280×800 and 1920×1080 go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortCitation } from '../core/cite.ts';
import { ARTIFACTS, buildWeb, launchBrowser } from './browser.ts';
import { axeReport, seriousViolations } from './axe.ts';
import { startApi, type RunningApi } from './helpers.ts';

const SHOTS = join(ARTIFACTS, 'screenshots');
let api: RunningApi;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  api = await startApi({ webDist: await buildWeb() });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function shots(name: string, fullPage = false): Promise<void> {
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}-${w}.png`), fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const inViewport = (sel: ReturnType<Page['locator']>) =>
  sel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.width > 0;
  });
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('item pages', () => {
  it('opens an item page from a search hit: quote in context, stance columns and badges', { timeout: 150_000 }, async () => {
    // A claim about webcams that other sources contradict, supported or qualify: its hit carries badges.
    const { data } = await api.gql(
      `{ search(query: "webcam", types: [CLAIM], first: 20) { edges { node { ... on Claim { id text links { supports contradicts qualifies } } } } } }`,
    );
    const claim = data.search.edges.map((e: any) => e.node).find((n: any) => n.links.contradicts + n.links.supports + n.links.qualifies > 0)!;
    expect(claim).toBeDefined();
    await page.goto(`${api.url}/search?q=webcam&type=claim`);
    const hit = page.locator(`[data-testid="search-hit"][data-id="${claim.id}"]`);
    await hit.waitFor();
    const badges = await hit.getByTestId('link-badges').innerText();
    for (const [k, label] of [
      ['supports', 'supporting'],
      ['contradicts', 'contradicting'],
      ['qualifies', 'qualifying'],
    ] as const)
      if (claim.links[k] > 0) expect(badges).toContain(`${claim.links[k]} ${label}`);
    await hit.getByTestId('item-page-link').click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(`/items/${claim.id}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect(norm(await title.innerText())).toBe(norm(claim.text));
    const quote = page.getByTestId('quote-in-context').locator('mark.quote');
    expect(await inViewport(quote)).toBe(true);
    expect((await quote.innerText()).length).toBeGreaterThan(10);
    const columns = page.getByTestId('stance-column');
    await columns.first().waitFor();
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')))).toEqual([
      'SUPPORTS',
      'CONTRADICTS',
      'QUALIFIES',
      'RAISES_AS_OPEN',
    ]);
    // Side by side: the four columns share one row.
    const tops = await columns.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const inColumns = await page.getByTestId('stance-column').getByTestId('stance').count();
    expect(inColumns).toBeGreaterThan(0);
    await page.getByTestId('graph-link').waitFor();
    await shots('item-claim');
  });

  it('copies the quote with an APA citation (the text is shown too, should the clipboard be refused)', { timeout: 150_000 }, async () => {
    const { data } = await api.gql(`{ claims(filter: { sources: ["merdian-2019"] }, first: 1) { edges { node { id quote { text } } } } }`);
    const item = data.claims.edges[0].node;
    await page.goto(`${api.url}/items/${encodeURIComponent(item.id)}`);
    await page.getByTestId('copy-quote').click();
    const copied = page.getByTestId('copied-text');
    await copied.waitFor();
    const text = await copied.inputValue();
    expect(norm(text)).toContain(norm(item.quote.text));
    expect(text).toContain('” (Merdian et al., 2019)');
    // APA: surname, initials; the year in parentheses; the DOI as a link (citation-js's CSL APA style, or our fallback in the same form).
    expect(text).toMatch(/Merdian, H\. L\..*\(2019\)\./s);
    expect(text).toContain('https://doi.org/10.3390/ijerph16020243');
  });

  it('shows a gap page and a misconception page, and says "not found" with a way forward for an unknown id', { timeout: 150_000 }, async () => {
    const { data } = await api.gql('{ researchGaps { id question } misconceptions { id belief } }');
    await page.goto(`${api.url}/items/${encodeURIComponent(data.researchGaps[0].id)}`);
    await page.getByRole('heading', { level: 1, name: data.researchGaps[0].question }).waitFor();
    expect(await page.getByText(/^Priority: (High|Medium|Low)$/).count()).toBe(1);
    await page.getByTestId('stance-column').first().waitFor();
    expect(await page.getByTestId('stance-column').count()).toBe(2);
    await shots('item-gap');
    await page.goto(`${api.url}/items/${encodeURIComponent(data.misconceptions[0].id)}`);
    await page.getByRole('heading', { level: 1, name: data.misconceptions[0].belief }).waitFor();
    // A statistic's title gives its unit once: "5%", not "5% percent".
    await page.goto(`${api.url}/items/ceop-2013:s001`);
    const statTitle = page.getByRole('heading', { level: 1 });
    await statTitle.waitFor();
    expect(norm(await statTitle.innerText())).toBe('5%: Share of children who experience contact sexual abuse at some point during childhood.');
    await page.goto(`${api.url}/items/ceop-2013:no-such-item`);
    const nf = page.getByTestId('item-not-found');
    await nf.waitFor();
    expect(await nf.innerText()).toContain('There is no claim, statistic, research gap or misconception with the id “ceop-2013:no-such-item”');
    await nf.getByRole('link', { name: /Search for/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search');
  });

  it('offers Trace only where a statement cites another document', { timeout: 150_000 }, async () => {
    const { data } = await api.gql(
      '{ attributions { from { id } } claims(first: 50, filter: { sources: ["gallagher-2006"] }) { edges { node { id links { cites { verdict } citedBy } } } } }',
    );
    const citing = data.attributions[0].from.id;
    const plain = data.claims.edges.map((e: any) => e.node).find((n: any) => n.links.cites.length === 0 && n.links.citedBy === 0)!;
    await page.goto(`${api.url}/items/${encodeURIComponent(citing)}`);
    await page.getByTestId('item-trace').waitFor();
    expect(await page.getByTestId('trace-link').count()).toBe(1);
    await page.goto(`${api.url}/items/${encodeURIComponent(plain.id)}`);
    await page.getByTestId('stance-column').first().waitFor();
    expect(await page.getByTestId('trace-link').count()).toBe(0);
  });
});

describe('contradictions', () => {
  it(
    'keeps the chosen order (a on the left, with its header), shows the pair summary, and opens one into both quotes with the rationale',
    { timeout: 150_000 },
    async () => {
      await page.goto(`${api.url}/contradictions?a=ceop-2013&b=merdian-2019`);
      const cards = page.getByTestId('contradiction');
      await cards.first().waitFor({ timeout: 90_000 });
      await page.getByTestId('pair-summary').waitFor();
      // The summary's item references read as citations and link to the items' pages (no raw ids).
      const refs = page.getByTestId('pair-summary').locator('.summary-refs a');
      expect(await refs.count()).toBeGreaterThan(1);
      expect(await page.getByTestId('pair-summary').innerText()).not.toMatch(/[a-z]+-\d{4}:[a-z]*\d/);
      expect(await refs.first().innerText()).toMatch(/^(CEOP \(2013\)|Merdian et al\. \(2019\))$/);
      const refId = (await refs.first().getAttribute('data-item'))!;
      expect(await refs.first().getAttribute('href')).toBe(`/items/${encodeURIComponent(refId)}`);
      await refs.first().click();
      await page.waitForURL(`**/items/${encodeURIComponent(refId)}`);
      await page.getByTestId('item-page').waitFor();
      await page.goBack();
      await page.getByTestId('pair-summary').waitFor();
      const head = page.getByTestId('pair-columns-head');
      expect(norm(await head.innerText())).toBe('CEOP (2013) Merdian et al. (2019)');
      const n = await cards.count();
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(10);
      for (let i = 0; i < n; i++) {
        const sides = cards.nth(i).getByTestId('side');
        expect(await sides.nth(0).locator('.side-head').innerText()).toBe('CEOP (2013)');
        expect(await sides.nth(1).locator('.side-head').innerText()).toBe('Merdian et al. (2019)');
      }
      // The other order puts Merdian on the left.
      await page.goto(`${api.url}/contradictions?a=merdian-2019&b=ceop-2013`);
      await cards.first().waitFor({ timeout: 90_000 });
      expect(await cards.first().getByTestId('side').nth(0).locator('.side-head').innerText()).toBe('Merdian et al. (2019)');
      await page.goto(`${api.url}/contradictions?a=ceop-2013&b=merdian-2019`);
      await cards.first().getByTestId('open-contradiction').click();
      const detail = cards.first().getByTestId('contradiction-detail');
      await detail.waitFor();
      const ctx = detail.getByTestId('context-side');
      expect(await ctx.count()).toBe(2);
      expect(await ctx.nth(0).locator('mark.quote').innerText()).not.toBe('');
      expect(await ctx.nth(1).locator('mark.quote').innerText()).not.toBe('');
      expect((await detail.getByTestId('rationale').innerText()).length).toBeGreaterThan(10);
      await detail.getByTestId('settle-it').getByRole('heading', { name: 'What could settle it' }).waitFor();
      await shots('contradictions-open');
      const violations = await seriousViolations(page);
      expect(violations, axeReport(violations)).toEqual([]);
    },
  );

  it('pages ten at a time, sorts by confidence and filters by subtype', { timeout: 150_000 }, async () => {
    const { data } = await api.gql(
      '{ relations(first: 500, filter: { kinds: [CONTRADICTS, QUALIFIES] }) { totalCount edges { node { confidence subtype } } } }',
    );
    await page.goto(`${api.url}/contradictions`);
    const cards = page.getByTestId('contradiction');
    await cards.first().waitFor({ timeout: 90_000 });
    expect(await cards.count()).toBe(Math.min(10, data.relations.totalCount));
    expect(await page.getByTestId('contradiction-count').innerText()).toBe(`1–10 of ${data.relations.totalCount} conflicting pairs`);
    const confidences = await cards.evaluateAll((els) => els.map((e) => Number(/confidence (\d+)%/.exec(e.textContent ?? '')?.[1])));
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
    expect(Math.max(...confidences)).toBe(Math.round(Math.max(...data.relations.edges.map((e: any) => e.node.confidence)) * 100));
    await page.getByTestId('pager').getByRole('link', { name: 'Page 2' }).click();
    await expect.poll(() => page.getByTestId('contradiction-count').innerText(), { timeout: 30_000 }).toMatch(/^11–/);
    // The most frequent subtype, and how many contradictions have it.
    const bySubtype = new Map<string, number>();
    for (const e of data.relations.edges) bySubtype.set(e.node.subtype, (bySubtype.get(e.node.subtype) ?? 0) + 1);
    const [subtype, direct] = [...bySubtype].sort((x, y) => y[1] - x[1])[0]!;
    expect(direct).toBeLessThan(data.relations.totalCount);
    await page.getByTestId('subtype-filter').selectOption(subtype);
    await expect
      .poll(() => page.getByTestId('contradiction-count').innerText(), { timeout: 30_000 })
      .toBe(`1–${Math.min(10, direct)} of ${direct} conflicting pairs`);
  });
});

describe('research gaps', () => {
  it(
    'sorts by a column header with aria-sort, shows a priority for every gap, and exports a CSV with a BOM and the new columns',
    { timeout: 150_000 },
    async () => {
      await page.goto(`${api.url}/gaps`);
      const rows = page.getByTestId('gap-row');
      await rows.first().waitFor();
      const total = await rows.count();
      expect(await page.getByTestId('sort-priority').getAttribute('aria-sort')).toBe('descending');
      const tiers = await page.getByTestId('gap-tier').allInnerTexts();
      expect(tiers).toHaveLength(total);
      for (const t of tiers) expect(['High', 'Medium', 'Low']).toContain(t);
      // Pills keep to one line.
      const pill = page.locator('[data-testid="gap-row"] .badge.status-open').first();
      const box = await pill.boundingBox();
      expect(box!.height).toBeLessThan(30);
      await page.getByTestId('sort-question').getByRole('button').click();
      await expect.poll(() => page.getByTestId('sort-question').getAttribute('aria-sort')).toBe('ascending');
      expect(await page.getByTestId('sort-priority').getAttribute('aria-sort')).toBeNull();
      const questions = await rows.evaluateAll((els) => els.map((e) => e.querySelector('td button')!.textContent!.trim()));
      expect(questions).toEqual([...questions].sort((a, b) => a.localeCompare(b)));
      await page.getByTestId('sort-question').getByRole('button').click();
      await expect.poll(() => page.getByTestId('sort-question').getAttribute('aria-sort')).toBe('descending');
      await page.getByTestId('sort-sources').getByRole('button').click();
      await expect.poll(() => page.getByTestId('sort-sources').getAttribute('aria-sort')).toBe('descending');
      const counts = await page.getByTestId('gap-sources').allInnerTexts();
      const n = counts.map((c) => c.split(', ').length);
      expect(n).toEqual([...n].sort((a, b) => b - a));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const file = join(ARTIFACTS, 'research-gaps-items.csv');
      await download.saveAs(file);
      const bytes = (await import('node:fs')).readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = parseCsv(bytes, { columns: true, bom: true }) as Record<string, string>[];
      expect(csv).toHaveLength(total);
      expect(Object.keys(csv[0]!)).toEqual(expect.arrayContaining(['topics', 'link', 'priority', 'source_rating']));
      expect(csv[0]!.link).toBe(`${api.url}/items/${encodeURIComponent(csv[0]!.id!)}`);
      await page.goto(`${api.url}/gaps`);
      await rows.first().waitFor();
      await shots('gaps');
    },
  );
});

describe('citations and the curators’ menu', () => {
  it('lists every attribution with its verdict', { timeout: 150_000 }, async () => {
    const { data } = await api.gql('{ attributions { id verdict from { source { title authors year publisher } } } }');
    await page.goto(`${api.url}/citations`);
    const rows = page.getByTestId('citation-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(data.attributions.length);
    const verdicts = await page.getByTestId('verdict').allInnerTexts();
    expect(verdicts.sort()).toEqual(
      data.attributions.map((a: any) => ({ FAITHFUL: 'Faithful', DISTORTED: 'Distorted', UNSUPPORTED: 'Unsupported' })[a.verdict as string]).sort(),
    );
    expect(await rows.first().innerText()).toContain(shortCitation(data.attributions[0].from.source));
    await shots('citations');
    const violations = await seriousViolations(page);
    expect(violations, axeReport(violations)).toEqual([]);
  });

  it('keeps Review out of the main navigation: one curators’ menu with sign-in, review queue and audit log', { timeout: 150_000 }, async () => {
    await page.goto(`${api.url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    expect(await nav.getByRole('link', { name: 'Review' }).count()).toBe(0);
    const toggle = page.getByTestId('curator-header-link');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const menu = page.getByTestId('curator-menu');
    await menu.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Sign in', 'Review queue', 'Audit log']);
    expect(await inViewport(menu)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'curator-menu-1280.png'), clip: { x: 640, y: 0, width: 640, height: 260 } });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await toggle.click();
    await menu.getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/review');
    await page.getByTestId('signin-card').waitFor();
    expect(await page.getByTestId('curator-menu').count()).toBe(0);
  });
});
