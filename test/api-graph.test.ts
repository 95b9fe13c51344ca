import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { useApi } from './helpers.ts';
import { graphql } from './gql/index.ts';
import type { GraphTestFieldsFragment } from './gql/graphql.ts';

const env = useApi();
const ok = env.ok.bind(env);
const raw = new Map(loadCorpus().map((s) => [s.id, s.raw]));

graphql(`fragment GraphTestFields on Graph {
  focus
  nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }
  edges { id source target kind status subtype label }
}`);
const graphQuery = graphql(`query GraphTest($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {
  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) { ...GraphTestFields }
}`);
const NEIGHBOURS = graphql(`query GraphTestNeighbours($o: Int) { neighbours(id: "ceop-2013", offset: $o, limit: 200) { ...GraphTestFields } }`);
const CEOP_COUNTS = graphql(`query GraphTestCeopCounts {
  claims(filter: { sources: ["ceop-2013"] }, first: 0) { totalCount }
  statistics(filter: { sources: ["ceop-2013"] }, first: 0) { totalCount }
}`);
const MERDIAN_STATISTICS = graphql(
  `query GraphTestMerdianStatistics { statistics(filter: { sources: ["merdian-2019"] }, first: 200) { edges { node { id } } } }`,
);
const TRACE = graphql(`query GraphTestTrace($id: ID!) { trace(id: $id) { item { ... on Statistic { id } } attributions { verdict } } }`);
const SOURCES = graphql(`query GraphTestSources { sources { id } }`);

/** Every edge joins two nodes of the graph; ids are unique. */
function expectWellFormed(g: GraphTestFieldsFragment) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source), `${e.id} source`).toBe(true);
    expect(ids.has(e.target), `${e.id} target`).toBe(true);
  }
}

describe('graph (real Neo4j)', () => {
  it('starts from the most contested items when no focus is given', async () => {
    const { graph } = await ok(graphQuery);
    expectWellFormed(graph);
    expect(graph.focus.length).toBe(5);
    const kinds = new Set(graph.edges.map((e) => e.kind));
    // Contested: disagreements of either kind (since the 2026-12 review most depend on a facet, so QUALIFIES).
    expect(kinds.has('CONTRADICTS') || kinds.has('QUALIFIES')).toBe(true);
    for (const id of graph.focus) {
      const n = graph.nodes.find((x) => x.id === id);
      expect(['CLAIM', 'STATISTIC']).toContain(n?.type);
      expect(graph.edges.some((e) => (e.kind === 'CONTRADICTS' || e.kind === 'QUALIFIES' ? e.source === id || e.target === id : false))).toBe(true);
    }
    for (const e of graph.edges) if (['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN'].includes(e.kind)) expect(e.status).toBe('CURATED');
  });

  it('never drops neighbours silently: a group node carries the rest with its count, and paging it yields them all', async () => {
    // A source stands for its items: far more than the limit.
    const { graph } = await ok(graphQuery, { focus: ['ceop-2013'], depth: 0, limit: 10 });
    expectWellFormed(graph);
    const items = graph.nodes.filter((n) => n.type !== 'GROUP');
    const group = graph.nodes.find((n) => n.type === 'GROUP');
    if (!group) throw new Error('no group node for the hidden neighbours');
    expect(items).toHaveLength(10);
    for (const n of items) expect(n.sourceId).toBe('ceop-2013');
    const { claims, statistics } = await ok(CEOP_COUNTS);
    expect(group.groupOf).toBe('ceop-2013');
    expect(group.hiddenCount).toBe(claims.totalCount + statistics.totalCount - 10);
    expect(group.nextOffset).toBe(10);

    const seen = new Set(items.map((n) => n.id));
    let offset = group.nextOffset;
    while (offset !== null) {
      const { neighbours } = await ok(NEIGHBOURS, { o: offset });
      for (const n of neighbours.nodes) if (n.type !== 'GROUP') seen.add(n.id);
      offset = neighbours.nodes.find((n) => n.type === 'GROUP')?.nextOffset ?? null;
    }
    expect(seen.size).toBe(claims.totalCount + statistics.totalCount);
  });

  it('expands a node to its neighbourhood, with each neighbour degree-counted under the filter', async () => {
    const start = (await ok(graphQuery, { depth: 0 })).graph;
    const focus = start.nodes[0]!;
    expect(start.nodes).toHaveLength(5);
    const one = (await ok(graphQuery, { focus: [focus.id], depth: 1, limit: 200 })).graph;
    expectWellFormed(one);
    expect(one.nodes.length).toBe(focus.degree + 1);
    for (const n of one.nodes)
      if (n.id !== focus.id)
        expect(one.edges.some((e) => (e.source === focus.id && e.target === n.id) || (e.target === focus.id && e.source === n.id))).toBe(true);
    // Depth 2 reaches further than depth 1 from at least one of the default focus's nodes.
    let grows = false;
    for (const n of start.nodes) {
      const d1 = (await ok(graphQuery, { focus: [n.id], depth: 1, limit: 200 })).graph;
      const d2 = (await ok(graphQuery, { focus: [n.id], depth: 2, limit: 200 })).graph;
      expectWellFormed(d2);
      expect(d2.nodes.length).toBeGreaterThanOrEqual(d1.nodes.length);
      grows ||= d2.nodes.length > d1.nodes.length;
    }
    expect(grows).toBe(true);
  });

  it('filters by source, type, relation kind and topic, and the element count changes', async () => {
    const all = (await ok(graphQuery, { focus: ['live-streaming'], depth: 1, limit: 200 })).graph;
    expectWellFormed(all);
    const onlyContra = (await ok(graphQuery, { focus: ['live-streaming'], depth: 1, limit: 200, filter: { kinds: ['CONTRADICTS'] } })).graph;
    expect(onlyContra.edges.every((e) => e.kind === 'CONTRADICTS' || e.kind === 'MORE')).toBe(true);
    expect(onlyContra.edges.length).toBeLessThan(all.edges.length);
    const twoSources = (await ok(graphQuery, { focus: ['live-streaming'], depth: 1, limit: 200, filter: { sources: ['ceop-2013', 'merdian-2019'] } })).graph;
    for (const n of twoSources.nodes) if (n.type === 'CLAIM' || n.type === 'STATISTIC') expect(['ceop-2013', 'merdian-2019']).toContain(n.sourceId);
    expect(twoSources.nodes.length).toBeLessThan(all.nodes.length);
    const stats = (await ok(graphQuery, { focus: ['live-streaming'], depth: 0, limit: 200, filter: { types: ['STATISTIC'] } })).graph;
    expect(stats.nodes.filter((n) => n.type !== 'GROUP').every((n) => n.type === 'STATISTIC' && n.topics.includes('live-streaming'))).toBe(true);
    const gaps = (await ok(graphQuery, { focus: ['live-streaming'], depth: 1, limit: 200, filter: { kinds: ['RAISES_GAP'] } })).graph;
    expect(gaps.nodes.some((n) => n.type === 'RESEARCH_GAP')).toBe(true);
  });

  it('shows attributions with their verdicts and proposed links only when asked', async () => {
    const { trace } = await ok(MERDIAN_STATISTICS).then(async (r) => {
      for (const { node } of r.statistics.edges) {
        const t = await ok(TRACE, { id: node.id });
        if (t.trace?.attributions.length) return t;
      }
      throw new Error('no attributed statistic');
    });
    if (!trace || !('id' in trace.item)) throw new Error('the trace has no statistic');
    const { graph } = await ok(graphQuery, { focus: [trace.item.id], depth: 1, limit: 50, filter: { kinds: ['ATTRIBUTES_TO'] } });
    const attr = graph.edges.filter((e) => e.kind === 'ATTRIBUTES_TO');
    expect(attr.length).toBeGreaterThan(0);
    for (const e of attr) expect(['faithful', 'distorted', 'unsupported']).toContain(e.label);
    const withProposed = (await ok(graphQuery, { depth: 1, limit: 200, filter: { statuses: ['PROPOSED'] } })).graph;
    for (const e of withProposed.edges)
      if (['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'PROPOSED'].includes(e.kind)) expect(e.status).toBe('PROPOSED');
  });

  it('rejects unknown focus ids, too deep a graph and unknown filter values with clear errors', async () => {
    const unknown = await env.api.gql(graphQuery, { focus: ['no-such-item'] });
    expect(unknown.errors?.[0]?.message).toMatch(/unknown focus id: no-such-item/);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const deep = await env.api.gql(graphQuery, { depth: 9 });
    expect(deep.errors?.[0]?.message).toMatch(/"depth" must be an integer from 0 to 3/);
    // An enum value the schema does not have: sent as a string query to get past the typed variables.
    const bad = await env.api.gql(print(graphQuery), { filter: { kinds: ['LIKES'] } });
    expect(bad.errors?.[0]?.message).toMatch(/LIKES/);
    const injected = await ok(graphQuery, { focus: ["x' OR 1=1 //", '}) DETACH DELETE n //'] }).catch(() => null);
    expect(injected).toBeNull();
    expect((await ok(SOURCES)).sources).toHaveLength(5);
  });
});

describe('search across evidence and passages (real Neo4j)', () => {
  const q = graphql(`query GraphTestSearch($q: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $q, types: $types, filter: $filter, first: $first, after: $after) {
      totalCount countsByType { type count }
      edges { cursor type score highlight node {
        __typename
        ... on Claim { id text source { id } topics { id } quote { exact start end } }
        ... on Statistic { id measure source { id } topics { id } quote { exact start end } }
        ... on ResearchGap { id question raisedBy { claim { source { id } } } }
        ... on Misconception { id belief mentions { claim { source { id } } } }
        ... on Passage { id start end raw source { id } }
      } }
      pageInfo { hasNextPage endCursor } } }`);

  it('ranks hits of every type, with highlights and counts per type that add up', async () => {
    const { search } = await ok(q, { q: 'live streaming', first: 50 });
    const types = new Set<string>(search.edges.map((e) => e.type));
    for (const t of ['CLAIM', 'PASSAGE']) expect(types.has(t), t).toBe(true);
    expect(search.countsByType.reduce((s, c) => s + c.count, 0)).toBe(search.totalCount);
    for (let i = 1; i < search.edges.length; i++) expect(search.edges[i - 1]!.score).toBeGreaterThanOrEqual(search.edges[i]!.score);
    for (const e of search.edges) {
      expect(e.highlight).toMatch(/\[\[/);
      const typename = { CLAIM: 'Claim', STATISTIC: 'Statistic', RESEARCH_GAP: 'ResearchGap', MISCONCEPTION: 'Misconception', PASSAGE: 'Passage' }[e.type];
      const n = e.node;
      expect(n.__typename).toBe(typename);
      if ('quote' in n) expect(raw.get(n.source.id)!.slice(n.quote.start, n.quote.end)).toBe(n.quote.exact);
      if (n.__typename === 'Passage') expect(raw.get(n.source.id)!.slice(n.start, n.end)).toBe(n.raw);
    }
  });

  const COUNTS = graphql(`query GraphTestSearchCounts($q: String!) {
    search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }`);

  it('reads at most the best 1,000 hits of each index, and says which counts are lower bounds', async () => {
    // Many common words: more than 1,000 passages and evidence items hold one of them.
    const wide = (await ok(COUNTS, { q: 'child children abuse sexual offenders online internet police report research' })).search;
    expect(wide.totalCapped).toBe(true);
    expect(wide.countsByType.every((c) => c.capped)).toBe(true);
    const passages = wide.countsByType.find((c) => c.type === 'PASSAGE')!;
    expect(passages.count).toBeGreaterThan(900);
    expect(passages.count).toBeLessThanOrEqual(1000);
    expect(wide.countsByType.filter((c) => c.type !== 'PASSAGE').reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(1000);
    expect(wide.totalCount).toBe(wide.countsByType.reduce((n, c) => n + c.count, 0));
    const narrow = (await ok(COUNTS, { q: 'webcam' })).search;
    expect(narrow.totalCapped).toBe(false);
    expect(narrow.countsByType.some((c) => c.capped)).toBe(false);
    expect(narrow.totalCount).toBeGreaterThan(0);
  });

  it('finds research gaps and misconceptions, and filters by type, source and topic', async () => {
    const gaps = (await ok(q, { q: 'research', types: ['RESEARCH_GAP'], first: 20 })).search;
    expect(gaps.totalCount).toBeGreaterThan(0);
    expect(gaps.edges.every((e) => e.type === 'RESEARCH_GAP')).toBe(true);
    expect(gaps.countsByType).toEqual([{ type: 'RESEARCH_GAP', count: gaps.totalCount }]);
    const mis = (await ok(q, { q: 'stranger', types: ['MISCONCEPTION'] })).search;
    expect(mis.totalCount).toBeGreaterThan(0);
    const ceop = (await ok(q, { q: 'images', filter: { sources: ['ceop-2013'] }, first: 100 })).search;
    expect(ceop.totalCount).toBeGreaterThan(0);
    for (const e of ceop.edges) {
      const n = e.node;
      if ('source' in n) expect(n.source.id).toBe('ceop-2013');
      else expect([...('raisedBy' in n ? n.raisedBy : []), ...('mentions' in n ? n.mentions : [])].some((m) => m.claim.source.id === 'ceop-2013')).toBe(true);
    }
    const topical = (await ok(q, { q: 'offenders', types: ['CLAIM', 'STATISTIC'], filter: { topics: ['travel-tourism'] }, first: 100 })).search;
    for (const { node } of topical.edges) expect('topics' in node ? node.topics.map((t) => t.id) : []).toContain('travel-tourism');
  });

  it('pages with cursors without repeating a hit', async () => {
    const first = (await ok(q, { q: 'children', first: 10 })).search;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(q, { q: 'children', first: 10, after: first.pageInfo.endCursor })).search;
    const a = new Set(first.edges.map((e) => `${e.type}:${e.node.id}`));
    for (const e of second.edges) expect(a.has(`${e.type}:${e.node.id}`)).toBe(false);
  });
});

describe('consensus (real Neo4j)', () => {
  const q = graphql(`query GraphTestConsensus($id: ID!) { consensus(id: $id) { id type subject
    stances { stance subtype rationale source { id kind year } evidence { ... on Claim { id source { id } quote { exact start end } } ... on Statistic { id source { id } quote { exact start end } } } }
    silent { id } } }`);
  const A_QUALIFICATION = graphql(`query GraphTestAQualification {
    relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } to { ... on Claim { id } ... on Statistic { id } } } } }
  }`);
  const GAPS = graphql(`query GraphTestGaps {
    researchGaps(first: 500) { edges { node { id sourceCount status raisedBy { claim { id } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } }
  }`);

  it('breaks a contested claim down by source, each stance with its quote, kind and date', async () => {
    const { relations } = await ok(A_QUALIFICATION);
    const { from, to } = relations.edges[0]!.node;
    const { consensus } = await ok(q, { id: from.id });
    if (!consensus) throw new Error(`no consensus for ${from.id}`);
    expect(consensus.stances[0]!.stance).toBe('STATES');
    expect(consensus.stances[0]!.evidence.id).toBe(from.id);
    // Under the curation standard no pair of this corpus contradicts outright; a qualification is the contested case.
    const contra = consensus.stances.find((s) => s.evidence.id === to.id && s.stance === 'QUALIFIES');
    expect(contra?.stance).toBe('QUALIFIES');
    expect(contra?.rationale?.length ?? 0).toBeGreaterThan(10);
    for (const s of consensus.stances) {
      expect(s.source.id).toBe(s.evidence.source.id);
      expect(s.source.kind.length).toBeGreaterThan(3);
      expect(raw.get(s.source.id)!.slice(s.evidence.quote.start, s.evidence.quote.end)).toBe(s.evidence.quote.exact);
    }
    const speaking = new Set(consensus.stances.map((s) => s.source.id));
    expect(speaking.size + consensus.silent.length).toBe(5);
    for (const s of consensus.silent) expect(speaking.has(s.id)).toBe(false);
  });

  it('titles a statistic with its unit once ("5%", not "5% percent")', async () => {
    const { consensus } = await ok(q, { id: 'ceop-2013:s001' });
    expect(consensus?.type).toBe('STATISTIC');
    expect(consensus?.subject).toBe('5%: Share of children who experience contact sexual abuse at some point during childhood.');
  });

  it('for a research gap: who raises it and what answers it', async () => {
    const researchGaps = (await ok(GAPS)).researchGaps.edges.map((e) => e.node);
    const gap = researchGaps.find((g) => g.sourceCount > 1 && g.addressedBy.length > 0) ?? researchGaps.find((g) => g.addressedBy.length > 0);
    if (!gap) throw new Error('no research gap is addressed');
    const { consensus } = await ok(q, { id: gap.id });
    if (!consensus) throw new Error(`no consensus for ${gap.id}`);
    expect(consensus.type).toBe('RESEARCH_GAP');
    const raising = consensus.stances
      .filter((s) => s.stance === 'RAISES_AS_OPEN')
      .map((s) => s.evidence.id)
      .sort();
    expect(raising).toEqual(gap.raisedBy.map((r) => r.claim.id).sort());
    const addressing = consensus.stances
      .filter((s) => s.stance === 'ADDRESSES')
      .map((s) => s.evidence.id)
      .sort();
    expect(addressing).toEqual(gap.addressedBy.map((a) => a.id).sort());
    expect((await ok(q, { id: 'nothing-here' })).consensus).toBeNull();
  });
});
