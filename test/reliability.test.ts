/** The reliability suite's checks in their short sizes (npm run reliability runs them in full). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, load, soak } from '../reliability/load.ts';
import { authMatrix, mutations, tokenGuessing } from '../reliability/auth.ts';
import { fuzz } from '../reliability/fuzz.ts';
import { SIZES } from '../reliability/suite.ts';
import { startTarget, type Target } from '../reliability/target.ts';
import { testDriver } from './helpers.ts';

const size = SIZES.short;
let t: Target;
beforeAll(async () => {
  t = await startTarget(testDriver(), { maxConcurrent: size.connections });
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
  }, 60_000);

  it('every mutation of the schema refuses no token, an unknown token and a viewer, and writes nothing', async () => {
    const r = await authMatrix(t);
    expect(r.mutations).toEqual(expect.arrayContaining(['annotate', 'proposeRelation', 'runLinkProposer']));
    expect(r.mutations.length).toBe(mutations().length);
    expect(r.failures).toEqual([]);
    expect(r.refused).toBe(r.mutations.length * 3);
    expect(r.unauthorisedWrites).toBe(0);
  }, 60_000);

  it('load: no errors at 50 connections', async () => {
    const r = await load(t, size.connections, size.loadSeconds);
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors + r.timeouts + r.non2xx).toBe(0);
  }, 60_000);

  it('soak: mixed queries keep answering', async () => {
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
  }, 120_000);

  it('token guessing is answered with 429 after a few tries', async () => {
    const r = await tokenGuessing(t, size.guesses);
    expect(r.accepted).toBe(0);
    expect(r.firstRefusalAt).toBeLessThanOrEqual(11);
    expect(r.status429).toBeGreaterThanOrEqual(size.guesses - 11);
  }, 60_000);
});
