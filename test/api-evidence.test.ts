import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { useApi } from './helpers.ts';
import { graphql } from './gql/index.ts';
import type { GapOrder } from './gql/graphql.ts';
import { compareGapPriority } from '../core/gap-priority.ts';

const env = useApi();
const ok = env.ok.bind(env);
const raw = new Map(loadCorpus().map((s) => [s.id, s.raw]));

const TOPICS = graphql(`query EvidenceTopics { topics { id name claimCount statisticCount } }`);
const CLAIMS_PAGE = graphql(`query EvidenceClaimsPage($f: EvidenceFilter, $after: String) {
  claims(filter: $f, first: 20, after: $after) {
    totalCount
    edges { cursor node { id text kind hedged source { id } topics { id } quote { exact start end } } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const CLAIMS_WITH_WORD = graphql(
  `query EvidenceClaimsWithWord { claims(filter: { text: "webcam" }, first: 50) { totalCount edges { node { text quote { exact } } } } }`,
);
const CEOP_STATISTICS = graphql(`query EvidenceCeopStatistics {
  statistics(filter: { sources: ["ceop-2013"] }, first: 200) {
    totalCount edges { node { id value valueText unit measure approximate source { id } quote { exact start end } } }
  }
}`);
const STATISTIC_BOUNDS = graphql(`query EvidenceStatisticBounds($id: ID!) { evidence(id: $id) { ... on Statistic { valueText value low high } } }`);
const A_FINDING = graphql(`query EvidenceAFinding { claims(filter: { sources: ["gallagher-2006"], kinds: [FINDING] }, first: 1) { edges { node { id } } } }`);
const ITEM_IN_CONTEXT = graphql(`query EvidenceItemInContext($id: ID!) {
  evidence(id: $id) {
    __typename id source { id title }
    quote { exact text start end prefix suffix context { before quote after passages { id start end } } }
    ... on Claim { text kind }
  }
}`);
const NO_SUCH_ITEM = graphql(`query EvidenceNoSuchItem { evidence(id: "no:such") { id } }`);
const SLIDE_QUOTES = graphql(`query EvidenceSlideQuotes {
  claims(filter: { sources: ["iwg-oso-2018"], text: "consultation" }, first: 50) { edges { node { quote { exact text reading } } } }
}`);
const GAPS = graphql(`query EvidenceGaps {
  researchGaps(first: 500) {
    totalCount
    edges { node { id question priority status sourceCount raisedBy { priority priorityBasis claim { id source { id } quote { exact } } } } }
  }
}`);
const GAPS_BY_SOURCES = graphql(`query EvidenceGapsBySources { researchGaps(orderBy: SOURCES, first: 500) { edges { node { sourceCount } } } }`);
const NESTED_SOURCE_COUNTS = graphql(`query EvidenceNestedSourceCounts {
  sources { id passageCount claimCount statisticCount }
  researchGaps(first: 500) { edges { node { raisedBy { claim { source { id passageCount claimCount statisticCount } } } } } }
}`);
const CEOP_GAPS = graphql(
  `query EvidenceCeopGaps { researchGaps(filter: { sources: ["ceop-2013"] }, first: 500) { edges { node { raisedBy { claim { source { id } } } } } } }`,
);
const GAP_PAGE = graphql(`query EvidenceGapPage($statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int, $after: String) {
  researchGaps(statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {
    totalCount
    edges { node { id question priority status sourceCount topics { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const MISCONCEPTIONS = graphql(`query EvidenceMisconceptions {
  misconceptions { id belief correction mentions { stance claim { id kind source { id } quote { exact } } } }
}`);
const SPANS = graphql(`query EvidenceSpans { source(id: "merdian-2019") { claimCount statisticCount evidenceSpans { id type kind start end label } } }`);

describe('evidence queries against the real Neo4j', () => {
  it('lists topics with counts that add up to the items tagged', async () => {
    const { topics } = await ok(TOPICS);
    expect(topics.length).toBeGreaterThanOrEqual(12);
    expect(topics.every((t) => t.claimCount + t.statisticCount > 0)).toBe(true);
  });

  it('filters claims by source, topic and kind, and pages them', async () => {
    const q = CLAIMS_PAGE;
    const f = { sources: ['ceop-2013'], topics: ['live-streaming'], kinds: ['FINDING' as const, 'ASSERTION' as const] };
    const first = (await ok(q, { f })).claims;
    expect(first.totalCount).toBeGreaterThan(0);
    for (const { node } of first.edges) {
      expect(node.source.id).toBe('ceop-2013');
      expect(node.topics.map((t) => t.id)).toContain('live-streaming');
      expect(['FINDING', 'ASSERTION']).toContain(node.kind);
      expect(raw.get('ceop-2013')!.slice(node.quote.start, node.quote.end)).toBe(node.quote.exact);
    }
    const all = (await ok(q, { f: { sources: ['merdian-2019'] } })).claims;
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(q, { f: { sources: ['merdian-2019'] }, after: all.pageInfo.endCursor })).claims;
    const ids = new Set(all.edges.map((e) => e.node.id));
    expect(next.edges.some((e) => ids.has(e.node.id))).toBe(false);
    expect(next.edges[0]!.node.quote.start).toBeGreaterThanOrEqual(all.edges.at(-1)!.node.quote.start);
  });

  it('filters by words in the text or quote', async () => {
    const { claims } = await ok(CLAIMS_WITH_WORD);
    expect(claims.totalCount).toBeGreaterThan(0);
    for (const { node } of claims.edges) expect(`${node.text} ${node.quote.exact}`.toLowerCase()).toContain('webcam');
  });

  it('lists statistics with their value, unit and measure', async () => {
    const { statistics } = await ok(CEOP_STATISTICS);
    expect(statistics.totalCount).toBeGreaterThan(80);
    const reports = statistics.edges.map((e) => e.node).find((s) => s.valueText === '1,145');
    expect(reports?.value).toBe(1145);
    for (const { node } of statistics.edges) expect(raw.get('ceop-2013')!.slice(node.quote.start, node.quote.end)).toBe(node.quote.exact);
  });

  it('gives both bounds of a range, and none for a single figure', async () => {
    const q = STATISTIC_BOUNDS;
    expect((await ok(q, { id: 'gallagher-2006:e-s068' })).evidence).toEqual({ valueText: '20-40%', value: 20, low: 20, high: 40 });
    expect((await ok(q, { id: 'ceop-2013:s043' })).evidence).toMatchObject({ low: null, high: null });
  });

  it('returns one item with its quote in the context of its passage', async () => {
    const { claims } = await ok(A_FINDING);
    const id = claims.edges[0]!.node.id;
    const { evidence } = await ok(ITEM_IN_CONTEXT, { id });
    if (!evidence) throw new Error(`${id} not found`);
    expect(evidence.__typename).toBe('Claim');
    const file = raw.get('gallagher-2006')!;
    expect(file.slice(evidence.quote.start, evidence.quote.end)).toBe(evidence.quote.exact);
    expect(file.slice(evidence.quote.start - evidence.quote.prefix.length, evidence.quote.start)).toBe(evidence.quote.prefix);
    const ctx = evidence.quote.context;
    expect(ctx.passages.length).toBeGreaterThanOrEqual(1);
    expect(ctx.passages[0]!.start).toBeLessThanOrEqual(evidence.quote.start);
    expect(ctx.passages.at(-1)!.end).toBeGreaterThanOrEqual(evidence.quote.end);
    expect(ctx.quote).toBe(evidence.quote.text);
    expect(evidence.quote.text).not.toContain('\n');
    expect((await ok(NO_SUCH_ITEM)).evidence).toBeNull();
  });

  it('decodes slide deck quotes in their readable form while keeping the raw characters', async () => {
    const { claims } = await ok(SLIDE_QUOTES);
    const damaged = claims.edges.map((e) => e.node.quote).find((q) => q.exact !== q.reading);
    if (!damaged) throw new Error('no quote read differently from its raw characters');
    expect(damaged.reading.length).toBe(damaged.exact.length);
    expect(damaged.text).not.toMatch(/[ǘƘŜƻŦ]/);
  });

  it('lists research gaps by priority with the sources raising them', async () => {
    const conn = (await ok(GAPS)).researchGaps;
    const researchGaps = conn.edges.map((e) => e.node);
    expect(researchGaps.length).toBeGreaterThanOrEqual(60);
    expect(conn.totalCount).toBe(researchGaps.length);
    expect(researchGaps[0]!.question).toMatch(/\?$/);
    // The documented priority order (core/gap-priority.ts): unanswered first, then raising sources, then the source's rating.
    const rank = (g: (typeof researchGaps)[number]) => ({
      question: g.question,
      status: g.status.toLowerCase().replace(/_/g, '-'),
      sourceCount: g.sourceCount,
      rating: g.priority,
    });
    for (let i = 1; i < researchGaps.length; i++) expect(compareGapPriority(rank(researchGaps[i - 1]!), rank(researchGaps[i]!))).toBeLessThanOrEqual(0);
    for (const g of researchGaps) {
      expect(g.raisedBy.length).toBeGreaterThan(0);
      expect(g.sourceCount).toBe(new Set(g.raisedBy.map((r) => r.claim.source.id)).size);
    }
    const bySources = (await ok(GAPS_BY_SOURCES)).researchGaps.edges.map((e) => e.node.sourceCount);
    expect(bySources).toEqual([...bySources].sort((a: number, b: number) => b - a));
    const filtered = (await ok(CEOP_GAPS)).researchGaps.edges.map((e) => e.node);
    expect(filtered.length).toBeGreaterThan(0);
    for (const g of filtered) expect(g.raisedBy.some((r) => r.claim.source.id === 'ceop-2013')).toBe(true);
  });

  it('pages research gaps: the pages join into the whole list, in every order and direction, with a status filter', async () => {
    type Vars = { statuses?: string[]; orderBy?: GapOrder; reverse?: boolean };
    const page = (v: Vars, first: number, after?: string | null) => ok(GAP_PAGE, { ...v, first, after });
    const all = async (v: Vars) => (await page(v, 500)).researchGaps.edges.map((e) => e.node);
    const paged = async (v: Vars) => {
      const out: Awaited<ReturnType<typeof all>> = [];
      let after: string | null | undefined = null;
      for (;;) {
        const { researchGaps: c } = await page(v, 25, after);
        out.push(...c.edges.map((e) => e.node));
        expect(c.edges.length).toBeLessThanOrEqual(25);
        if (!c.pageInfo.hasNextPage) return out;
        after = c.pageInfo.endCursor;
      }
    };
    const whole = await all({});
    expect(whole.length).toBeGreaterThan(50);
    expect((await paged({})).map((g) => g.id)).toEqual(whole.map((g) => g.id));
    const first = await page({}, 10);
    expect(first.researchGaps.totalCount).toBe(whole.length);
    expect(first.researchGaps.edges).toHaveLength(10);

    const question = await all({ orderBy: 'QUESTION' });
    const lower = question.map((g) => g.question.toLowerCase());
    expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await all({ orderBy: 'QUESTION', reverse: true })).map((g) => g.id)).not.toEqual(question.map((g) => g.id));
    expect((await paged({ orderBy: 'QUESTION', reverse: true })).map((g) => g.question.toLowerCase())).toEqual([...lower].reverse());

    // Rated gaps first, highest first or (reversed) lowest first; unrated last either way.
    for (const reverse of [false, true]) {
      const ratings = (await all({ orderBy: 'RATING', reverse })).map((g) => g.priority);
      const rated = ratings.filter((r): r is number => r != null);
      expect(rated.length).toBeGreaterThan(1);
      expect(ratings.slice(0, rated.length)).toEqual(rated);
      expect(rated).toEqual([...rated].sort((a, b) => (reverse ? a - b : b - a)));
    }
    const statusRank = (s: string) => ['open', 'partly-addressed', 'addressed'].indexOf(s);
    const byStatus = (await all({ orderBy: 'STATUS', reverse: true })).map((g) => statusRank(g.status));
    expect(byStatus).toEqual([...byStatus].sort((a, b) => b - a));
    expect(byStatus[0]).toBeGreaterThan(0);
    const topics = (await all({ orderBy: 'TOPICS' })).map((g) => g.topics[0]?.name.toLowerCase() ?? '\uffff');
    expect(topics).toEqual([...topics].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const open = await paged({ statuses: ['open'] });
    expect(open.length).toBe(whole.filter((g) => g.status === 'open').length);
    expect(open.every((g) => g.status === 'open')).toBe(true);
    expect(open.length).toBeLessThan(whole.length);
    const bad = await env.api.gql(GAP_PAGE, { statuses: ['closed'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('statuses');
  });

  it('counts a source nested in an item as the sources list does, with one round trip for all the nested sources', async () => {
    await env.api.gql(NESTED_SOURCE_COUNTS); // the API now keeps the sources list (api/corpus-cache.ts)
    const res = await env.api.gql(NESTED_SOURCE_COUNTS);
    expect(res.errors).toBeUndefined();
    const own = new Map(res.data!.sources.map((s) => [s.id, s]));
    const nested = res.data!.researchGaps.edges.flatMap((e) => e.node.raisedBy.map((r) => r.claim.source));
    expect(nested.length).toBeGreaterThan(50);
    for (const s of nested) expect(s).toEqual(own.get(s.id));
    expect(nested.every((s) => s.claimCount > 0 && s.passageCount > 0)).toBe(true);
    // The data version (the sources list is kept), the gaps, then the nested sources' counts in one batch.
    expect(res.extensions?.roundTrips).toBe(3);
  });

  it('lists misconceptions with the statements that challenge or repeat them', async () => {
    const { misconceptions } = await ok(MISCONCEPTIONS);
    expect(misconceptions.length).toBeGreaterThanOrEqual(25);
    for (const m of misconceptions) {
      expect(m.mentions.length).toBeGreaterThan(0);
      for (const x of m.mentions) expect(x.claim.kind).toBe(x.stance === 'CHALLENGES' ? 'CORRECTION' : 'BELIEF');
    }
  });

  it('gives the reader every quoted span of a source, in order', async () => {
    const { source } = await ok(SPANS);
    if (!source) throw new Error('merdian-2019 not found');
    expect(source.evidenceSpans.length).toBe(source.claimCount + source.statisticCount);
    const starts = source.evidenceSpans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
    // A statistic's label gives its unit once ("99%", not "99% percent").
    expect(source.evidenceSpans.find((s) => s.id === 'merdian-2019:s003')?.label).toBe(
      '99%: Share of suspected or convicted transnational child sex offenders reported to CEOP who were male.',
    );
    expect(source.evidenceSpans.find((s) => s.type === 'CLAIM')?.label.length).toBeGreaterThan(10);
  });

  it('rejects oversized filters with a clear error', async () => {
    const res = await env.api.gql(`query($t: String) { claims(filter: { text: $t }) { totalCount } }`, { t: 'x'.repeat(201) });
    expect(res.errors?.[0]?.message).toMatch(/filter\.text is longer than 200/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
