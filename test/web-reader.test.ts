import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, type Edges } from './browser.ts';

const web = useBrowser();
/** Measurements printed at the end (time from navigation to the quote being on screen). */
const timings: Record<string, number> = {};

type Item = { id: string; source: string; ordinal: number };
let lateItem: Item; // the statistic quoted from the 2006 report's last passages
let traced: string; // a statistic of the 2019 article that cites another corpus document
let contested: string; // a claim with other sources' stances

beforeAll(async () => {
  const stats = await web.gql<{ statistics: Edges<{ id: string; quote: { context: { passages: { ordinal: number }[] } } }> }>(
    `{ statistics(filter: { sources: ["gallagher-2006"] }, first: 500) { edges { node { id quote { context { passages { ordinal } } } } } } }`,
  );
  lateItem = stats.statistics.edges
    .map(({ node }) => ({ id: node.id, source: 'gallagher-2006', ordinal: node.quote.context.passages[0]!.ordinal }))
    .reduce((a, b) => (b.ordinal > a.ordinal ? b : a));
  const merdian = await web.gql<{ statistics: Edges<{ id: string }> }>(
    `{ statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`,
  );
  for (const { node } of merdian.statistics.edges) {
    const { trace } = await web.gql<{ trace: { attributions: { to: { id: string } | null }[] } }>(
      `query($id: ID!) { trace(id: $id) { attributions { to { id } } } }`,
      { id: node.id },
    );
    if (trace.attributions.some((a) => a.to)) {
      traced = node.id;
      break;
    }
  }
  const rel = await web.gql<{ relations: Edges<{ from: { id: string } }> }>(
    `{ relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { id } } } } }`,
  );
  contested = rel.relations.edges[0]!.node.from.id;
});
afterAll(() => {
  console.log('reader timings (ms):', JSON.stringify(timings));
});

/** The item's quote is rendered, inside the viewport, highlighted as selected and focused. */
async function expectQuoteShown(itemId: string): Promise<void> {
  const mark = web.page.locator(`mark[data-items~="${itemId}"]`).first();
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
  expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-items') ?? '')).toContain(itemId);
  const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
}

/** Milliseconds from navigating to `url` until the item's quote is on screen. */
async function timeToQuote(url: string, itemId: string): Promise<number> {
  const t0 = Date.now();
  await web.page.goto(url);
  await web.page.waitForFunction(
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
    timings.lateQuote = await timeToQuote(web.url(`/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`), lateItem.id);
    await expectQuoteShown(lateItem.id);
    const rendered = await web.page.locator('.reader-text .passage').count();
    expect(rendered).toBeLessThanOrEqual(400);
    const height = await web.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(60_000);
    await web.shot('reader-late-quote-1280');
    await web.page.setViewportSize({ width: 1920, height: 1080 });
    await web.page.goto(web.url(`/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`));
    await expectQuoteShown(lateItem.id);
    await web.shot('reader-late-quote-1920');
    await web.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('loads the passages before the window when the reader scrolls up, keeping the text in place', async () => {
    await web.page.goto(web.url(`/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`));
    await expectQuoteShown(lateItem.id);
    const firstOrdinalBefore = await web.page.locator('.reader-text .passage').first().getAttribute('id');
    await web.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => web.page.locator('.reader-text .passage').first().getAttribute('id'), { timeout: 15_000 }).not.toBe(firstOrdinalBefore);
    // The passage that was first is still where the reader looks (scroll anchoring), not pushed away.
    const top = await web.page.locator(`[id="${firstOrdinalBefore}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(1200);
  });
});

describe('reading through a long document keeps the page bounded', () => {
  type Step = { rendered: number; firstOrdinal: number; topOrdinal: number; drift: number; held: boolean };
  /** Scrolls by `dy`, notes the passage under the middle of the viewport, waits for the reader to settle, and measures. */
  async function step(dy: number): Promise<Step> {
    const seen = await web.page.evaluate((dy) => {
      window.scrollBy(0, dy);
      const el = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest<HTMLElement>('.passage');
      return el ? { id: el.id, top: el.getBoundingClientRect().top } : null;
    }, dy);
    // Two frames for the range check, then until no page of passages is being fetched.
    await web.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await web.page.waitForFunction(() => document.querySelector('.reader-text')?.getAttribute('aria-busy') === 'false');
    await web.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return web.page.evaluate((seen) => {
      const passages = [...document.querySelectorAll<HTMLElement>('.reader-text .passage')];
      const el = seen ? document.getElementById(seen.id) : null;
      const top = passages.find((p) => p.getBoundingClientRect().bottom > 0);
      return {
        rendered: passages.length,
        firstOrdinal: Number(passages[0]?.dataset.ordinal ?? -1),
        topOrdinal: Number(top?.dataset.ordinal ?? -1),
        drift: el && seen ? Math.abs(el.getBoundingClientRect().top - seen.top) : 0,
        held: Boolean(el || !seen),
      };
    }, seen);
  }

  it('unloads passages far from the viewport, the text under the viewport never jumping, down and back up', async () => {
    await web.page.goto(web.url('/sources/gallagher-2006'));
    await web.page.locator('.reader-text .passage').first().waitFor();
    const down: Step[] = [];
    for (let i = 0; i < 60; i++) down.push(await step(1500));
    const last = down.at(-1)!;
    // Far into the report, with its start taken out of the page.
    expect(last.topOrdinal).toBeGreaterThan(600);
    expect(last.firstOrdinal).toBeGreaterThan(100);
    expect(Math.max(...down.map((s) => s.rendered))).toBeLessThanOrEqual(300);
    for (const s of down) {
      expect(s.held).toBe(true);
      expect(s.drift).toBeLessThanOrEqual(2);
    }
    const up: Step[] = [];
    for (let i = 0; i < 30; i++) up.push(await step(-1500));
    expect(up.at(-1)!.topOrdinal).toBeLessThan(last.topOrdinal - 200);
    expect(Math.max(...up.map((s) => s.rendered))).toBeLessThanOrEqual(300);
    for (const s of up) {
      expect(s.held).toBe(true);
      expect(s.drift).toBeLessThanOrEqual(2);
    }
    console.log('reader range while scrolling (rendered passages, max):', Math.max(...down.map((s) => s.rendered), ...up.map((s) => s.rendered)));
    // A jump from the contents to a passage taken out of the page puts it back, in view.
    const heading = web.page.getByTestId('toc').getByRole('link').nth(2);
    const target = new URL((await heading.getAttribute('href'))!, web.api.url).searchParams.get('passage')!;
    await heading.click();
    const el = web.page.locator(`[id="${target}"]`);
    await el.waitFor();
    await expect.poll(() => el.evaluate((e) => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  });
});

const itemOf = (href: string | null): string => new URL(href ?? '', 'http://x').searchParams.get('item') ?? '';

describe('links into the reader land on the quote', () => {
  it('from the evidence map', async () => {
    const map = await web.gql<{ evidenceMap: { cells: { topic: string; source: string; statistics: number }[] } }>(
      `{ evidenceMap { cells { topic source statistics } } }`,
    );
    const cell = map.evidenceMap.cells.find((c) => c.source === 'gallagher-2006' && c.statistics > 2)!;
    await web.page.goto(web.url(`/map?metric=statistics&topic=${cell.topic}&source=gallagher-2006`));
    // The cell's sections load separately; take a statistic's link and click that very link (by its
    // address), not whichever link is last when the click lands.
    const statistics = web.page.getByTestId('map-statistics').getByTestId('reader-link');
    await statistics.last().waitFor();
    const href = (await statistics.last().getAttribute('href')) ?? '';
    const item = itemOf(href);
    expect(item).toMatch(/^gallagher-2006:/);
    await web.page.locator(`a[data-testid="reader-link"][href="${href}"]`).first().click();
    await expectQuoteShown(item);
    await web.shot('reader-from-map-1280');

    // Back returns to the map's open cell; forward to the quote, in view again.
    await web.page.goBack();
    await web.page.getByTestId('reader-link').last().waitFor();
    expect(web.page.url()).toContain('/map?');
    await web.page.goForward();
    const mark = web.page.locator(`mark[data-items~="${item}"]`).first();
    await mark.waitFor();
    await expect.poll(() => mark.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  });

  it('from a trace', async () => {
    await web.page.goto(web.url(`/trace/${encodeURIComponent(traced)}`));
    const link = web.page.getByTestId('trace-Primary source').first().locator('figcaption a');
    await link.waitFor();
    const item = itemOf(await link.getAttribute('href'));
    await link.click();
    await expectQuoteShown(item);
  });

  it("from the item panel's “where the sources stand”", async () => {
    const ev = await web.gql<{ evidence: { source: { id: string } } }>(`query($id: ID!) { evidence(id: $id) { source { id } } }`, { id: contested });
    await web.page.goto(web.url(`/sources/${ev.evidence.source.id}?item=${encodeURIComponent(contested)}`));
    const link = web.page.getByTestId('stance').first().locator('.stance-source a');
    await link.waitFor();
    const item = itemOf(await link.getAttribute('href'));
    expect(item).not.toBe(contested);
    await link.click();
    await expectQuoteShown(item);
    expect(await web.page.getByTestId('evidence-panel').count()).toBe(1);
  });

  it('from search', async () => {
    await web.page.goto(web.url(`/search?q=${encodeURIComponent('"proactive"')}`));
    const link = web.page.locator('a.hit-link[href*="item="]').first();
    await link.waitFor();
    const item = itemOf(await link.getAttribute('href'));
    const t0 = Date.now();
    await link.click();
    await expectQuoteShown(item);
    timings.fromSearch = Date.now() - t0;
  });

  it('contents and find jump to a passage; back returns to the quote', async () => {
    await web.page.goto(web.url(`/sources/gallagher-2006?item=${encodeURIComponent(lateItem.id)}`));
    await expectQuoteShown(lateItem.id);
    // The contents mark the section being read, scrolled into the panel's view.
    const reading = web.page.getByTestId('toc').locator('a[aria-current="location"]');
    await expect.poll(() => reading.count()).toBe(1);
    const inPanel = await reading.evaluate((a) => {
      const panel = a.closest('.reader-side')!.getBoundingClientRect();
      const r = a.getBoundingClientRect();
      return r.top >= panel.top && r.bottom <= panel.bottom;
    });
    expect(inPanel).toBe(true);
    await web.shot('reader-contents-1280');
    const heading = web.page.getByTestId('toc').getByRole('link').nth(3);
    const target = new URL((await heading.getAttribute('href'))!, web.api.url).searchParams.get('passage')!;
    await heading.click();
    const el = web.page.locator(`[id="${target}"]`);
    await el.waitFor();
    await expect.poll(() => el.evaluate((e) => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await el.getAttribute('class')).toContain('targeted');
    await web.page.goBack();
    const mark = web.page.locator(`mark[data-items~="${lateItem.id}"]`).first();
    await expect.poll(() => mark.evaluate((e) => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);

    await web.page.locator('#find-input').fill('webcam');
    await web.page.getByRole('button', { name: 'Find', exact: true }).click();
    await web.page.getByText('No passage matches “webcam”.').waitFor();
    await web.page.locator('#find-input').fill('proactive');
    await web.page.getByRole('button', { name: 'Find', exact: true }).click();
    const hit = web.page.getByTestId('find-hits').getByRole('link').first();
    await hit.waitFor();
    const found = new URL((await hit.getAttribute('href'))!, web.api.url).searchParams.get('passage')!;
    await hit.click();
    const foundEl = web.page.locator(`[id="${found}"]`);
    await foundEl.waitFor();
    await expect.poll(() => foundEl.evaluate((e) => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await foundEl.innerText()).toMatch(/proactive/i);
    await web.shot('reader-find-1280');
  });

  it('highlights only the selected item by default, every quote or one type on request', async () => {
    await web.page.goto(web.url('/sources/merdian-2019'));
    await web.page.locator('mark.hl').first().waitFor();
    expect(await web.page.locator('mark.hl-subtle').count()).toBeGreaterThan(20);
    expect(await web.page.locator('mark.hl:not(.hl-subtle)').count()).toBe(0);
    await web.page.getByTestId('highlight-control').getByText('All quotes').click();
    await expect.poll(() => web.page.locator('mark.hl:not(.hl-subtle)').count()).toBeGreaterThan(20);
    expect(web.page.url()).toContain('hl=all');
    await web.page.getByTestId('highlight-control').getByText('Statistics').click();
    await expect.poll(() => web.page.locator('mark.hl-claim').count()).toBe(0);
    expect(await web.page.locator('mark.hl-statistic').count()).toBeGreaterThan(0);
    await web.shot('reader-statistics-1280');
  });
});

describe('errors with a way forward, favicon, header, exports', () => {
  it('says what was not found and offers a way on', async () => {
    for (const [path, text] of [
      ['/sources/nope', 'No source with the id “nope”'],
      ['/sources/merdian-2019?item=nope', 'No quoted item with the id “nope” in this source'],
      ['/sources/merdian-2019?passage=nope', 'No passage with the id “nope” in this source'],
      ['/trace/nope', 'No claim or statistic with the id “nope”'],
      ['/no/such/page', 'There is no page at'],
    ] as const) {
      await web.page.goto(web.url(`${path}`));
      const box = web.page.getByTestId('not-found');
      await box.waitFor();
      expect(await box.innerText(), path).toContain(text);
      expect(await box.getByRole('link').count(), path).toBeGreaterThanOrEqual(2);
      expect(await web.page.locator('.spinner').count(), path).toBe(0);
    }
    await web.shot('not-found-1280');
    await web.page
      .getByTestId('not-found')
      .getByRole('link', { name: /search for/ })
      .click();
    await web.page.waitForURL(/\/search\?q=/);
  });

  it('points an item of another source to the source that quotes it', async () => {
    await web.page.goto(web.url(`/sources/gallagher-2006?item=${encodeURIComponent(traced)}`));
    const box = web.page.getByTestId('not-found');
    await box.getByText('It is quoted from').waitFor();
    await box.getByRole('link', { name: /Transnational Child Sexual Abuse/ }).click();
    await expectQuoteShown(traced);
    expect(web.page.url()).toContain('/sources/merdian-2019');
  });

  it('serves a favicon', async () => {
    await web.page.goto(web.url());
    const href = await web.page.locator('link[rel="icon"]').getAttribute('href');
    const res = await web.page.request.get(new URL(href!, web.api.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
    expect(await res.text()).toContain('<svg');
  });

  it('fits the header on one line at 1280 px with the search placeholder whole', async () => {
    await web.page.goto(web.url());
    await web.page.getByTestId('source-card').first().waitFor();
    const m = await web.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=site-search]')!;
      const cs = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
      const tops = [...document.querySelector('.app-header')!.children].map((c) => Math.round(c.getBoundingClientRect().top));
      return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), tops };
    });
    expect(m.text).toBeLessThanOrEqual(m.room);
    expect(Math.max(...m.tops) - Math.min(...m.tops)).toBeLessThan(10);
    await web.shot('sources-1280', { fullPage: true });
  });

  it('downloads BibTeX, RIS, CSL-JSON and Web Annotations from the sources page', async () => {
    await web.page.goto(web.url());
    const links = web.page.getByTestId('cite-export').getByTestId('export-link');
    await links.first().waitFor();
    expect(await links.count()).toBe(4);
    const bodies: Record<string, string> = {};
    for (let i = 0; i < 4; i++) {
      const [download] = await Promise.all([web.page.waitForEvent('download'), links.nth(i).click()]);
      const path = await download.path();
      bodies[download.suggestedFilename()] = (await import('node:fs')).readFileSync(path, 'utf8');
    }
    expect(Object.keys(bodies).sort()).toEqual([
      'triangulate-annotations.jsonld',
      'triangulate-sources.bib',
      'triangulate-sources.csl.json',
      'triangulate-sources.ris',
    ]);
    expect(bodies['triangulate-sources.bib']!.match(/^@\w+\{/gm)).toHaveLength(5);
    expect(bodies['triangulate-sources.ris']!.match(/^TY {2}- /gm)).toHaveLength(5);
    expect(JSON.parse(bodies['triangulate-sources.csl.json']!)).toHaveLength(5);
    const anno = JSON.parse(bodies['triangulate-annotations.jsonld']!);
    expect(JSON.stringify(anno['@context'])).toContain('anno.jsonld');
    await web.page.setViewportSize({ width: 1920, height: 1080 });
    await web.shot('sources-1920', { fullPage: true });
    await web.page.setViewportSize({ width: 1280, height: 800 });
  });
});
