import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, buildWeb, launchBrowser } from './browser.ts';
import { startApi, type RunningApi } from './helpers.ts';

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

async function counts(): Promise<{ nodes: number; links: number }> {
  const text = await page.getByTestId('element-count').innerText();
  const m = /(\d+) nodes · (\d+) links/.exec(text);
  if (!m) throw new Error(`no count in "${text}"`);
  return { nodes: Number(m[1]), links: Number(m[2]) };
}

async function waitForCountChange(before: { nodes: number; links: number }) {
  await expect.poll(async () => JSON.stringify(await counts().catch(() => before)), { timeout: 30_000 }).not.toBe(JSON.stringify(before));
  return counts();
}

describe('graph view in Chromium (real API, real Neo4j)', () => {
  it('starts from the most contested items, expands a node, filters, pages a group, and exports', async () => {
    await page.goto(`${api.url}/graph`);
    await page
      .getByTestId('element-count')
      .getByText(/\d+ nodes/)
      .waitFor({ timeout: 30_000 });
    const start = await counts();
    const expected = (await api.gql('{ graph(neighbourLimit: 25) { nodes { id } edges { id } } }')).data.graph;
    expect(start).toEqual({ nodes: expected.nodes.length, links: expected.edges.length });
    expect(await page.getByTestId('graph-focus').innerText()).toMatch(/most contested/i);
    await page.screenshot({ path: join(ARTIFACTS, 'graph-start.png') });

    // Expand a neighbour that is not expanded yet, from the keyboard-usable list.
    await page.locator('details.element-list summary').click();
    const expandable = page.locator('[data-testid^="expand-"]', { hasText: /^Expand \(([2-9]|\d\d+)\)/ });
    const target = expandable.first();
    const targetId = (await target.getAttribute('data-testid'))!.slice('expand-'.length);
    await target.click();
    const expanded = await waitForCountChange(start);
    expect(expanded.nodes).toBeGreaterThan(start.nodes);
    expect(decodeURIComponent(page.url())).toContain(`expand=${targetId}`);
    // The expanded node is selected and its detail panel shows its quote in context.
    await page
      .getByTestId('detail-expand')
      .getByText(/Collapse/)
      .waitFor();

    // A filter on link kinds: fewer links, and the URL says so.
    // The checkbox follows the URL, which changes just after the click: click, then wait for it.
    await page.getByTestId('kind-SUPPORTS').click();
    await expect.poll(() => page.getByTestId('kind-SUPPORTS').isChecked()).toBe(false);
    const filtered = await waitForCountChange(expanded);
    expect(filtered.links).toBeLessThan(expanded.links);
    expect(page.url()).toContain('kinds=');
    await page.screenshot({ path: join(ARTIFACTS, 'graph-filtered.png') });

    // Back restores the unfiltered, expanded graph.
    await page.goBack();
    await expect.poll(async () => JSON.stringify(await counts()), { timeout: 30_000 }).toBe(JSON.stringify(expanded));

    // Collapse takes the expansion away again.
    await page.getByTestId('detail-expand').click();
    await expect.poll(async () => JSON.stringify(await counts()), { timeout: 30_000 }).toBe(JSON.stringify(start));

    // A topic as focus: its items come in a page, the rest stands in a group that opens on demand.
    const { topics } = (await api.gql('{ topics { id name claimCount statisticCount } }')).data;
    const big = topics.sort((a: any, b: any) => b.claimCount + b.statisticCount - a.claimCount - a.statisticCount)[0];
    await page.getByTestId('graph-topic').selectOption(big.id);
    await page.getByTestId('graph-focus').getByText(big.name).waitFor();
    await page
      .getByTestId('element-count')
      .getByText(/\d+ nodes/)
      .waitFor();
    const more = page
      .locator('details.element-list')
      .getByRole('button', { name: /^Show \d+ more/ })
      .first();
    await more.waitFor({ timeout: 30_000 });
    const topical = await counts();
    await more.click();
    const paged = await waitForCountChange(topical);
    expect(paged.nodes).toBeGreaterThan(topical.nodes);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/<svg[\s>]/);
    await page.screenshot({ path: join(ARTIFACTS, 'graph-topic.png') });
  });

  it('opens an item from the reader in the graph, focused on it and selected', async () => {
    const { relations } = (
      await api.gql(
        '{ relations(filter: { kinds: [CONTRADICTS] }, first: 1) { edges { node { from { ... on Claim { id source { id } } ... on Statistic { id source { id } } } } } } }',
      )
    ).data;
    const item = relations.edges[0].node.from;
    await page.goto(`${api.url}/sources/${item.source.id}?item=${encodeURIComponent(item.id)}`);
    await page.getByTestId('graph-link').click();
    await page
      .getByTestId('element-count')
      .getByText(/\d+ nodes/)
      .waitFor({ timeout: 30_000 });
    expect(decodeURIComponent(page.url())).toContain(`focus=${item.id}`);
    const { nodes } = await counts().then((c) => ({ nodes: c.nodes }));
    expect(nodes).toBeGreaterThan(1);
    // The selected item's panel is open beside the graph, with its quote in context.
    await page.getByTestId('evidence-panel').getByText('Quote in context').waitFor();
    await page.getByTestId('detail-expand').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'graph-from-reader.png') });
  });
});
