/**
 * Item pages, contradictions, research gaps, citations and the curators' menu in Chromium, against
 * the real API and Neo4j. Screenshots at 1280×800 and 1920×1080 go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shortCitation } from '../core/cite.ts';
import { ARTIFACTS, DESKTOP_SIZES, SCREENSHOTS, useBrowser, type Edges } from './browser.ts';
import { axeReport, seriousViolations } from './axe.ts';

const web = useBrowser();
const shots = (name: string, fullPage = false) => web.shot(name, { sizes: DESKTOP_SIZES, fullPage });

const inViewport = (sel: Locator) =>
  sel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.width > 0;
  });
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('item pages', () => {
  it('opens an item page from a search hit: quote in context, stance columns and badges', { timeout: 150_000 }, async () => {
    // A claim about webcams that other sources contradict, supported or qualify: its hit carries badges.
    type Hit = { id: string; text: string; links: { supports: number; contradicts: number; qualifies: number } };
    const { search } = await web.gql<{ search: Edges<Hit> }>(
      `{ search(query: "webcam", types: [CLAIM], first: 20) { edges { node { ... on Claim { id text links { supports contradicts qualifies } } } } } }`,
    );
    const claim = search.edges.map((e) => e.node).find((n) => n.links.contradicts + n.links.supports + n.links.qualifies > 0)!;
    expect(claim).toBeDefined();
    await web.page.goto(web.url('/search?q=webcam&type=claim'));
    const hit = web.page.locator(`[data-testid="search-hit"][data-id="${claim.id}"]`);
    await hit.waitFor();
    const badges = await hit.getByTestId('link-badges').innerText();
    for (const [k, label] of [
      ['supports', 'supporting'],
      ['contradicts', 'contradicting'],
      ['qualifies', 'qualifying'],
    ] as const)
      if (claim.links[k] > 0) expect(badges).toContain(`${claim.links[k]} ${label}`);
    await hit.getByTestId('item-page-link').click();
    await expect.poll(() => decodeURIComponent(new URL(web.page.url()).pathname)).toBe(`/items/${claim.id}`);
    const title = web.page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect(norm(await title.innerText())).toBe(norm(claim.text));
    const quote = web.page.getByTestId('quote-in-context').locator('mark.quote');
    expect(await inViewport(quote)).toBe(true);
    expect((await quote.innerText()).length).toBeGreaterThan(10);
    const columns = web.page.getByTestId('stance-column');
    await columns.first().waitFor({ timeout: 60_000 });
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')))).toEqual([
      'SUPPORTS',
      'CONTRADICTS',
      'QUALIFIES',
      'RAISES_AS_OPEN',
    ]);
    // Side by side: the four columns share one row.
    const tops = await columns.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const inColumns = await web.page.getByTestId('stance-column').getByTestId('stance').count();
    expect(inColumns).toBeGreaterThan(0);
    // A column with statements is wider than an empty one (the empty ones still say "0").
    const widths = await columns.evaluateAll((els) =>
      els.map((e) => ({ w: e.getBoundingClientRect().width, n: e.querySelectorAll('[data-testid="stance"]').length })),
    );
    const full = widths.filter((c) => c.n > 0).map((c) => c.w);
    const empty = widths.filter((c) => c.n === 0).map((c) => c.w);
    if (empty.length) expect(Math.min(...full)).toBeGreaterThan(2 * Math.max(...empty));
    await web.page.getByTestId('graph-link').waitFor();
    await shots('item-claim');
  });

  it('copies the quote with an APA citation (the text is shown too, should the clipboard be refused)', { timeout: 150_000 }, async () => {
    const { claims } = await web.gql<{ claims: Edges<{ id: string; quote: { text: string } }> }>(
      `{ claims(filter: { sources: ["merdian-2019"] }, first: 1) { edges { node { id quote { text } } } } }`,
    );
    const item = claims.edges[0]!.node;
    await web.page.goto(web.url(`/items/${encodeURIComponent(item.id)}`));
    await web.page.getByTestId('copy-quote').click();
    const copied = web.page.getByTestId('copied-text');
    await copied.waitFor();
    const text = await copied.inputValue();
    expect(norm(text)).toContain(norm(item.quote.text));
    expect(text).toContain('” (Merdian et al., 2019)');
    // APA: surname, initials; the year in parentheses; the DOI as a link (citation-js's CSL APA style, or our fallback in the same form).
    expect(text).toMatch(/Merdian, H\. L\..*\(2019\)\./s);
    expect(text).toContain('https://doi.org/10.3390/ijerph16020243');
  });

  it('shows a gap page and a misconception page, and says "not found" with a way forward for an unknown id', { timeout: 150_000 }, async () => {
    const data = await web.gql<{ researchGaps: { edges: { node: { id: string; question: string } }[] }; misconceptions: { id: string; belief: string }[] }>(
      '{ researchGaps(first: 1) { edges { node { id question } } } misconceptions { id belief } }',
    );
    const gap = data.researchGaps.edges[0]!.node;
    await web.page.goto(web.url(`/items/${encodeURIComponent(gap.id)}`));
    await web.page.getByRole('heading', { level: 1, name: gap.question }).waitFor();
    expect(await web.page.getByText(/^Priority: (High|Medium|Low)$/).count()).toBe(1);
    await web.page.getByTestId('stance-column').first().waitFor();
    expect(await web.page.getByTestId('stance-column').count()).toBe(2);
    await shots('item-gap');
    await web.page.goto(web.url(`/items/${encodeURIComponent(data.misconceptions[0]!.id)}`));
    await web.page.getByRole('heading', { level: 1, name: data.misconceptions[0]!.belief }).waitFor();
    // A statistic's title gives its unit once: "5%", not "5% percent".
    await web.page.goto(web.url(`/items/ceop-2013:s001`));
    const statTitle = web.page.getByRole('heading', { level: 1 });
    await statTitle.waitFor();
    expect(norm(await statTitle.innerText())).toBe('5%: Share of children who experience contact sexual abuse at some point during childhood.');
    await web.page.goto(web.url(`/items/ceop-2013:no-such-item`));
    const nf = web.page.getByTestId('item-not-found');
    await nf.waitFor();
    expect(await nf.innerText()).toContain('There is no claim, statistic, research gap or misconception with the id “ceop-2013:no-such-item”');
    await nf.getByRole('link', { name: /Search for/ }).click();
    await expect.poll(() => new URL(web.page.url()).pathname).toBe('/search');
  });

  it('offers Trace only where a statement cites another document', { timeout: 150_000 }, async () => {
    const data = await web.gql<{
      attributions: { from: { id: string } }[];
      claims: Edges<{ id: string; links: { cites: { verdict: string }[]; citedBy: number } }>;
    }>(
      '{ attributions { from { id } } claims(first: 50, filter: { sources: ["gallagher-2006"] }) { edges { node { id links { cites { verdict } citedBy } } } } }',
    );
    const citing = data.attributions[0]!.from.id;
    const plain = data.claims.edges.map((e) => e.node).find((n) => n.links.cites.length === 0 && n.links.citedBy === 0)!;
    await web.page.goto(web.url(`/items/${encodeURIComponent(citing)}`));
    await web.page.getByTestId('item-trace').waitFor();
    expect(await web.page.getByTestId('trace-link').count()).toBe(1);
    await web.page.goto(web.url(`/items/${encodeURIComponent(plain.id)}`));
    await web.page.getByTestId('stance-column').first().waitFor();
    expect(await web.page.getByTestId('trace-link').count()).toBe(0);
  });
});

describe('contradictions', () => {
  it(
    'keeps the chosen order (a on the left, with its header), shows the pair summary, and opens one into both quotes with the rationale',
    { timeout: 150_000 },
    async () => {
      await web.page.goto(web.url('/contradictions?a=ceop-2013&b=merdian-2019'));
      const cards = web.page.getByTestId('contradiction');
      await cards.first().waitFor({ timeout: 90_000 });
      await web.page.getByTestId('pair-summary').waitFor();
      // The summary's item references are superscript numbers linking to the items' pages (no raw
      // ids), each named for assistive technology by its source's citation; a key says whose they are.
      const refs = web.page.getByTestId('pair-summary').locator('sup.summary-refs a');
      expect(await refs.count()).toBeGreaterThan(1);
      expect(await web.page.getByTestId('pair-summary').innerText()).not.toMatch(/[a-z]+-\d{4}:[a-z]*\d/);
      expect(await refs.first().innerText()).toBe('1');
      expect(await refs.first().getAttribute('aria-label')).toMatch(/^Reference 1, (CEOP \(2013\)|Merdian et al\. \(2019\))$/);
      expect(await web.page.getByTestId('summary-key').innerText()).toMatch(/(CEOP \(2013\)|Merdian et al\. \(2019\)): 1\b/);
      // Two different items never read alike ("CEOP (2013); CEOP (2013)"): one name and one number per item.
      const named = await refs.evaluateAll((as) =>
        as.map((a): [string, string, string] => [a.getAttribute('data-item') ?? '', a.getAttribute('aria-label') ?? '', a.textContent ?? '']),
      );
      const labelOf = new Map(named.map(([id, label]) => [id, label]));
      expect(new Set(labelOf.values()).size).toBe(labelOf.size);
      const numberOf = new Map(named.map(([id, , n]) => [id, n]));
      expect(new Set(numberOf.values()).size).toBe(numberOf.size);
      const refId = (await refs.first().getAttribute('data-item'))!;
      expect(await refs.first().getAttribute('href')).toBe(`/items/${encodeURIComponent(refId)}`);
      await refs.first().click();
      await web.page.waitForURL(`**/items/${encodeURIComponent(refId)}`);
      await web.page.getByTestId('item-page').waitFor();
      await web.page.goBack();
      await web.page.getByTestId('pair-summary').waitFor();
      const head = web.page.getByTestId('pair-columns-head');
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
      await web.page.goto(web.url('/contradictions?a=merdian-2019&b=ceop-2013'));
      await cards.first().waitFor({ timeout: 90_000 });
      expect(await cards.first().getByTestId('side').nth(0).locator('.side-head').innerText()).toBe('Merdian et al. (2019)');
      await web.page.goto(web.url('/contradictions?a=ceop-2013&b=merdian-2019'));
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
      const violations = await seriousViolations(web.page);
      expect(violations, axeReport(violations)).toEqual([]);
    },
  );

  it('pages ten at a time (a pager only past ten), sorts by confidence and filters by subtype', { timeout: 150_000 }, async () => {
    const data = await web.gql<{ relations: Edges<{ confidence: number; subtype: string; kind: string }> & { totalCount: number } }>(
      '{ relations(first: 500, filter: { kinds: [CONTRADICTS, QUALIFIES] }) { totalCount edges { node { confidence subtype kind } } } }',
    );
    // The count names what it counts: a qualification is not called a conflict.
    const countText = (kinds: string[]) => {
      const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
      const direct = kinds.filter((k) => k === 'CONTRADICTS').length;
      const shown = Math.min(10, kinds.length);
      return `1–${shown} of ${kinds.length} pair${kinds.length === 1 ? '' : 's'} in tension: ${direct ? n(direct, 'direct contradiction') : 'no direct contradictions'}, ${n(kinds.length - direct, 'qualification')}`;
    };
    await web.page.goto(web.url('/contradictions'));
    const cards = web.page.getByTestId('contradiction');
    await cards.first().waitFor({ timeout: 90_000 });
    const total = data.relations.totalCount;
    expect(await cards.count()).toBe(Math.min(10, total));
    expect(await web.page.getByTestId('contradiction-count').innerText()).toBe(countText(data.relations.edges.map((e) => e.node.kind)));
    const confidences = await cards.evaluateAll((els) => els.map((e) => Number(/confidence (\d+)%/.exec(e.textContent ?? '')?.[1])));
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
    expect(Math.max(...confidences)).toBe(Math.round(Math.max(...data.relations.edges.map((e) => e.node.confidence)) * 100));
    if (total > 10) {
      await web.page.getByTestId('pager').getByRole('link', { name: 'Page 2' }).click();
      await expect.poll(() => web.page.getByTestId('contradiction-count').innerText(), { timeout: 30_000 }).toMatch(/^11–/);
    } else {
      // The curated data fits one page (8 since pass 26): no pager. Paging itself: web/src/contradictions/order.test.ts.
      expect(await web.page.getByTestId('pager').count()).toBe(0);
    }
    // The most frequent subtype, and how many contradictions have it.
    const bySubtype = new Map<string, number>();
    for (const e of data.relations.edges) bySubtype.set(e.node.subtype, (bySubtype.get(e.node.subtype) ?? 0) + 1);
    const [subtype, direct] = [...bySubtype].sort((x, y) => y[1] - x[1])[0]!;
    expect(direct).toBeLessThan(total);
    await web.page.getByTestId('subtype-filter').selectOption(subtype);
    await expect
      .poll(() => web.page.getByTestId('contradiction-count').innerText(), { timeout: 30_000 })
      .toBe(countText(data.relations.edges.filter((e) => e.node.subtype === subtype).map((e) => e.node.kind)));
  });
});

describe('research gaps', () => {
  it(
    'sorts by a column header with aria-sort, shows a priority for every gap, and exports a CSV with a BOM and the new columns',
    { timeout: 150_000 },
    async () => {
      await web.page.goto(web.url('/gaps'));
      const rows = web.page.getByTestId('gap-row');
      await rows.first().waitFor();
      const shown = await rows.count();
      // A page of the gaps; the caption counts them all.
      const total = Number((await web.page.getByTestId('gaps-total').innerText()).match(/^[\d,]+/)![0].replace(/,/g, ''));
      expect(shown).toBe(Math.min(total, 50));
      expect(await web.page.getByTestId('sort-priority').getAttribute('aria-sort')).toBe('descending');
      const tiers = await web.page.getByTestId('gap-tier').allInnerTexts();
      expect(tiers).toHaveLength(shown);
      for (const t of tiers) expect(['High', 'Medium', 'Low']).toContain(t);
      // Pills keep to one line.
      const pill = web.page.locator('[data-testid="gap-row"] .badge.status-open').first();
      const box = await pill.boundingBox();
      expect(box!.height).toBeLessThan(30);
      await web.page.getByTestId('sort-question').getByRole('button').click();
      await expect.poll(() => web.page.getByTestId('sort-question').getAttribute('aria-sort')).toBe('ascending');
      expect(await web.page.getByTestId('sort-priority').getAttribute('aria-sort')).toBeNull();
      const questions = await rows.evaluateAll((els) => els.map((e) => e.querySelector('td button')!.textContent!.trim()));
      expect(questions).toEqual([...questions].sort((a, b) => a.localeCompare(b)));
      await web.page.getByTestId('sort-question').getByRole('button').click();
      await expect.poll(() => web.page.getByTestId('sort-question').getAttribute('aria-sort')).toBe('descending');
      await web.page.getByTestId('sort-sources').getByRole('button').click();
      await expect.poll(() => web.page.getByTestId('sort-sources').getAttribute('aria-sort')).toBe('descending');
      const counts = await web.page.getByTestId('gap-sources').allInnerTexts();
      const n = counts.map((c) => c.split(', ').length);
      expect(n).toEqual([...n].sort((a, b) => b - a));
      const [download] = await Promise.all([web.page.waitForEvent('download'), web.page.getByTestId('export-csv').click()]);
      const file = join(ARTIFACTS, 'research-gaps-items.csv');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = parseCsv(bytes, { columns: true, bom: true }) as Record<string, string>[];
      // Every gap, in the table's order (by raising sources).
      expect(csv).toHaveLength(total);
      expect(csv.slice(0, shown).map((r) => r.id)).toEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-gap-id'))));
      expect(Object.keys(csv[0]!)).toEqual(expect.arrayContaining(['topics', 'link', 'priority', 'source_rating']));
      expect(csv[0]!.link).toBe(web.url(`/items/${encodeURIComponent(csv[0]!.id!)}`));
      await web.page.goto(web.url('/gaps'));
      await rows.first().waitFor();
      await shots('gaps');
    },
  );
});

describe('citations and the curators’ menu', () => {
  it('lists every attribution with its verdict', { timeout: 150_000 }, async () => {
    type Source = { title: string; authors: string[]; year: number | null; publisher: string | null };
    const data = await web.gql<{ attributions: { id: string; verdict: 'FAITHFUL' | 'DISTORTED' | 'UNSUPPORTED'; from: { source: Source } }[] }>(
      '{ attributions { id verdict from { source { title authors year publisher } } } }',
    );
    await web.page.goto(web.url('/citations'));
    const rows = web.page.getByTestId('citation-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(data.attributions.length);
    const verdicts = await web.page.getByTestId('verdict').allInnerTexts();
    expect(verdicts.sort()).toEqual(
      data.attributions.map((a) => ({ FAITHFUL: 'Faithful', DISTORTED: 'Distorted', UNSUPPORTED: 'Unsupported' })[a.verdict]).sort(),
    );
    expect(await rows.first().innerText()).toContain(shortCitation(data.attributions[0]!.from.source));
    await shots('citations');
    const violations = await seriousViolations(web.page);
    expect(violations, axeReport(violations)).toEqual([]);
  });

  it('keeps Review out of the main navigation: one curators’ menu with sign-in, review queue and audit log', { timeout: 150_000 }, async () => {
    await web.page.goto(web.url('/'));
    const nav = web.page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    expect(await nav.getByRole('link', { name: 'Review' }).count()).toBe(0);
    const toggle = web.page.getByTestId('curator-header-link');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const menu = web.page.getByTestId('curator-menu');
    await menu.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Sign in', 'Review queue', 'Ingested documents', 'Audit log']);
    expect(await inViewport(menu)).toBe(true);
    await web.page.screenshot({ path: join(SCREENSHOTS, 'curator-menu-1280.png'), clip: { x: 640, y: 0, width: 640, height: 260 } });
    await web.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await toggle.click();
    await menu.getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(web.page.url()).pathname).toBe('/review');
    await web.page.getByTestId('signin-card').waitFor();
    expect(await web.page.getByTestId('curator-menu').count()).toBe(0);
  });
});
