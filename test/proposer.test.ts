import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluate,
  figuresOf,
  proposalId,
  proposeLinks,
  readOnce,
  recordProposals,
  termsQuery,
  type Proposal,
  type RunCypher,
} from '../seed/relations/propose.ts';
import { prepareSeed } from '../seed/load.ts';
import { testDriver } from './helpers.ts';

let driver: Driver;
let proposals: Proposal[];
const seed = prepareSeed();
const rejected = new Set(seed.relations.decisions.map((d) => proposalId(d.from, d.to)));
// The graph's answers are the same for every run of a test: read them once.
let cached: RunCypher;
let unfiltered: Proposal[];
beforeAll(async () => {
  driver = testDriver();
  cached = readOnce(driver);
  proposals = await proposeLinks(cached, { exclude: rejected });
  unfiltered = await proposeLinks(cached);
}, 240_000);
afterAll(async () => {
  await driver.executeQuery('MATCH ()-[p:PROPOSED_LINK]->() DELETE p');
  await driver.close();
});

describe('link proposer', () => {
  it('builds safe full-text queries and finds figures', () => {
    expect(termsQuery('The offenders travelled abroad to offend; self-generated images')).toBe(
      'self\\-generated OR offenders OR travelled OR abroad OR offend OR images',
    );
    expect(termsQuery('a an the')).toBeNull();
    expect([...figuresOf('In 2012, 1,145 reports; 6.5% of users; 3 cases')]).toEqual(['1145', '6.5']);
  });

  it('finds the cross-source pair of the 1,145 reports figure (2019 article citing the 2013 assessment), and leaves it out once rejected', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (s:Statistic) WHERE s.valueText = '1,145' AND s.sourceId IN ['ceop-2013', 'merdian-2019'] RETURN s.sourceId AS src, s.id AS id`,
    );
    const merdian = records.filter((r) => r.get('src') === 'merdian-2019').map((r) => r.get('id') as string);
    const ceop = records.filter((r) => r.get('src') === 'ceop-2013').map((r) => r.get('id') as string);
    expect(merdian.length).toBeGreaterThan(0);
    expect(ceop.length).toBeGreaterThan(0);
    const wanted = new Set(merdian.flatMap((m) => ceop.map((c) => proposalId(m, c))));
    const hit = unfiltered.find((p) => wanted.has(p.id));
    expect(hit?.reasons.join(' ')).toMatch(/shared figures: 1145/);
    // The seed rejects that pair (an attribution records the difference): with the decisions left out, it is not proposed.
    expect(rejected.has(hit!.id)).toBe(true);
    expect(proposals.some((p) => wanted.has(p.id))).toBe(false);
  });

  it('proposes across sources only, never a rejected pair, each pair once', () => {
    for (const p of proposals) {
      expect(p.from.split(':')[0]).not.toBe(p.to.split(':')[0]);
      expect(rejected.has(p.id)).toBe(false);
    }
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
  });

  it('links gap mentions to asserting items of other sources (ASSERTED_VS_OPEN, open side last)', async () => {
    const open = proposals.filter((p) => p.kind === 'ASSERTED_VS_OPEN');
    expect(open.length).toBeGreaterThan(50);
    const { records } = await driver.executeQuery(
      `UNWIND $pairs AS pair
       MATCH (a:Claim|Statistic {id: pair.from}), (b:Claim {id: pair.to})
       RETURN CASE WHEN a:Statistic THEN 'statistic' ELSE a.kind END AS fromKind, b.kind AS toKind`,
      { pairs: open.map(({ from, to }) => ({ from, to })) },
    );
    expect(records.length).toBe(open.length);
    for (const r of records) {
      expect(r.get('toKind')).toBe('open-question');
      expect(['finding', 'assertion', 'statistic', 'correction', 'belief', 'definition']).toContain(r.get('fromKind'));
    }
  });

  it('finds at least 25 % of the curated relations, with the kind right for some of each (docs/proposer.md has the measurements: 36.8 % of 57, 32.5 % of 120, 27.2 % of 136, 31.3 % of 96)', () => {
    const q = evaluate(
      proposals,
      seed.relations.relations.filter((r) => r.status === 'curated'),
    );
    expect(q.recall).toBeGreaterThanOrEqual(25);
    // ASSERTED_VS_OPEN: 4 of the 17 found before the sixth to eighth review passes, 0 of the 3 curated now (after pass 27).
    expect(q.byKind.SUPPORTS!.kindRight).toBeGreaterThan(0);
    expect(q.byKind.QUALIFIES!.kindRight).toBeGreaterThan(0);
  });

  it('leaves an excluded pair out before an item picks its best, so the item proposes its next best', async () => {
    const one = await proposeLinks(cached, { exclude: rejected, perItem: 1 });
    const involving = (list: Proposal[], id: string) => list.filter((p) => p.from === id || p.to === id);
    // Items that appear in one proposal only: that proposal is their own pick.
    const picks = [...new Set(one.flatMap((p) => [p.from, p.to]))]
      .map((id) => ({ id, own: involving(one, id) }))
      .filter((x) => x.own.length === 1)
      .slice(0, 5);
    expect(picks.length).toBe(5);
    const excluded = new Set(picks.map((x) => x.own[0]!.id));
    const again = await proposeLinks(cached, { exclude: new Set([...rejected, ...excluded]), perItem: 1 });
    for (const x of picks) {
      const now = involving(again, x.id);
      expect(now.length).toBeGreaterThan(0);
      for (const p of now) expect(excluded.has(p.id)).toBe(false);
    }
  }, 240_000);

  it("stores proposals for review and keeps a curator's decision when it runs again", async () => {
    await recordProposals(driver, proposals.slice(0, 20));
    const first = proposals[0]!;
    await driver.executeQuery(`MATCH ()-[p:PROPOSED_LINK {id: $id}]->() SET p.status = 'rejected'`, { id: first.id });
    await recordProposals(driver, proposals.slice(0, 20));
    const { records } = await driver.executeQuery(`MATCH ()-[p:PROPOSED_LINK]->() RETURN p.status AS status, count(*) AS n ORDER BY status`);
    expect(Object.fromEntries(records.map((r) => [r.get('status'), r.get('n')]))).toEqual({ proposed: 19, rejected: 1 });
    const { records: kinds } = await driver.executeQuery(`MATCH ()-[p:PROPOSED_LINK {id: $id}]->() RETURN p.kind AS kind`, { id: proposals[1]!.id });
    expect(kinds[0]?.get('kind')).toBe(proposals[1]!.kind);
  });

  it('measures itself against curated relations', () => {
    const q = evaluate(
      [
        { id: proposalId('a:1', 'b:1'), from: 'a:1', to: 'b:1', score: 9, kind: 'SUPPORTS', reasons: [] },
        { id: proposalId('a:2', 'b:2'), from: 'a:2', to: 'b:2', score: 8, kind: 'SUPPORTS', reasons: [] },
      ],
      [
        { from: 'b:1', to: 'a:1' },
        { from: 'a:3', to: 'b:3' },
      ],
    );
    expect(q).toEqual({ proposals: 2, curated: 2, matched: 1, recall: 50, precision: 50, byKind: {} });
    const byKind = evaluate(
      [{ id: proposalId('a:1', 'b:1'), from: 'a:1', to: 'b:1', score: 9, kind: 'QUALIFIES', reasons: [] }],
      [
        { from: 'b:1', to: 'a:1', kind: 'SUPPORTS' },
        { from: 'a:3', to: 'b:3', kind: 'SUPPORTS' },
      ],
    ).byKind;
    expect(byKind).toEqual({ SUPPORTS: { curated: 2, matched: 1, kindRight: 0, recall: 50 } });
  });
});
