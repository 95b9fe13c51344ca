import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const web = useBrowser({ viewport: { width: 1280, height: 900 } });

interface Cell {
  topic: string;
  source: string;
  claims: number;
  statistics: number;
  gaps: number;
  agreements: number;
  contradictions: number;
}
const COUNTS = ['claims', 'statistics', 'gaps', 'agreements', 'contradictions'] as const;

let map: { topics: { id: string; name: string }[]; sources: { id: string }[]; cells: Cell[] };

beforeAll(async () => {
  ({ evidenceMap: map } = await web.gql<{ evidenceMap: typeof map }>(
    `{ evidenceMap { topics { id name } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }`,
  ));
});

async function openMap(): Promise<void> {
  await web.page.goto(web.url('/map'));
  await web.page.getByTestId('map-cell').first().waitFor();
}

/** The numbers a cell (or total) shows, read from the page. */
async function shown(selector: string): Promise<Record<string, number>> {
  return web.page
    .locator(selector)
    .evaluate((el) =>
      Object.fromEntries(
        [...el.querySelectorAll('.cell-counts [data-count], .cell-links [data-count]')].map((s) => [
          s.getAttribute('data-count'),
          Number(s.textContent!.replace(/,/g, '')),
        ]),
      ),
    );
}

describe('evidence map journey in Chromium (real API, real Neo4j)', () => {
  it('shows every cell with the counts the API gives, and totals per topic and per source', async () => {
    await openMap();
    expect(await web.page.getByTestId('map-cell').count()).toBe(map.topics.length * map.sources.length);
    const onPage = await web.page.getByTestId('map-cell').evaluateAll((els) =>
      els.map((el) => ({
        topic: el.getAttribute('data-topic'),
        source: el.getAttribute('data-source'),
        ...Object.fromEntries(
          [...el.querySelectorAll('.cell-counts [data-count], .cell-links [data-count]')].map((s) => [
            s.getAttribute('data-count'),
            Number(s.textContent!.replace(/,/g, '')),
          ]),
        ),
      })),
    );
    const byKey = new Map(onPage.map((c) => [`${c.topic}/${c.source}`, c]));
    for (const cell of map.cells) expect(byKey.get(`${cell.topic}/${cell.source}`)).toEqual(cell);

    // Row and column totals are the sums of the cells.
    const topic = map.topics[0]!.id;
    const source = map.sources[0]!.id;
    const sum = (cells: Cell[]) => Object.fromEntries(COUNTS.map((k) => [k, cells.reduce((n, c) => n + c[k], 0)]));
    expect(await shown(`[data-testid="row-total"][data-topic="${topic}"]`)).toEqual(sum(map.cells.filter((c) => c.topic === topic)));
    expect(await shown(`[data-testid="col-total"][data-source="${source}"]`)).toEqual(sum(map.cells.filter((c) => c.source === source)));
    expect(await shown('[data-testid="grand-total"]')).toEqual(sum(map.cells));

    // Headers are real table headers.
    expect(await web.page.locator('.map-table thead th[scope="col"]').count()).toBe(map.sources.length + 2);
    expect(await web.page.locator('.map-table tbody th[scope="row"]').count()).toBe(map.topics.length);
  });

  it('the measure selector changes what the big number and the colour show, kept in the URL', async () => {
    await openMap();
    const cell = map.cells.find((c) => c.contradictions > 0)!;
    const button = web.page.locator(`[data-testid="map-cell"][data-topic="${cell.topic}"][data-source="${cell.source}"]`);
    expect(await button.locator('.cell-value').innerText()).toBe(String(cell.claims + cell.statistics + cell.gaps));
    const before = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
    await web.page.getByTestId('metric').getByText('Disagreements').click();
    await expect.poll(() => web.page.url()).toContain('metric=contradictions');
    await expect.poll(() => button.locator('.cell-value').innerText()).toBe(String(cell.contradictions));
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
    expect(await web.page.getByTestId('map-legend').innerText()).toMatch(/disagreements per cell/i);
    // The cell key names the second line's counts with the selector's words, and says what a disagreement is.
    const key = await web.page.locator('.cell-key').innerText();
    expect(key).toMatch(/agreements \(supports\) · disagreements \(contradicts or qualifies\)/);
    expect(key).not.toMatch(/contradictions/);
    await web.page.getByTestId('metric').getByText('Total items').click();
    await expect.poll(() => web.page.url()).not.toContain('metric=');
    await expect.poll(() => button.locator('.cell-value').innerText()).toBe(String(cell.claims + cell.statistics + cell.gaps));
  });

  it('opens a cell by keyboard, lists its items with quotes, follows one to the reader, and comes back to the same selection', async () => {
    // A cell with claims, statistics and gaps, not too large.
    const cell = map.cells
      .filter((c) => c.claims > 0 && c.statistics > 0 && c.gaps > 0)
      .sort((a, b) => a.claims + a.statistics - (b.claims + b.statistics))[0]!;
    const row = map.topics.findIndex((t) => t.id === cell.topic);
    const col = map.sources.findIndex((s) => s.id === cell.source);
    await openMap();

    // Tab reaches the grid at one cell (roving tabindex); arrows move from there.
    expect(await web.page.locator('[data-testid="map-cell"][tabindex="0"]').count()).toBe(1);
    await web.page.locator('[data-testid="map-cell"][tabindex="0"]').focus();
    await web.page.keyboard.press('Control+Home');
    for (let i = 0; i < row; i++) await web.page.keyboard.press('ArrowDown');
    for (let i = 0; i < col; i++) await web.page.keyboard.press('ArrowRight');
    const focused = await web.page.evaluate(() => [document.activeElement?.getAttribute('data-topic'), document.activeElement?.getAttribute('data-source')]);
    expect(focused).toEqual([cell.topic, cell.source]);
    expect(await web.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await web.page.keyboard.press('Enter');
    await expect.poll(() => web.page.url()).toContain(`topic=${cell.topic}`);
    expect(web.page.url()).toContain(`source=${cell.source}`);

    const panel = web.page.getByTestId('map-panel');
    await panel.getByTestId('map-claims').getByTestId('map-item').first().waitFor();
    await panel.getByTestId('map-statistics').getByTestId('map-item').first().waitFor();
    await panel.getByTestId('map-gaps').getByTestId('map-item').first().waitFor();
    expect(await panel.getByTestId('map-claims').getByTestId('map-item').count()).toBe(Math.min(20, cell.claims));
    expect(await panel.getByTestId('map-statistics').getByTestId('map-item').count()).toBe(Math.min(20, cell.statistics));
    expect(await panel.getByTestId('map-gaps').getByTestId('map-item').count()).toBe(cell.gaps);
    for (const quote of await panel.locator('.item-quote').allInnerTexts()) expect(quote).toMatch(/^“.+”$/s);
    expect(await web.page.locator(`[data-testid="map-cell"][data-topic="${cell.topic}"][data-source="${cell.source}"]`).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await web.shot('evidence-map-selected');
    await web.page.evaluate(() => window.scrollTo(0, 0));
    await web.shot('evidence-map', { fullPage: true });

    // The listed claims are the cell's: the API agrees on the first one.
    const first = panel.getByTestId('map-claims').getByTestId('map-item').first();
    const link = first.getByTestId('reader-link');
    const href = (await link.getAttribute('href'))!;
    const itemId = new URL(href, web.api.url).searchParams.get('item')!;
    const { evidence } = await web.gql<{ evidence: { source: { id: string }; topics: { id: string }[]; quote: { text: string } } }>(
      `query($id: ID!) { evidence(id: $id) { source { id } topics { id } quote { text } } }`,
      { id: itemId },
    );
    expect(evidence.source.id).toBe(cell.source);
    expect(evidence.topics.map((t) => t.id)).toContain(cell.topic);
    expect((await first.locator('.item-quote').innerText()).replace(/\s+/g, ' ')).toBe(`“${evidence.quote.text}”`.replace(/\s+/g, ' '));

    // Follow it to the reader, which opens at the item.
    await link.click();
    await web.page.getByTestId('evidence-panel').getByText('Quote in context').waitFor();
    expect(web.page.url()).toContain(`/sources/${cell.source}?item=${encodeURIComponent(itemId)}`);

    // Back: the map comes back with the same cell selected and its items listed.
    await web.page.goBack();
    await expect.poll(() => web.page.url()).toContain('/map?');
    expect(web.page.url()).toContain(`topic=${cell.topic}`);
    await panel.getByTestId('map-claims').getByTestId('map-item').first().waitFor();
    const selected = web.page.locator('[data-testid="map-cell"][aria-pressed="true"]');
    expect(await selected.count()).toBe(1);
    expect([await selected.getAttribute('data-topic'), await selected.getAttribute('data-source')]).toEqual([cell.topic, cell.source]);
    expect(await selected.getAttribute('tabindex')).toBe('0');

    // Back again clears the selection; forward restores it.
    await web.page.goBack();
    await expect.poll(() => web.page.locator('[data-testid="map-cell"][aria-pressed="true"]').count()).toBe(0);
    await web.page.getByText('No cell selected').waitFor();
    await web.page.goForward();
    await expect.poll(() => web.page.locator('[data-testid="map-cell"][aria-pressed="true"]').count()).toBe(1);
  });

  it('a cell with nothing in it says so', async () => {
    const empty = map.cells.find((c) => c.claims + c.statistics + c.gaps === 0)!;
    await web.page.goto(web.url(`/map?topic=${empty.topic}&source=${empty.source}`));
    await web.page
      .getByTestId('map-panel')
      .getByText(/has no claims, statistics or research gaps on this topic/)
      .waitFor();
  });
});
