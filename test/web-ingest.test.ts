/**
 * A curator's journey in Chromium against the real API, its ingest pipeline and the real Neo4j:
 * sign in, upload a small document and watch its progress, accept one statistic (stating what it
 * measures), then find it by search and open it in the reader at its quote. Everything it adds is
 * removed in afterAll, and checked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { ingestHooks } from '../seed/ingest/pipeline.ts';
import { axeReport, seriousViolations } from './axe.ts';
import { buildWeb, launchBrowser } from './browser.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [{ name: 'ines', role: 'curator', token: 'ines-ingest-curator-token-01' }];
const SOURCE = 'web-ingest-harbour';
const NOTE =
  '# Harbour outreach: an evaluation note\n\n## Key findings\n\nOutreach workers met 312 young people; about 18% of them asked for follow-up support.\n\n## Future research\n\n- Little is known about longer-term outcomes.\n';

let api: RunningApi;
let browser: Browser;
let page: Page;
let driver: Driver;
let dir: string;
let countsBefore: Record<string, number>;

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  dir = mkdtempSync(join(tmpdir(), 'triangulate-web-ingest-'));
  writeFileSync(join(dir, 'harbour-note.md'), NOTE);
  api = await startApi({ webDist: await buildWeb(), tokens: TOKENS, ingest: ingestHooks(driver, { dir: join(dir, 'store') }) });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await driver.executeQuery(`MATCH (n:Claim|Statistic {sourceId: $id}) DETACH DELETE n`, { id: SOURCE });
  await driver.executeQuery(`MATCH (x:AuditRecord) WHERE x.targetId STARTS WITH $prefix DETACH DELETE x`, { prefix: `${SOURCE}:` });
  await driver.executeQuery(`MATCH (s:Source {id: $id}) OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE x, s`, { id: SOURCE });
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a curator brings a document in', () => {
  it('uploads it with progress, accepts a statistic, finds it by search and in the reader at its quote', async () => {
    await page.goto(`${api.url}/ingest`);
    const card = page.getByTestId('signin-card');
    await card.getByLabel('Token').fill(TOKENS[0]!.token);
    await card.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();

    const form = page.getByTestId('upload-form');
    await form.getByTestId('upload-file').setInputFiles(join(dir, 'harbour-note.md'));
    await form.getByTestId('upload-id').fill(SOURCE);
    await form.getByTestId('upload-year').fill('2022');
    await form.getByTestId('upload-submit').click();
    await form.getByTestId('upload-progress').waitFor();
    await form.getByTestId('upload-done').waitFor({ timeout: 60_000 });
    expect(await form.getByTestId('upload-done').textContent()).toMatch(
      /Ingested “Harbour outreach: an evaluation note”: \d+ passages, \d+ candidates to review/,
    );
    expect(await form.locator('.ingest-stages li.passed').count()).toBe(5);
    expect(await form.locator('progress').getAttribute('value')).toBe(String(Buffer.byteLength(NOTE)));

    // The new document is selected; its statistics wait for review.
    await page.getByTestId('ingest-type').selectOption('STATISTIC');
    const stat = page
      .locator('[data-testid="candidate"][data-type="STATISTIC"]')
      .filter({ has: page.locator('mark', { hasText: '18%' }) })
      .first();
    await stat.waitFor();
    expect(await stat.getByTestId('candidate-context').locator('mark').textContent()).toMatch(/^about 18%|^18%/);
    const violations = await seriousViolations(page);
    expect(violations, axeReport(violations)).toEqual([]);

    await stat.getByTestId('candidate-accept').click();
    const accept = stat.getByTestId('accept-form');
    await accept.getByTestId('accept-measure').fill('share of young people met who asked for follow-up support');
    await accept.getByTestId('accept-submit').click();
    const confirmation = page.getByTestId('ingest-confirmation');
    await confirmation.waitFor();
    const itemHref = await confirmation.getByTestId('ingest-item-link').getAttribute('href');
    const itemId = decodeURIComponent(itemHref!.replace('/items/', ''));
    expect(itemId).toMatch(new RegExp(`^${SOURCE}:s-`));

    // Search finds it as a statistic of the new source.
    await page.goto(`${api.url}/search?q=${encodeURIComponent('follow-up support')}`);
    const hit = page.locator('[data-testid="search-hit"][data-type="STATISTIC"]').filter({ hasText: 'asked for follow-up support' }).first();
    await hit.waitFor({ timeout: 60_000 });
    await hit.locator('a.hit-link').click();

    // The reader opens the new source at the item's quote.
    await page.waitForURL(new RegExp(`/sources/${SOURCE}\\?`));
    const mark = page.locator(`mark[data-items~="${itemId}"]`).first();
    await mark.waitFor({ timeout: 60_000 });
    expect(await mark.textContent()).toMatch(/18%/);
    await expect.poll(() => mark.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  }, 180_000);
});
