import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
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

describe('journeys in Chromium (real API, real Neo4j)', () => {
  it('researcher: opens a cited figure in the reader, sees its quote in context, and follows the trace to the primary source', async () => {
    const { data } = await api.gql(`{ statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`);
    let cited: string | undefined;
    for (const { node } of data.statistics.edges) {
      const t = await api.gql(`query($id: ID!) { trace(id: $id) { attributions { id to { id } } } }`, { id: node.id });
      if (t.data.trace.attributions.some((a: any) => a.to)) {
        cited = node.id;
        break;
      }
    }
    expect(cited).toBeDefined();
    await page.goto(`${api.url}/sources/merdian-2019?item=${encodeURIComponent(cited!)}`);
    const panel = page.getByTestId('evidence-panel');
    await panel.getByText('Quote in context').waitFor();
    expect((await panel.locator('mark.quote').innerText()).length).toBeGreaterThan(3);
    await panel.getByTestId('trace-link').click();
    await page.getByRole('heading', { name: 'Trace' }).waitFor();
    await page.getByTestId('trace-Primary source').first().waitFor();
    expect(await page.getByTestId('trace-Primary source').first().innerText()).toMatch(/CEOP \(2013\)/);
    expect(['Faithful', 'Distorted', 'Unsupported']).toContain(await page.getByTestId('verdict').first().innerText());
    await page.screenshot({ path: join(ARTIFACTS, 'trace.png'), fullPage: true });
  });

  it('reviewer: opens contradictions, filters by a source pair and sees both quotes side by side', async () => {
    await page.goto(`${api.url}/contradictions`);
    await page.getByTestId('contradiction').first().waitFor();
    const all = await page.getByTestId('contradiction').count();
    await page.getByTestId('pair-a').selectOption('gallagher-2006');
    await page.getByTestId('pair-b').selectOption('ceop-2013');
    await expect.poll(() => page.url()).toContain('b=ceop-2013');
    await page.getByTestId('contradiction').first().waitFor();
    const cards = page.getByTestId('contradiction');
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
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
    await page.goto(`${api.url}/gaps?order=SOURCES`);
    await page.getByTestId('gap-row').first().waitFor();
    await page.getByTestId('gap-order').selectOption('PRIORITY');
    await expect.poll(() => page.url()).not.toContain('order=');
    const firstRow = page.getByTestId('gap-row').first();
    await expect.poll(async () => (await firstRow.locator('td').nth(1).innerText()).trim()).toBe('7');
    await firstRow.getByRole('button').click();
    await page.locator('.detail-row blockquote').first().waitFor();
    const rows = await page.getByTestId('gap-row').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const file = join(ARTIFACTS, 'research-gaps.csv');
    await download.saveAs(file);
    const csv = parseCsv(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(rows);
    expect(csv[0]!.priority).toBe('7');
    expect(csv[0]!.question).toBe((await firstRow.getByRole('button').innerText()).trim());
    await page.screenshot({ path: join(ARTIFACTS, 'gaps.png') });
  });
});
