import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, buildWeb, launchBrowser } from './browser.ts';
import { shortCitation } from '../core/cite.ts';
import { mapInBatches, startApi, type RunningApi } from './helpers.ts';

let api: RunningApi;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  api = await startApi({ webDist: await buildWeb() });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('journeys in Chromium (real API, real Neo4j)', () => {
  it('researcher: searches from the header for a statement that cites CEOP, opens it by keyboard, sees its quote in context and where the sources stand, and traces it to the primary source', async () => {
    const { data: items } = await api.gql(`{
      claims(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id text } } }
      statistics(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id measure } } } }`);
    const statements: { id: string; text: string }[] = [
      ...items.claims.edges.map((e: any) => ({ id: e.node.id, text: e.node.text })),
      ...items.statistics.edges.map((e: any) => ({ id: e.node.id, text: e.node.measure })),
    ];
    // Statements of the 2019 article that attribute their content to the 2013 assessment (trace),
    // with the other sources' stances on them (consensus).
    const looked = await mapInBatches(statements, 8, async (st) => {
      const { data } = await api.gql(
        `query($id: ID!) {
          trace(id: $id) { attributions { verdict toSource { id } to { id source { id } quote { text } ... on Claim { text } ... on Statistic { measure } } } }
          consensus(id: $id) { stances { stance source { id } evidence { ... on Claim { id } ... on Statistic { id } } } silent { title authors year publisher } } }`,
        { id: st.id },
      );
      return { ...st, trace: data.trace, consensus: data.consensus };
    });
    const cited = looked
      .map((x) => ({
        ...x,
        attribution: x.trace.attributions.find((a: any) => a.toSource.id === 'ceop-2013' && a.to),
        others: x.consensus.stances.filter((s: any) => s.evidence.id !== x.id),
      }))
      .filter((x) => x.attribution);
    expect(cited.length).toBeGreaterThan(0);
    // The one whose "where the sources stand" has most to show: other sources' stances and silent sources.
    const target = [...cited].sort(
      (a, b) => Number(b.consensus.silent.length > 0) - Number(a.consensus.silent.length > 0) || b.others.length - a.others.length,
    )[0]!;
    expect(target.others.length).toBeGreaterThan(0);

    // A distinctive phrase from its text: the first five consecutive words that find it first.
    const words = target.text.split(/\s+/);
    let phrase: string | undefined;
    for (let i = 0; i + 5 <= words.length && !phrase; i++) {
      const p = words.slice(i, i + 5).join(' ');
      const { data } = await api.gql(`query($q: String!) { search(query: $q, first: 1) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }`, {
        q: p,
      });
      if (data.search.edges[0]?.node.id === target.id) phrase = p;
    }
    expect(phrase, `a phrase of "${target.text}" that ranks ${target.id} first`).toBeDefined();
    const { data: own } = await api.gql(`query($id: ID!) { evidence(id: $id) { quote { text } } }`, { id: target.id });

    // The header's search box: "/" focuses it, Enter searches.
    await page.goto(api.url);
    await page.getByTestId('source-card').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type(phrase!);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe(phrase);
    const hit = page.locator(`[data-testid="search-hit"][data-id="${target.id}"]`);
    await hit.waitFor();
    expect(await hit.locator('mark.hit-mark').count()).toBeGreaterThan(0);
    expect(await hit.innerText()).toContain('Merdian et al. (2019)');
    expect(await page.getByTestId('type-tab').first().innerText()).toMatch(/All\s*\d+/);
    await page.screenshot({ path: join(ARTIFACTS, 'search-results.png') });

    // By keyboard: ArrowDown moves from the search box to the first hit, Enter opens it.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="search-hit"]')?.getAttribute('data-id'))).toBe(target.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sources/merdian-2019');
    expect(new URL(page.url()).searchParams.get('item')).toBe(target.id);
    const panel = page.getByTestId('evidence-panel');
    await panel.getByText('Quote in context').waitFor();
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(norm(await panel.locator('mark.quote').innerText())).toBe(norm(own.evidence.quote.text));

    // Where the sources stand: every other source's stance, and the sources with nothing on it.
    const consensus = panel.getByTestId('consensus');
    await consensus.getByRole('heading', { name: 'Where the sources stand' }).waitFor();
    await consensus.getByTestId('stance').first().waitFor();
    expect(await consensus.getByTestId('stance').count()).toBe(target.others.length);
    const cites = consensus.locator('[data-testid="stance-group"][data-stance="CITES"]');
    expect(await cites.textContent()).toContain('CEOP (2013)');
    expect(norm((await cites.locator('blockquote').first().textContent()) ?? '')).toBe(norm(`“${target.attribution.to.quote.text}”`));
    if (target.consensus.silent.length) {
      const silent = await consensus.getByTestId('silent-sources').innerText();
      for (const s of target.consensus.silent) expect(silent).toContain(shortCitation(s));
    }
    await consensus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(ARTIFACTS, 'evidence-consensus.png') });

    // The trace: the primary source's own statement, with the verdict.
    await panel.getByTestId('trace-link').click();
    await page.getByRole('heading', { name: 'Trace' }).waitFor();
    const primary = page.getByTestId('trace-Primary source').first();
    await primary.waitFor();
    expect(await primary.innerText()).toMatch(/CEOP \(2013\)/);
    expect(norm(await primary.locator('mark.quote').innerText())).toBe(norm(target.attribution.to.quote.text));
    const verdict = { FAITHFUL: 'Faithful', DISTORTED: 'Distorted', UNSUPPORTED: 'Unsupported' }[target.attribution.verdict as string];
    expect(await page.getByTestId('verdict').first().innerText()).toBe(verdict);
    await page.screenshot({ path: join(ARTIFACTS, 'trace.png'), fullPage: true });

    // Back to the results: the query is in the box again and the hit is there.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search');
    await hit.waitFor();
    expect(await page.getByTestId('site-search').inputValue()).toBe(phrase);
  });

  it('searcher: filters results by type, source and topic, pages with the cursor, reads a misconception’s correction in place, opens a gap, and is helped when nothing matches', async () => {
    const q = 'stranger';
    const { data } = await api.gql(`query($q: String!) { search(query: $q, first: 0) { totalCount countsByType { type count } } }`, { q });
    await page.goto(`${api.url}/search?q=${q}`);
    await page.getByTestId('search-hit').first().waitFor();
    // Tabs carry the count per type; choosing one filters with `types`.
    const tabs = page.getByTestId('type-tab');
    await expect.poll(() => tabs.first().innerText(), { timeout: 15_000 }).toMatch(new RegExp(`All\\s*${data.search.totalCount}`));
    for (const c of data.search.countsByType)
      expect(await page.locator(`[data-testid="type-tab"][data-type="${c.type}"]`).innerText()).toMatch(new RegExp(`\\s${c.count}$`));
    const misconceptions = data.search.countsByType.find((c: any) => c.type === 'MISCONCEPTION').count;
    expect(misconceptions).toBeGreaterThan(0);
    await page.locator('[data-testid="type-tab"][data-type="MISCONCEPTION"]').click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('type=misconception');
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(Math.min(misconceptions, 20));
    expect(new Set(await page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))).toEqual(new Set(['MISCONCEPTION']));
    // A misconception opens in place, with its correction.
    await page.getByTestId('search-hit').first().locator('button').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('correction').first().waitFor();
    expect(await page.getByTestId('correction').first().innerText()).toMatch(/^Correction:/);
    await page.screenshot({ path: join(ARTIFACTS, 'search-misconception.png') });
    // Back restores all types.
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('type=');
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(Math.min(data.search.totalCount, 20));

    // "Load more" pages with the cursor, without repeating a hit.
    const broad = 'children';
    const { data: all } = await api.gql(`query($q: String!) { search(query: $q, first: 0) { totalCount } }`, { q: broad });
    await page.getByTestId('site-search').fill(broad);
    await page.getByTestId('site-search').press('Enter');
    await expect
      .poll(() => page.getByTestId('results-summary').innerText(), { timeout: 15_000 })
      .toBe(`${all.search.totalCount.toLocaleString('en-GB')} results`);
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(20);
    await page.getByTestId('load-more').click();
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(40);
    const keys = await page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-type')}:${e.getAttribute('data-id')}`));
    expect(new Set(keys).size).toBe(40);
    // ArrowUp and ArrowDown walk the hits in the order shown; End jumps to the last.
    await page.locator('[data-hit-index="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit-index'))).toBe('1');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit-index'))).toBe('39');

    // Source and topic filters (the shared selects), kept in the URL.
    await page.getByTestId('search-source').selectOption('ceop-2013');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('source=ceop-2013');
    await page.getByLabel('Topic').selectOption('live-streaming');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('topic=live-streaming');
    const { data: filtered } = await api.gql(
      `query($q: String!) { search(query: $q, filter: { sources: ["ceop-2013"], topics: ["live-streaming"] }, first: 0) { totalCount } }`,
      { q: broad },
    );
    await expect
      .poll(() => page.getByTestId('results-summary').innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`^${filtered.search.totalCount} results? in CEOP \\(2013\\)`));
    for (const t of await page.getByTestId('search-hit').allInnerTexts()) expect(t).toContain('CEOP (2013)');

    // A research gap opens the gaps table, expanded on it.
    await page.goto(`${api.url}/search?q=research&type=gap`);
    const gap = page.getByTestId('search-hit').first();
    await gap.waitFor();
    const gapId = await gap.getAttribute('data-id');
    await gap.locator('a').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('open'), { timeout: 15_000 }).toBe(gapId);
    await page.locator(`[data-gap-id="${gapId}"] [aria-expanded="true"]`).waitFor();

    // Nothing found: said so, with ways on.
    await page.goto(`${api.url}/search?q=${encodeURIComponent('"zebra crossing"')}&source=ceop-2013`);
    const none = page.getByTestId('no-results');
    await none.waitFor();
    await expect.poll(() => none.innerText(), { timeout: 15_000 }).toContain('No results for "zebra crossing" in CEOP (2013).');
    await none.getByRole('link', { name: 'Search all sources and topics' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'search-empty.png') });
  });

  it('reviewer: opens contradictions, filters by a source pair and sees both quotes side by side', async () => {
    await page.goto(`${api.url}/contradictions`);
    await page.getByTestId('contradiction').first().waitFor();
    // The list is paged (ten a page): compare totals, from "1–10 of N conflicting pairs".
    const total = async () => Number(/of (\d+) /.exec(await page.getByTestId('contradiction-count').innerText())?.[1]);
    const all = await total();
    await page.getByTestId('pair-a').selectOption('gallagher-2006');
    await page.getByTestId('pair-b').selectOption('ceop-2013');
    await expect.poll(() => page.url()).toContain('b=ceop-2013');
    // The pair's list replaces the earlier ones once it has loaded (the list of the first choice alone may still show a moment).
    const cards = page.getByTestId('contradiction');
    const pairShown = async () => {
      const texts = await cards.allInnerTexts();
      return texts.length > 0 && (await total()) < all && texts.every((t) => /Gallagher et al\. \(2006\)/.test(t) && /CEOP \(2013\)/.test(t));
    };
    await expect.poll(pairShown, { timeout: 15_000 }).toBe(true);
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(10);
    for (let i = 0; i < n; i++) {
      const sides = cards.nth(i).getByTestId('side');
      expect(await sides.count()).toBe(2);
      const text = (await sides.nth(0).innerText()) + (await sides.nth(1).innerText());
      expect(text).toMatch(/Gallagher et al\. \(2006\)/);
      expect(text).toMatch(/CEOP \(2013\)/);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'contradictions.png') });
  });

  it('grant writer: opens gaps, sorts by priority, expands one, and exports a CSV whose rows match the table', async () => {
    await page.goto(`${api.url}/gaps?sort=sources`);
    await page.getByTestId('gap-row').first().waitFor();
    await page.getByTestId('sort-priority').getByRole('button').click();
    await expect.poll(() => page.url()).not.toContain('sort=');
    await expect.poll(() => page.getByTestId('sort-priority').getAttribute('aria-sort')).toBe('descending');
    const firstRow = page.getByTestId('gap-row').first();
    // The documented order puts an unanswered gap raised by the most sources first: priority High.
    await expect.poll(async () => (await firstRow.getByTestId('gap-tier').innerText()).trim()).toBe('High');
    await firstRow.getByRole('button').click();
    await page.locator('.detail-row blockquote').first().waitFor();
    const rows = await page.getByTestId('gap-row').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const file = join(ARTIFACTS, 'research-gaps.csv');
    await download.saveAs(file);
    const csv = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv).toHaveLength(rows);
    expect(csv[0]!.priority).toBe('High');
    expect(csv[0]!.question).toBe((await firstRow.getByRole('button').innerText()).trim());
    await page.screenshot({ path: join(ARTIFACTS, 'gaps.png') });
  });
});
