/**
 * A curator's journey in Chromium against the real API, its ingest pipeline and the real Neo4j
 * (the browser fixture with `ingest`): sign in, upload a small document and watch its progress,
 * accept one statistic (stating what it measures), find it by search and open it in the reader at
 * its quote; then remove the document (the dry run's counts first, then the confirmation) and
 * search no longer finds it. Screenshots of /ingest at both desktop sizes. Everything it adds is
 * removed, and checked in afterAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { axeReport, seriousViolations } from './axe.ts';
import { DESKTOP_SIZES, useBrowser } from './browser.ts';
import { testDriver } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [{ name: 'ines', role: 'curator', token: 'ines-ingest-curator-token-01' }];
const SOURCE = 'web-ingest-harbour';
const NOTE =
  '# Harbour outreach: an evaluation note\n\n## Key findings\n\nOutreach workers met 312 young people; about 18% of them asked for follow-up support.\n\n## Future research\n\n- Little is known about longer-term outcomes.\n';

const web = useBrowser({ api: { tokens: TOKENS }, ingest: true, journey: true });
let driver: Driver;
let dir: string;
let countsBefore: Record<string, number>;

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  dir = mkdtempSync(join(tmpdir(), 'triangulate-web-ingest-'));
  writeFileSync(join(dir, 'harbour-note.md'), NOTE);
});

afterAll(async () => {
  // The journey removes the source itself; this is for a run that failed before that step.
  await driver.executeQuery(`MATCH (n:Claim|Statistic {sourceId: $id}) DETACH DELETE n`, { id: SOURCE });
  await driver.executeQuery(`MATCH (s:Source {id: $id}) OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE x, s`, { id: SOURCE });
  await driver.executeQuery(`MATCH (x:AuditRecord) WHERE x.targetId = $id OR x.targetId STARTS WITH $prefix DETACH DELETE x`, {
    id: SOURCE,
    prefix: `${SOURCE}:`,
  });
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a curator brings a document in', () => {
  it('uploads it with progress, accepts a statistic, finds it by search and in the reader at its quote', async () => {
    const page = web.page;
    await page.goto(web.url('/ingest'));
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
    await web.shot('ingest-candidates', { sizes: DESKTOP_SIZES, fullPage: true });

    await page.goto(web.url(`/search?q=${encodeURIComponent('follow-up support')}`));
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

  it('removes the document: the dry run’s counts first, then the confirmation; search no longer finds it', async () => {
    const page = web.page;
    await page.goto(web.url(`/ingest?source=${SOURCE}`));
    const remove = page.getByTestId('remove-source');
    await remove.getByTestId('remove-source-start').click();
    const plan = remove.getByTestId('remove-source-plan');
    await plan.waitFor();
    // The counts shown are the graph's.
    const { records } = await driver.executeQuery(
      `MATCH (s:Source {id: $id}) RETURN COUNT { (:Passage)-[:IN]->(s) } AS passages, COUNT { (:Candidate)-[:CANDIDATE_OF]->(s) } AS candidates`,
      { id: SOURCE },
    );
    const { passages, candidates } = records[0]!.toObject() as { passages: number; candidates: number };
    expect(await plan.getByTestId('remove-count-passages').textContent()).toMatch(new RegExp(`^${passages} passages? `));
    expect(await plan.getByTestId('remove-count-candidates').textContent()).toMatch(new RegExp(`^${candidates} candidates?`));
    expect(await plan.getByTestId('remove-count-items').textContent()).toMatch(/^1 accepted evidence item$/);
    expect(await driver.executeQuery(`MATCH (s:Source {id: $id}) RETURN s.id`, { id: SOURCE }).then((r) => r.records.length)).toBe(1);
    const violations = await seriousViolations(page);
    expect(violations, axeReport(violations)).toEqual([]);
    await web.shot('ingest-remove-confirm', { sizes: DESKTOP_SIZES });

    await plan.getByTestId('remove-source-confirm').click();
    const done = page.getByTestId('remove-source-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toMatch(/^Removed “Harbour outreach: an evaluation note” with \d+ passages, \d+ candidates and 1 item/);
    await expect
      .poll(async () => (await page.getByTestId('ingest-source').count()) === 0 || !(await page.getByTestId('ingest-source').innerHTML()).includes(SOURCE))
      .toBe(true);
    const { records: left } = await driver.executeQuery(
      `OPTIONAL MATCH (s:Source {id: $id}) WITH count(s) AS sources
       OPTIONAL MATCH (n) WHERE (n:Claim OR n:Statistic OR n:Passage OR n:Candidate) AND n.sourceId = $id
       RETURN sources, count(n) AS nodes`,
      { id: SOURCE },
    );
    expect(left[0]!.toObject()).toEqual({ sources: 0, nodes: 0 });

    await page.goto(web.url(`/search?q=${encodeURIComponent('follow-up support')}`));
    await expect.poll(() => page.getByTestId('results-summary').textContent(), { timeout: 60_000 }).toMatch(/^\d[\d,]* results?/);
    expect(await page.locator('[data-testid="search-hit"]').filter({ hasText: 'asked for follow-up support' }).count()).toBe(0);
  }, 180_000);
});
