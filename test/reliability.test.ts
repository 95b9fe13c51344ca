/**
 * The reliability suite's checks in their short sizes (npm run reliability runs them in full), each
 * also judged by the runner's verdicts. The kill -9 durability check is not here: a Neo4j of its
 * own, killed and recovered, takes minutes on this machine (npm run reliability -- --short --only durability).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../db/launcher.ts';
import { audit, load, soak } from '../reliability/load.ts';
import { authMatrix, mutations, tokenGuessing } from '../reliability/auth.ts';
import { fuzz } from '../reliability/fuzz.ts';
import { judge, renderMarkdown, type ResultsFile } from '../reliability/report.ts';
import { SIZES, settle, type Check } from '../reliability/suite.ts';
import { rssOf } from '../reliability/system.ts';
import { startTarget, type Target } from '../reliability/target.ts';
import { testDriver } from './helpers.ts';

const missed = (check: Check, r: object) => judge(check, r as Record<string, unknown>).filter((row) => !row.pass);

const size = SIZES.short;
let t: Target;
beforeAll(async () => {
  t = await startTarget(testDriver());
});
afterAll(async () => {
  await t.close();
  await t.driver.close();
});

describe('reliability (short)', () => {
  it('the graphql-http audit: no errors', async () => {
    const r = await audit(t);
    expect(r.error).toEqual([]);
    expect(r.ok).toBeGreaterThan(20);
    expect(missed('audit', r)).toEqual([]);
  }, 60_000);

  it('every mutation of the schema refuses no token, an unknown token and a viewer, and writes nothing', async () => {
    const r = await authMatrix(t);
    expect(r.mutations).toEqual(expect.arrayContaining(['annotate', 'proposeRelation', 'runLinkProposer']));
    expect(r.mutations.length).toBe(mutations().length);
    expect(r.failures).toEqual([]);
    expect(r.refused).toBe(r.mutations.length * 3);
    expect(r.unauthorisedWrites).toBe(0);
    expect(missed('auth', r)).toEqual([]);
  }, 60_000);

  it('load: no errors at 50 connections', async () => {
    const r = await load(t, size.connections, size.loadSeconds, size.warmupSeconds);
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors + r.timeouts + r.non2xx).toBe(0);
    expect(missed('load', r)).toEqual([]);
  }, 60_000);

  it('soak: mixed queries keep answering', async () => {
    await settle(t); // the load test's abandoned requests are still being served
    const r = await soak(t, size.soakSeconds);
    expect(r.failures).toBe(0);
    expect(r.rssMb.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('fuzzed requests: no 5xx, no internals shown, the server keeps answering', async () => {
    const r = await fuzz(t, size.fuzz);
    expect(r.status5xx).toBe(0);
    expect(r.leaks).toEqual([]);
    expect(r.crashed).toBe(false);
    expect(Object.keys(r.byStatus)).toContain('400');
    expect(missed('fuzz', r)).toEqual([]);
  }, 120_000);

  it('token guessing is answered with 429 after a few tries', async () => {
    const r = await tokenGuessing(t, size.guesses);
    expect(r.accepted).toBe(0);
    expect(r.firstRefusalAt).toBeLessThanOrEqual(11);
    expect(r.status429).toBeGreaterThanOrEqual(size.guesses - 11);
    expect(missed('tokens', r)).toEqual([]);
  }, 60_000);
});

describe('the reliability runner', () => {
  it("reads a process's resident memory from /proc as the soak samples it", () => {
    const mb = process.memoryUsage().rss / 2 ** 20;
    expect(rssOf(process.pid)).toBeGreaterThan(mb * 0.5);
    expect(rssOf(process.pid)).toBeLessThan(mb * 2);
    expect(rssOf(2 ** 30)).toBeNaN();
  });

  it('the committed RESULTS.md is the table of the committed results.json (npm run reliability -- --report-only)', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'reliability', 'results.json'), 'utf8')) as ResultsFile;
    expect(readFileSync(join(ROOT, 'reliability', 'RESULTS.md'), 'utf8')).toBe(renderMarkdown(file));
    for (const [check, entry] of Object.entries(file.checks)) expect(entry.rows, check).toEqual(judge(check as Check, entry.result));
  });
});
