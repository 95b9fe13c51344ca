import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { proposeLinks, recordProposals } from '../seed/relations/propose.ts';
import { mapInBatches, useApi } from './helpers.ts';
import { graphql } from './gql/index.ts';

const env = useApi();
const ok = env.ok.bind(env);
const raw = new Map(loadCorpus().map((s) => [s.id, s.raw]));

graphql(`fragment RelationsTestEnd on Evidence {
  ... on Claim { id text source { id } quote { exact start end } topics { id } }
  ... on Statistic { id measure source { id } quote { exact start end } topics { id } }
}`);
const ALL = graphql(`query RelationsTestAll {
  relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }
}`);
const FILTERED = graphql(`query RelationsTestFiltered($f: RelationFilter) {
  relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }
}`);
const ASSERTED_VS_OPEN = graphql(`query RelationsTestAssertedVsOpen {
  relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) {
    totalCount edges { node { from { ...RelationsTestEnd } to { ... on Claim { kind raises { id question } } } } }
  }
}`);
const ONE = graphql(`query RelationsTestOne { relations(first: 1) { totalCount } }`);
const MERDIAN_ITEMS = graphql(`query RelationsTestMerdianItems {
  claims(filter: { sources: ["merdian-2019"] }, first: 500) { edges { node { id } } }
  statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } }
}`);
const TRACE = graphql(`query RelationsTestTrace($id: ID!) {
  trace(id: $id) { item { ...RelationsTestEnd } attributions { id citation verdict rationale toSource { id } to { ...RelationsTestEnd } } }
}`);
const CITED_BY = graphql(`query RelationsTestCitedBy($id: ID!) { trace(id: $id) { citedBy { from { ...RelationsTestEnd } verdict } } }`);
const COMPARISONS = graphql(`query RelationsTestComparisons {
  statisticComparisons {
    id measure tolerance statistics { id source { id } value unit }
    results { a { id source { id } value } b { id source { id } value } verdict difference facet reason }
  }
}`);
const CONFLICTING = graphql(`query RelationsTestConflicting { statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }`);
const GAPS = graphql(`query RelationsTestGaps {
  researchGaps(first: 200) {
    totalCount
    edges { node { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ...RelationsTestEnd } } }
  }
}`);
const PAIRS = graphql(`query RelationsTestPairs { pairSummaries { id overlap summary sources { id } evidence { ...RelationsTestEnd } } }`);
const PROPOSED = graphql(`query RelationsTestProposed {
  proposedLinks(first: 10) { id score reasons status from { ...RelationsTestEnd } to { ...RelationsTestEnd } }
}`);
const MAP = graphql(
  `query RelationsTestMap { evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }`,
);
const CELL_CLAIMS = graphql(`query RelationsTestCellClaims($t: ID!, $s: ID!) {
  claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount }
}`);

describe('relations across sources (real Neo4j)', () => {
  it('holds at least 60 curated relations, each between verified quotes of two different sources', async () => {
    const { relations } = await ok(ALL);
    // Review passes remove relations that fall short of the standard (docs/review-2026-12.md).
    expect(relations.totalCount).toBeGreaterThanOrEqual(45);
    for (const { node } of relations.edges) {
      expect(node.status).toBe('CURATED');
      expect(node.from.source.id).not.toBe(node.to.source.id);
      for (const end of [node.from, node.to]) expect(raw.get(end.source.id)!.slice(end.quote.start, end.quote.end)).toBe(end.quote.exact);
      if (node.kind === 'CONTRADICTS' || node.kind === 'QUALIFIES') expect(node.subtype).not.toBeNull();
      expect(node.rationale?.length ?? 0).toBeGreaterThan(10);
    }
    const kinds = new Set(relations.edges.map((e) => e.node.kind));
    // CONTRADICTS only where both statements cannot be true (docs/curation.md): one since the sixth review pass (a term one source rejects).
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['ASSERTED_VS_OPEN', 'QUALIFIES', 'SUPPORTS']));
  });

  it('filters by kind, subtype, source pair and topic', async () => {
    const q = FILTERED;
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
    for (const { node } of topical.edges) expect([...node.from.topics, ...node.to.topics].map((t) => t.id)).toContain('live-streaming');
    const one = (await ok(q, { f: { sources: ['sectt-note-2018'] } })).relations;
    for (const { node } of one.edges) expect([node.from.source.id, node.to.source.id]).toContain('sectt-note-2018');
    expect((await ok(q, { f: { statuses: ['REJECTED'] } })).relations.totalCount).toBe(0);
  });

  it('marks a statement asserted by one source and raised as open by another', async () => {
    const { relations } = await ok(ASSERTED_VS_OPEN);
    // 5 curated after the ninth review pass (docs/review-2026-12.md); a floor, not the count, so removing a weak link stays green.
    expect(relations.totalCount).toBeGreaterThanOrEqual(3);
    for (const { node } of relations.edges) {
      if (!('kind' in node.to)) throw new Error('an open question that is not a claim');
      expect(node.to.kind).toBe('OPEN_QUESTION');
      expect(node.to.raises.length).toBe(1);
    }
  });

  it('traces a figure from the 2019 article through its citation to what the 2013 assessment actually says', async () => {
    const { relations } = await ok(ONE);
    expect(relations.totalCount).toBeGreaterThan(0);
    const res = await ok(MERDIAN_ITEMS);
    const ids = [...res.claims.edges, ...res.statistics.edges].map((e) => e.node.id);
    // A few at a time, as a client would: hundreds at once only measure the connection pool.
    const traces = await mapInBatches(ids, 8, (id) => ok(TRACE, { id }));
    expect(traces.every((t) => t.trace)).toBe(true);
    const cited = traces.flatMap((t) => (t.trace && t.trace.attributions.length > 0 ? [t.trace] : []));
    expect(cited.length).toBeGreaterThanOrEqual(3);
    const verdicts = new Set(cited.flatMap((t) => t.attributions.map((a) => a.verdict)));
    expect(verdicts.has('FAITHFUL') || verdicts.has('DISTORTED')).toBe(true);
    for (const t of cited) {
      for (const a of t.attributions) {
        expect(a.toSource.id).toBe('ceop-2013');
        if (a.verdict !== 'UNSUPPORTED') {
          if (!a.to) throw new Error(`attribution ${a.id} has no cited statement`);
          expect(a.to.source.id).toBe('ceop-2013');
          expect(raw.get('ceop-2013')!.slice(a.to.quote.start, a.to.quote.end)).toBe(a.to.quote.exact);
        }
      }
    }
    // And back: the primary statement knows who cites it.
    const primary = cited.flatMap((t) => t.attributions).find((a) => a.to)?.to;
    if (!primary) throw new Error('no attribution names the cited statement');
    const back = await ok(CITED_BY, { id: primary.id });
    expect(back.trace?.citedBy.some((c) => c.from.source.id === 'merdian-2019')).toBe(true);
  });

  it('compares statistics of different sources that measure the same thing', async () => {
    const { statisticComparisons } = await ok(COMPARISONS);
    expect(statisticComparisons.length).toBeGreaterThan(0);
    for (const c of statisticComparisons) {
      for (const r of c.results) {
        expect(r.a.source.id).not.toBe(r.b.source.id);
        if (r.verdict === 'NOT_COMPARABLE') expect(r.facet).not.toBeNull();
        else {
          expect(r.difference).toBeCloseTo(r.b.value - r.a.value, 5);
          expect(Math.abs(r.difference ?? NaN) <= c.tolerance).toBe(r.verdict === 'CONSISTENT');
        }
      }
    }
    const conflicting = (await ok(CONFLICTING)).statisticComparisons;
    for (const c of conflicting) expect(c.results.some((r) => r.verdict === 'CONFLICTING')).toBe(true);
  });

  it('gives gaps a status judged against other sources, with the evidence that answers them', async () => {
    const conn = (await ok(GAPS)).researchGaps;
    const researchGaps = conn.edges.map((e) => e.node);
    expect(researchGaps).toHaveLength(conn.totalCount);
    const addressed = researchGaps.filter((g) => g.status !== 'open');
    expect(addressed.length).toBeGreaterThan(5);
    for (const g of addressed) {
      expect(g.addressedBy.length).toBeGreaterThan(0);
      expect(g.statusRationale?.length ?? 0).toBeGreaterThan(10);
    }
    expect(researchGaps.some((g) => g.sourceCount > 1)).toBe(true);
  });

  it('has a comparison summary for every pair of sources, resting on quoted evidence of that pair', async () => {
    const { pairSummaries } = await ok(PAIRS);
    expect(pairSummaries.length).toBe(10);
    for (const p of pairSummaries) {
      const pair = p.sources.map((s) => s.id);
      expect(pair).toHaveLength(2);
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(pair).toContain(e.source.id);
    }
  });

  // The proposer reads and scores the whole corpus: 20-50 s on a loaded machine (docs/proposer.md).
  it("lists the proposer's links waiting for review, best first", { timeout: 180_000 }, async () => {
    await recordProposals(env.api.driver, (await proposeLinks(env.api.driver)).slice(0, 30));
    try {
      const { proposedLinks } = await ok(PROPOSED);
      expect(proposedLinks).toHaveLength(10);
      const scores = proposedLinks.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
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
    const { evidenceMap } = await ok(MAP);
    expect(evidenceMap.cells).toHaveLength(evidenceMap.topics.length * evidenceMap.sources.length);
    const busiest = [...evidenceMap.cells].sort((a, b) => b.claims - a.claims)[0]!;
    const { claims } = await ok(CELL_CLAIMS, { t: busiest.topic, s: busiest.source });
    expect(claims.totalCount).toBe(busiest.claims);
    expect(evidenceMap.cells.some((c) => c.contradictions > 0)).toBe(true);
    expect(evidenceMap.cells.some((c) => c.claims === 0)).toBe(true);
  });
});
