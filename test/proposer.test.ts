import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, figuresOf, proposalId, proposeLinks, recordProposals, termsQuery, type Proposal } from '../seed/relations/propose.ts';
import { testDriver } from './helpers.ts';

let driver: Driver;
let proposals: Proposal[];
beforeAll(async () => {
  driver = testDriver();
  proposals = await proposeLinks(driver);
}, 120_000);
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

  it('proposes the known cross-source pair of the 1,145 reports figure (2019 article citing the 2013 assessment)', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (s:Statistic) WHERE s.valueText = '1,145' AND s.sourceId IN ['ceop-2013', 'merdian-2019'] RETURN s.sourceId AS src, s.id AS id`,
    );
    const merdian = records.filter((r) => r.get('src') === 'merdian-2019').map((r) => r.get('id') as string);
    const ceop = records.filter((r) => r.get('src') === 'ceop-2013').map((r) => r.get('id') as string);
    expect(merdian.length).toBeGreaterThan(0);
    expect(ceop.length).toBeGreaterThan(0);
    const wanted = new Set(merdian.flatMap((m) => ceop.map((c) => proposalId(m, c))));
    const hit = proposals.find((p) => wanted.has(p.id));
    expect(hit?.reasons.join(' ')).toMatch(/shared figures: 1145/);
    for (const p of proposals.slice(0, 200)) expect(p.from.split(':')[0]).not.toBe(p.to.split(':')[0]);
  });

  it("stores proposals for review and keeps a curator's decision when it runs again", async () => {
    await recordProposals(driver, proposals.slice(0, 20));
    const first = proposals[0]!;
    await driver.executeQuery(`MATCH ()-[p:PROPOSED_LINK {id: $id}]->() SET p.status = 'rejected'`, { id: first.id });
    await recordProposals(driver, proposals.slice(0, 20));
    const { records } = await driver.executeQuery(`MATCH ()-[p:PROPOSED_LINK]->() RETURN p.status AS status, count(*) AS n ORDER BY status`);
    expect(Object.fromEntries(records.map((r) => [r.get('status'), r.get('n')]))).toEqual({ proposed: 19, rejected: 1 });
  });

  it('measures itself against curated relations', () => {
    const q = evaluate(
      [
        { id: proposalId('a:1', 'b:1'), from: 'a:1', to: 'b:1', score: 9, reasons: [] },
        { id: proposalId('a:2', 'b:2'), from: 'a:2', to: 'b:2', score: 8, reasons: [] },
      ],
      [
        { from: 'b:1', to: 'a:1' },
        { from: 'a:3', to: 'b:3' },
      ],
    );
    expect(q).toEqual({ proposals: 2, curated: 2, matched: 1, recall: 50, precision: 50 });
  });
});
