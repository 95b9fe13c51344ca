import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { proposeLinks, recordProposals } from '../seed/relations/propose.ts';
import { mapInBatches, useApi } from './helpers.ts';

const env = useApi();
const ok = env.ok.bind(env);
const raw = new Map(loadCorpus().map((s) => [s.id, s.raw]));

const END = `... on Claim { id text source { id } quote { exact start end } topics { id } } ... on Statistic { id measure source { id } quote { exact start end } topics { id } }`;

describe('relations across sources (real Neo4j)', () => {
  it('holds at least 100 curated relations, each between verified quotes of two different sources', async () => {
    const { relations } = await ok(
      `{ relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ${END} } to { ${END} } } } } }`,
    );
    expect(relations.totalCount).toBeGreaterThanOrEqual(100);
    for (const { node } of relations.edges) {
      expect(node.status).toBe('CURATED');
      expect(node.from.source.id).not.toBe(node.to.source.id);
      for (const end of [node.from, node.to]) expect(raw.get(end.source.id)!.slice(end.quote.start, end.quote.end)).toBe(end.quote.exact);
      if (node.kind === 'CONTRADICTS' || node.kind === 'QUALIFIES') expect(node.subtype).not.toBeNull();
      expect(node.rationale.length).toBeGreaterThan(10);
    }
    const kinds = new Set(relations.edges.map((e: any) => e.node.kind));
    // CONTRADICTS only where both statements cannot be true (docs/curation.md): none in this corpus since the review passes.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['ASSERTED_VS_OPEN', 'QUALIFIES', 'SUPPORTS']));
  });

  it('filters by kind, subtype, source pair and topic', async () => {
    const q = `query($f: RelationFilter) { relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ${END} } to { ${END} } } } } }`;
    const pair = (await ok(q, { f: { sources: ['iwg-oso-2018', 'gallagher-2006'], kinds: ['CONTRADICTS', 'QUALIFIES'] } })).relations;
    expect(pair.totalCount).toBeGreaterThan(0);
    for (const { node } of pair.edges) {
      expect(['CONTRADICTS', 'QUALIFIES']).toContain(node.kind);
      expect(new Set([node.from.source.id, node.to.source.id])).toEqual(new Set(['iwg-oso-2018', 'gallagher-2006']));
    }
    const direct = (await ok(q, { f: { subtypes: ['DIRECT'] } })).relations;
    for (const { node } of direct.edges) expect(node.subtype).toBe('DIRECT');
    const topical = (await ok(q, { f: { topics: ['live-streaming'] } })).relations;
    expect(topical.totalCount).toBeGreaterThan(0);
    for (const { node } of topical.edges) expect([...node.from.topics, ...node.to.topics].map((t: any) => t.id)).toContain('live-streaming');
    const one = (await ok(q, { f: { sources: ['sectt-note-2018'] } })).relations;
    for (const { node } of one.edges) expect([node.from.source.id, node.to.source.id]).toContain('sectt-note-2018');
    expect((await ok(q, { f: { statuses: ['REJECTED'] } })).relations.totalCount).toBe(0);
  });

  it('marks a statement asserted by one source and raised as open by another', async () => {
    const { relations } = await ok(
      `{ relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) { totalCount edges { node { from { ${END} } to { ... on Claim { kind raises { id question } } } } } } }`,
    );
    expect(relations.totalCount).toBeGreaterThan(5);
    for (const { node } of relations.edges) {
      expect(node.to.kind).toBe('OPEN_QUESTION');
      expect(node.to.raises.length).toBe(1);
    }
  });

  it('traces a figure from the 2019 article through its citation to what the 2013 assessment actually says', async () => {
    const { relations } = await ok(`{ relations(first: 1) { totalCount } }`);
    expect(relations.totalCount).toBeGreaterThan(0);
    const res = await ok(
      `{ claims(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id } } } statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`,
    );
    const ids = [...res.claims.edges, ...res.statistics.edges].map((e: any) => e.node.id);
    // A few at a time, as a client would: hundreds at once only measure the connection pool.
    const traces = await mapInBatches(ids, 8, (id: string) =>
      ok(`query($id: ID!) { trace(id: $id) { item { ${END} } attributions { id citation verdict rationale toSource { id } to { ${END} } } } }`, { id }),
    );
    const cited = traces.map((t: any) => t.trace).filter((t: any) => t.attributions.length > 0);
    expect(cited.length).toBeGreaterThanOrEqual(3);
    const verdicts = new Set(cited.flatMap((t: any) => t.attributions.map((a: any) => a.verdict)));
    expect(verdicts.has('FAITHFUL') || verdicts.has('DISTORTED')).toBe(true);
    for (const t of cited) {
      for (const a of t.attributions) {
        expect(a.toSource.id).toBe('ceop-2013');
        if (a.verdict !== 'UNSUPPORTED') {
          expect(a.to.source.id).toBe('ceop-2013');
          expect(raw.get('ceop-2013')!.slice(a.to.quote.start, a.to.quote.end)).toBe(a.to.quote.exact);
        }
      }
    }
    // And back: the primary statement knows who cites it.
    const primary = cited.flatMap((t: any) => t.attributions).find((a: any) => a.to)!;
    const back = await ok(`query($id: ID!) { trace(id: $id) { citedBy { from { ${END} } verdict } } }`, { id: primary.to.id });
    expect(back.trace.citedBy.some((c: any) => c.from.source.id === 'merdian-2019')).toBe(true);
  });

  it('compares statistics of different sources that measure the same thing', async () => {
    const { statisticComparisons } = await ok(
      `{ statisticComparisons { id measure tolerance statistics { id source { id } value unit } results { a { id source { id } value } b { id source { id } value } verdict difference facet reason } } }`,
    );
    expect(statisticComparisons.length).toBeGreaterThan(0);
    for (const c of statisticComparisons) {
      for (const r of c.results) {
        expect(r.a.source.id).not.toBe(r.b.source.id);
        if (r.verdict === 'NOT_COMPARABLE') expect(r.facet).not.toBeNull();
        else {
          expect(r.difference).toBeCloseTo(r.b.value - r.a.value, 5);
          expect(Math.abs(r.difference) <= c.tolerance).toBe(r.verdict === 'CONSISTENT');
        }
      }
    }
    const conflicting = (await ok(`{ statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }`)).statisticComparisons;
    for (const c of conflicting) expect(c.results.some((r: any) => r.verdict === 'CONFLICTING')).toBe(true);
  });

  it('gives gaps a status judged against other sources, with the evidence that answers them', async () => {
    const { researchGaps } = await ok(`{ researchGaps { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ${END} } } }`);
    const addressed = researchGaps.filter((g: any) => g.status !== 'open');
    expect(addressed.length).toBeGreaterThan(5);
    for (const g of addressed) {
      expect(g.addressedBy.length).toBeGreaterThan(0);
      expect(g.statusRationale.length).toBeGreaterThan(10);
    }
    expect(researchGaps.some((g: any) => g.sourceCount > 1)).toBe(true);
  });

  it('has a comparison summary for every pair of sources, resting on quoted evidence of that pair', async () => {
    const { pairSummaries } = await ok(`{ pairSummaries { id overlap summary sources { id } evidence { ${END} } } }`);
    expect(pairSummaries.length).toBe(10);
    for (const p of pairSummaries) {
      const pair = p.sources.map((s: any) => s.id);
      expect(pair).toHaveLength(2);
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(pair).toContain(e.source.id);
    }
  });

  it("lists the proposer's links waiting for review, best first", async () => {
    await recordProposals(env.api.driver, (await proposeLinks(env.api.driver)).slice(0, 30));
    try {
      const { proposedLinks } = await ok(`{ proposedLinks(first: 10) { id score reasons status from { ${END} } to { ${END} } } }`);
      expect(proposedLinks).toHaveLength(10);
      const scores = proposedLinks.map((p: any) => p.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
      for (const p of proposedLinks) {
        expect(p.status).toBe('proposed');
        expect(p.from.source.id).not.toBe(p.to.source.id);
        expect(p.reasons[0]).toMatch(/text similarity/);
      }
    } finally {
      await env.api.driver.executeQuery('MATCH ()-[p:PROPOSED_LINK]->() DELETE p');
    }
  });
});

describe('evidence map', () => {
  it('has a cell per topic and source whose counts match the item lists', async () => {
    const { evidenceMap } = await ok(
      `{ evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }`,
    );
    expect(evidenceMap.cells).toHaveLength(evidenceMap.topics.length * evidenceMap.sources.length);
    const busiest = [...evidenceMap.cells].sort((a: any, b: any) => b.claims - a.claims)[0];
    const { claims } = await ok(
      `query($t: ID!, $s: ID!) { claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount } }`,
      { t: busiest.topic, s: busiest.source },
    );
    expect(claims.totalCount).toBe(busiest.claims);
    expect(evidenceMap.cells.some((c: any) => c.contradictions > 0)).toBe(true);
    expect(evidenceMap.cells.some((c: any) => c.claims === 0)).toBe(true);
  });
});
