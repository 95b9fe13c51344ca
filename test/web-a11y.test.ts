import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useBrowser, type Edges } from './browser.ts';
import { axeReport, seriousViolations } from './axe.ts';

const web = useBrowser({ viewport: { width: 1280, height: 900 } });
let traced: string;
let mapCell: { topic: string; source: string } | undefined;
let gap: string;

beforeAll(async () => {
  // A statistic of the 2019 article that cites another corpus document (the trace then has two ends).
  const { statistics } = await web.gql<{ statistics: Edges<{ id: string }> }>(
    `{ statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`,
  );
  for (const { node } of statistics.edges) {
    const { trace } = await web.gql<{ trace: { attributions: { to: { id: string } | null }[] } }>(
      `query($id: ID!) { trace(id: $id) { attributions { to { id } } } }`,
      { id: node.id },
    );
    if (trace.attributions.some((a) => a.to)) {
      traced = node.id;
      break;
    }
  }
  type Cell = { topic: string; source: string; claims: number; statistics: number; gaps: number };
  const { evidenceMap } = await web.gql<{ evidenceMap: { cells: Cell[] } }>(`{ evidenceMap { cells { topic source claims statistics gaps } } }`);
  gap = (await web.gql<{ researchGaps: { edges: { node: { id: string } }[] } }>(`{ researchGaps(first: 1) { edges { node { id } } } }`)).researchGaps.edges[0]!
    .node.id;
  mapCell = evidenceMap.cells.find((c) => c.claims > 0 && c.statistics > 0 && c.gaps > 0);
});

const VIEWS: { name: string; path: () => string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'sources (landing page)', path: () => '/', ready: (p) => p.getByTestId('source-card').first().waitFor() },
  { name: 'reader', path: () => '/sources/merdian-2019', ready: (p) => p.locator('mark.hl').first().waitFor() },
  {
    name: 'reader with an item selected',
    path: () => `/sources/merdian-2019?item=${encodeURIComponent(traced)}`,
    ready: (p) => p.getByTestId('evidence-panel').getByText('Quote in context').waitFor(),
  },
  // The first page of contradictions is the slowest query of the app (as in web-items.test.ts).
  { name: 'contradictions', path: () => '/contradictions', ready: (p) => p.getByTestId('contradiction').first().waitFor({ timeout: 90_000 }) },
  { name: 'research gaps', path: () => '/gaps', ready: (p) => p.getByTestId('gap-row').first().waitFor() },
  {
    name: 'research gaps with one expanded',
    path: () => `/gaps?open=${encodeURIComponent(gap)}`,
    ready: (p) => p.locator('.detail-row blockquote').first().waitFor(),
  },
  { name: 'evidence map', path: () => '/map', ready: (p) => p.getByTestId('map-cell').first().waitFor() },
  {
    name: 'evidence map with a cell open',
    path: () => `/map?metric=gaps&topic=${mapCell!.topic}&source=${mapCell!.source}`,
    ready: (p) => p.getByTestId('map-gaps').getByTestId('map-item').first().waitFor(),
  },
  { name: 'trace', path: () => `/trace/${encodeURIComponent(traced)}`, ready: (p) => p.getByTestId('trace-Primary source').first().waitFor() },
  { name: 'item page of a statement', path: () => `/items/${encodeURIComponent(traced)}`, ready: (p) => p.getByTestId('stance-column').first().waitFor() },
  { name: 'item page of a research gap', path: () => `/items/${encodeURIComponent(gap)}`, ready: (p) => p.getByTestId('stance-column').first().waitFor() },
  { name: 'item page of an unknown id', path: () => '/items/no-such-item', ready: (p) => p.getByTestId('item-not-found').waitFor() },
  { name: 'citations', path: () => '/citations', ready: (p) => p.getByTestId('citation-row').first().waitFor() },
  {
    name: 'contradictions of a pair',
    path: () => '/contradictions?a=ceop-2013&b=merdian-2019',
    ready: (p) => p.getByTestId('pair-summary').waitFor(),
  },
  { name: 'trace of an unknown id', path: () => '/trace/no-such-item', ready: (p) => p.getByText('No claim or statistic with the id').waitFor() },
  {
    name: 'reader opened at a quote near the end of a long source, all quotes highlighted',
    path: () => '/sources/gallagher-2006?hl=all&passage=gallagher-2006%3Ap2000',
    ready: (p) => p.locator('[id="gallagher-2006:p2000"]').waitFor(),
  },
  { name: 'reader with an unknown item', path: () => '/sources/merdian-2019?item=no-such-item', ready: (p) => p.getByTestId('not-found').waitFor() },
  { name: 'unknown address', path: () => '/no-such-page', ready: (p) => p.getByTestId('not-found').waitFor() },
];

describe('accessibility in Chromium (axe-core, real API, real Neo4j)', () => {
  it('found a traced item and a full map cell to visit', () => {
    expect(traced).toBeDefined();
    expect(mapCell).toBeDefined();
  });

  for (const view of VIEWS) {
    it(`${view.name}: no serious or critical axe violations`, async () => {
      await web.page.goto(web.url(view.path()));
      await view.ready(web.page);
      const violations = await seriousViolations(web.page);
      expect(violations, axeReport(violations)).toEqual([]);
    });
  }

  it('keyboard focus is visible on the skip link and the nav links', async () => {
    await web.page.goto(web.url('/'));
    await web.page.getByTestId('source-card').first().waitFor();
    const focusStyle = () =>
      web.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          text: el.textContent?.trim(),
          visible: el.matches(':focus-visible'),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          shadow: s.boxShadow !== 'none',
          inView: el.getBoundingClientRect().left >= 0,
        };
      });
    await web.page.keyboard.press('Tab');
    expect(await focusStyle()).toMatchObject({ text: 'Skip to content', visible: true, outline: true, inView: true });
    await web.page.keyboard.press('Tab'); // the brand link
    const seen: string[] = [];
    for (;;) {
      await web.page.keyboard.press('Tab');
      const inNav = await web.page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Main"]'));
      if (!inNav) break;
      const f = await focusStyle();
      expect(f.visible, `${f.text} matches :focus-visible`).toBe(true);
      expect(f.outline || f.shadow, `${f.text} shows a focus ring`).toBe(true);
      seen.push(f.text!);
      if (f.text === 'Evidence map') await web.page.screenshot({ path: join(SCREENSHOTS, 'focus-nav.png'), clip: { x: 0, y: 0, width: 1280, height: 80 } });
    }
    expect(seen).toEqual(expect.arrayContaining(['Sources', 'Contradictions', 'Research gaps', 'Evidence map']));
  });
});
