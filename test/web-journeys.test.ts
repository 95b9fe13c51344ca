import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowser, type Edges } from './browser.ts';
import { shortCitation } from '../core/cite.ts';
import { mapInBatches } from './helpers.ts';

const web = useBrowser({ viewport: { width: 1280, height: 900 } });

type Source = { title: string; authors: string[]; year: number | null; publisher: string | null };
type Looked = {
  trace: {
    attributions: {
      verdict: 'FAITHFUL' | 'DISTORTED' | 'UNSUPPORTED';
      toSource: { id: string };
      to: { id: string; source: { id: string }; quote: { text: string }; text?: string; measure?: string } | null;
    }[];
  };
  consensus: { stances: { stance: string; source: { id: string }; evidence: { id: string } }[]; silent: Source[] };
};

describe('journeys in Chromium (real API, real Neo4j)', () => {
  it(
    'researcher: searches from the header for a statement that cites CEOP, opens it by keyboard, sees its quote in context and where the sources stand, and traces it to the primary source',
    { timeout: 150_000 },
    async () => {
      const items = await web.gql<{ claims: Edges<{ id: string; text: string }>; statistics: Edges<{ id: string; measure: string }> }>(`{
      claims(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id text } } }
      statistics(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id measure } } } }`);
      const statements: { id: string; text: string }[] = [
        ...items.claims.edges.map((e) => ({ id: e.node.id, text: e.node.text })),
        ...items.statistics.edges.map((e) => ({ id: e.node.id, text: e.node.measure })),
      ];
      // Statements of the 2019 article that attribute their content to the 2013 assessment (trace),
      // with the other sources' stances on them (consensus).
      const looked = await mapInBatches(statements, 8, async (st) => {
        const data = await web.gql<Looked>(
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
          attribution: x.trace.attributions.find((a) => a.toSource.id === 'ceop-2013' && a.to),
          others: x.consensus.stances.filter((s) => s.evidence.id !== x.id),
        }))
        .flatMap((x) => (x.attribution?.to ? [{ ...x, attribution: { ...x.attribution, to: x.attribution.to } }] : []));
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
        const { search } = await web.gql<{ search: Edges<{ id: string }> }>(
          `query($q: String!) { search(query: $q, first: 1) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }`,
          { q: p },
        );
        if (search.edges[0]?.node.id === target.id) phrase = p;
      }
      expect(phrase, `a phrase of "${target.text}" that ranks ${target.id} first`).toBeDefined();
      const own = await web.gql<{ evidence: { quote: { text: string } } }>(`query($id: ID!) { evidence(id: $id) { quote { text } } }`, { id: target.id });

      // The header's search box: "/" focuses it, Enter searches.
      await web.page.goto(web.url());
      await web.page.getByTestId('source-card').first().waitFor();
      await web.page.keyboard.press('/');
      expect(await web.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await web.page.keyboard.type(phrase!);
      await web.page.keyboard.press('Enter');
      await expect.poll(() => new URL(web.page.url()).pathname).toBe('/search');
      expect(new URL(web.page.url()).searchParams.get('q')).toBe(phrase);
      const hit = web.page.locator(`[data-testid="search-hit"][data-id="${target.id}"]`);
      await hit.waitFor();
      expect(await hit.locator('mark.hit-mark').count()).toBeGreaterThan(0);
      expect(await hit.innerText()).toContain('Merdian et al. (2019)');
      expect(await web.page.getByTestId('type-tab').first().innerText()).toMatch(/All\s*\d+/);
      await web.shot('search-results');

      // By keyboard: ArrowDown moves from the search box to the first hit, Enter opens it.
      await web.page.keyboard.press('ArrowDown');
      expect(await web.page.evaluate(() => document.activeElement?.closest('[data-testid="search-hit"]')?.getAttribute('data-id'))).toBe(target.id);
      await web.page.keyboard.press('Enter');
      await expect.poll(() => new URL(web.page.url()).pathname).toBe('/sources/merdian-2019');
      expect(new URL(web.page.url()).searchParams.get('item')).toBe(target.id);
      const panel = web.page.getByTestId('evidence-panel');
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
      await web.shot('evidence-consensus');

      // The trace: the primary source's own statement, with the verdict.
      await panel.getByTestId('trace-link').click();
      await web.page.getByRole('heading', { name: 'Trace' }).waitFor();
      const primary = web.page.getByTestId('trace-Primary source').first();
      await primary.waitFor();
      expect(await primary.innerText()).toMatch(/CEOP \(2013\)/);
      expect(norm(await primary.locator('mark.quote').innerText())).toBe(norm(target.attribution.to.quote.text));
      const verdict = { FAITHFUL: 'Faithful', DISTORTED: 'Distorted', UNSUPPORTED: 'Unsupported' }[target.attribution.verdict];
      expect(await web.page.getByTestId('verdict').first().innerText()).toBe(verdict);
      await web.shot('trace', { fullPage: true });

      // Back to the results: the query is in the box again and the hit is there.
      await web.page.goBack();
      await web.page.goBack();
      await expect.poll(() => new URL(web.page.url()).pathname).toBe('/search');
      await hit.waitFor();
      expect(await web.page.getByTestId('site-search').inputValue()).toBe(phrase);
    },
  );

  it('searcher: filters results by type, source and topic, pages with the cursor, reads a misconception’s correction in place, opens a gap, and is helped when nothing matches', async () => {
    const q = 'stranger';
    const data = await web.gql<{ search: { totalCount: number; countsByType: { type: string; count: number }[] } }>(
      `query($q: String!) { search(query: $q, first: 0) { totalCount countsByType { type count } } }`,
      { q },
    );
    await web.page.goto(web.url(`/search?q=${q}`));
    await web.page.getByTestId('search-hit').first().waitFor();
    // Tabs carry the count per type; choosing one filters with `types`.
    const tabs = web.page.getByTestId('type-tab');
    await expect.poll(() => tabs.first().innerText(), { timeout: 15_000 }).toMatch(new RegExp(`All\\s*${data.search.totalCount}`));
    for (const c of data.search.countsByType)
      expect(await web.page.locator(`[data-testid="type-tab"][data-type="${c.type}"]`).innerText()).toMatch(new RegExp(`\\s${c.count}$`));
    const misconceptions = data.search.countsByType.find((c) => c.type === 'MISCONCEPTION')!.count;
    expect(misconceptions).toBeGreaterThan(0);
    await web.page.locator('[data-testid="type-tab"][data-type="MISCONCEPTION"]').click();
    await expect.poll(() => web.page.url(), { timeout: 15_000 }).toContain('type=misconception');
    await expect.poll(() => web.page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(Math.min(misconceptions, 20));
    expect(new Set(await web.page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))).toEqual(
      new Set(['MISCONCEPTION']),
    );
    // A misconception opens in place, with its correction.
    await web.page.getByTestId('search-hit').first().locator('button').focus();
    await web.page.keyboard.press('Enter');
    await web.page.getByTestId('correction').first().waitFor();
    expect(await web.page.getByTestId('correction').first().innerText()).toMatch(/^Correction:/);
    await web.shot('search-misconception');
    // Back restores all types.
    await web.page.goBack();
    await expect.poll(() => web.page.url()).not.toContain('type=');
    await expect.poll(() => web.page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(Math.min(data.search.totalCount, 20));

    // "Load more" pages with the cursor, without repeating a hit.
    const broad = 'children';
    const all = await web.gql<{ search: { totalCount: number } }>(`query($q: String!) { search(query: $q, first: 0) { totalCount } }`, { q: broad });
    await web.page.getByTestId('site-search').fill(broad);
    await web.page.getByTestId('site-search').press('Enter');
    await expect
      .poll(() => web.page.getByTestId('results-summary').innerText(), { timeout: 15_000 })
      .toBe(`${all.search.totalCount.toLocaleString('en-GB')} results`);
    await expect.poll(() => web.page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(20);
    await web.page.getByTestId('load-more').click();
    await expect.poll(() => web.page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(40);
    const keys = await web.page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-type')}:${e.getAttribute('data-id')}`));
    expect(new Set(keys).size).toBe(40);
    // ArrowUp and ArrowDown walk the hits in the order shown; End jumps to the last.
    await web.page.locator('[data-hit-index="0"]').focus();
    await web.page.keyboard.press('ArrowDown');
    await web.page.keyboard.press('ArrowDown');
    await web.page.keyboard.press('ArrowUp');
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-hit-index'))).toBe('1');
    await web.page.keyboard.press('End');
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-hit-index'))).toBe('39');

    // Source and topic filters (the shared selects), kept in the URL.
    await web.page.getByTestId('search-source').selectOption('ceop-2013');
    await expect.poll(() => web.page.url(), { timeout: 15_000 }).toContain('source=ceop-2013');
    await web.page.getByLabel('Topic').selectOption('live-streaming');
    await expect.poll(() => web.page.url(), { timeout: 15_000 }).toContain('topic=live-streaming');
    const filtered = await web.gql<{ search: { totalCount: number } }>(
      `query($q: String!) { search(query: $q, filter: { sources: ["ceop-2013"], topics: ["live-streaming"] }, first: 0) { totalCount } }`,
      { q: broad },
    );
    await expect
      .poll(() => web.page.getByTestId('results-summary').innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`^${filtered.search.totalCount} results? in CEOP \\(2013\\)`));
    for (const t of await web.page.getByTestId('search-hit').allInnerTexts()) expect(t).toContain('CEOP (2013)');

    // A research gap opens the gaps table, expanded on it.
    await web.page.goto(web.url('/search?q=research&type=gap'));
    const gap = web.page.getByTestId('search-hit').first();
    await gap.waitFor();
    const gapId = await gap.getAttribute('data-id');
    await gap.locator('a').first().click();
    await expect.poll(() => new URL(web.page.url()).searchParams.get('open'), { timeout: 15_000 }).toBe(gapId);
    await web.page.locator(`[data-gap-id="${gapId}"] [aria-expanded="true"]`).waitFor();

    // Nothing found: said so, with ways on.
    await web.page.goto(web.url(`/search?q=${encodeURIComponent('"zebra crossing"')}&source=ceop-2013`));
    const none = web.page.getByTestId('no-results');
    await none.waitFor();
    await expect.poll(() => none.innerText(), { timeout: 15_000 }).toContain('No results for "zebra crossing" in CEOP (2013).');
    await none.getByRole('link', { name: 'Search all sources and topics' }).waitFor();
    await web.shot('search-empty');
  });

  it('searcher: sees the counts of a search of many common words as lower bounds ("992+")', async () => {
    const q = 'child children abuse sexual offenders online internet police report research';
    const data = await web.gql<{ search: { totalCount: number; totalCapped: boolean; countsByType: { type: string; count: number; capped: boolean }[] } }>(
      `query($q: String!) { search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }`,
      { q },
    );
    expect(data.search.totalCapped).toBe(true);
    await web.page.goto(web.url(`/search?q=${encodeURIComponent(q)}`));
    await web.page.getByTestId('search-hit').first().waitFor();
    const all = web.page.locator('[data-testid="type-tab"][data-type="ALL"]');
    await expect.poll(() => all.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`All\\s*${data.search.totalCount.toLocaleString('en-GB')}\\+$`));
    for (const c of data.search.countsByType)
      expect(await web.page.locator(`[data-testid="type-tab"][data-type="${c.type}"]`).innerText()).toMatch(
        new RegExp(`\\s${c.count.toLocaleString('en-GB')}${c.capped ? '\\+' : ''}$`),
      );
    expect(await web.page.getByTestId('results-summary').innerText()).toMatch(/^[\d,]+\+ results/);
  });

  it('reviewer: opens contradictions, filters by a source pair and sees both quotes side by side', async () => {
    await web.page.goto(web.url('/contradictions'));
    await web.page.getByTestId('contradiction').first().waitFor();
    // The list is paged (ten a web.page): compare totals, from "1–10 of N pairs in tension: …".
    const total = async () => Number(/of (\d+) /.exec(await web.page.getByTestId('contradiction-count').innerText())?.[1]);
    const all = await total();
    await web.page.getByTestId('pair-a').selectOption('gallagher-2006');
    await web.page.getByTestId('pair-b').selectOption('ceop-2013');
    await expect.poll(() => web.page.url()).toContain('b=ceop-2013');
    // The pair's list replaces the earlier ones once it has loaded (the list of the first choice alone may still show a moment).
    const cards = web.page.getByTestId('contradiction');
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
    await web.shot('contradictions');
  });

  it('grant writer: opens gaps, sorts by priority, expands one, and exports a CSV whose rows match the table', async () => {
    await web.page.goto(web.url('/gaps?sort=sources'));
    await web.page.getByTestId('gap-row').first().waitFor();
    await web.page.getByTestId('sort-priority').getByRole('button').click();
    await expect.poll(() => web.page.url()).not.toContain('sort=');
    await expect.poll(() => web.page.getByTestId('sort-priority').getAttribute('aria-sort')).toBe('descending');
    const firstRow = web.page.getByTestId('gap-row').first();
    // The documented order puts an unanswered gap raised by the most sources first: priority High.
    await expect.poll(async () => (await firstRow.getByTestId('gap-tier').innerText()).trim()).toBe('High');
    await firstRow.getByRole('button').click();
    await web.page.locator('.detail-row blockquote').first().waitFor();
    // The table shows a page; the CSV holds every gap under the filter, in the table's order.
    const rows = await web.page.getByTestId('gap-row').count();
    const total = Number((await web.page.getByTestId('gaps-total').innerText()).match(/^[\d,]+/)![0].replace(/,/g, ''));
    expect(rows).toBeLessThan(total);
    const [download] = await Promise.all([web.page.waitForEvent('download'), web.page.getByTestId('export-csv').click()]);
    const file = join(ARTIFACTS, 'research-gaps.csv');
    await download.saveAs(file);
    const csv = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv).toHaveLength(total);
    expect(csv[0]!.priority).toBe('High');
    expect(csv[0]!.question).toBe((await firstRow.getByRole('button').innerText()).trim());
    await web.shot('gaps');
    await web.page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect.poll(() => web.page.getByTestId('gap-row').count()).toBeGreaterThan(rows);
    expect(await web.page.getByTestId('gap-row').nth(rows).getAttribute('data-gap-id')).toBe(csv[rows]!.id);
    // A link to a gap beyond the first page still opens it, shown first.
    const last = await web.gql<{ researchGaps: { edges: { node: { id: string } }[] } }>('{ researchGaps(reverse: true, first: 1) { edges { node { id } } } }');
    const lastId = last.researchGaps.edges[0]!.node.id;
    expect(csv.at(-1)!.id).toBe(lastId);
    await web.page.goto(web.url(`/gaps?open=${encodeURIComponent(lastId)}`));
    await web.page.locator(`[data-gap-id="${lastId}"] [aria-expanded="true"]`).waitFor();
    expect(await web.page.getByTestId('gap-row').first().getAttribute('data-gap-id')).toBe(lastId);
    await web.page.locator('.detail-row blockquote').first().waitFor();
  });
});
