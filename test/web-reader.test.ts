import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, buildWeb, launchBrowser } from './browser.ts';
import { startApi, type RunningApi } from './helpers.ts';

let api: RunningApi;
let browser: Browser;
let page: Page;
const SHOTS = join(ARTIFACTS, 'screenshots');
/** Measurements printed at the end (time from navigation to the quote being on screen). */
const timings: Record<string, number> = {};

type Item = { id: string; source: string; ordinal: number };
let lateItem: Item; // the statistic quoted from the 2006 report's last passages
let traced: string; // a statistic of the 2019 article that cites another corpus document
let contested: string; // a claim with other sources' stances

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  api = await startApi({ webDist: await buildWeb() });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const stats = await api.gql(
    `{ statistics(filter: { sources: ["gallagher-2006"] }, first: 500) { edges { node { id quote { context { passages { ordinal } } } } } } }`,
  );
  lateItem = (stats.data.statistics.edges as { node: { id: string; quote: { context: { passages: { ordinal: number }[] } } } }[])
    .map(({ node }) => ({ id: node.id, source: 'gallagher-2006', ordinal: node.quote.context.passages[0]!.ordinal }))
    .reduce((a, b) => (b.ordinal > a.ordinal ? b : a));
  const merdian = await api.gql(`{ statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`);
  for (const { node } of merdian.data.statistics.edges) {
    const t = await api.gql(`query($id: ID!) { trace(id: $id) { attributions { to { id } } } }`, { id: node.id });
    if (t.data.trace.attributions.some((a: { to: unknown }) => a.to)) {
      traced = node.id;
      break;
    }
  }
  const rel = await api.gql(`{ relations(filter: { kinds: [CONTRADICTS] }, first: 1) { edges { node { from { id } } } } }`);
  contested = rel.data.relations.edges[0].node.from.id;
});
afterAll(async () => {
  console.log('reader timings (ms):', JSON.stringify(timings));
  await browser?.close();
  await api?.close();
});

/** The item's quote is rendered, inside the viewport, highlighted as selected and focused. */
async function expectQuoteShown(itemId: string): Promise<void> {
  const mark = page.locator(`mark[data-items~="${itemId}"]`).first();
  await mark.waitFor({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        mark.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
        }),
      { timeout: 10_000 },
    )
    .toBe(true);
  expect(await mark.getAttribute('class')).toMatch(/\bhl hl-\w+ selected\b/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-items') ?? '')).toContain(itemId);
  const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
}

/** Milliseconds from navigating to `url` until the item's quote is on screen. */
async function timeToQuote(url: string, itemId: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (id) => {
      const el = document.querySelector(`mark[data-items~="${id}"]`);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    },
    itemId,
    { timeout: 30_000, polling: 'raf' },
  );
  return Date.now() - t0;
}

describe('the reader opens at the quote (Chromium, real API, real Neo4j)', () => {
  it('found the items to visit', () => {
    expect(lateItem.ordinal).toBeGreaterThan(1500);
    expect(traced).toBeDefined();
    expect(contested).toBeDefined();
  });

  it('opens the 2006 report at a quote near its end, without loading every page above it', async () => {
    timings.lateQuote = await timeToQuote(`${api.url}/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`, lateItem.id);
    await expectQuoteShown(lateItem.id);
    const rendered = await page.locator('.reader-text .passage').count();
    expect(rendered).toBeLessThanOrEqual(400);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(60_000);
    await page.screenshot({ path: join(SHOTS, 'reader-late-quote-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${api.url}/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`);
    await expectQuoteShown(lateItem.id);
    await page.screenshot({ path: join(SHOTS, 'reader-late-quote-1920.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('loads the passages before the window when the reader scrolls up, keeping the text in place', async () => {
    await page.goto(`${api.url}/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`);
    await expectQuoteShown(lateItem.id);
    const firstOrdinalBefore = await page.locator('.reader-text .passage').first().getAttribute('id');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.locator('.reader-text .passage').first().getAttribute('id'), { timeout: 15_000 }).not.toBe(firstOrdinalBefore);
    // The passage that was first is still where the reader looks (scroll anchoring), not pushed away.
    const top = await page.locator(`[id="${firstOrdinalBefore}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(1200);
  });
});
