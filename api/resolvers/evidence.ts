import { GraphQLError } from 'graphql';
import { compareGapPriority } from '../../core/gap-priority.ts';
import { reflow } from '../../core/reflow.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import {
  evidenceById,
  evidenceSpansOfSource,
  listClaims,
  listGaps,
  listMisconceptions,
  listStatistics,
  listTopics,
  type EvidenceFilterParams,
} from '../cypher/evidence.ts';
import type { ClaimKind, EvidenceFilter, GapOrder, Resolvers } from '../generated/graphql.ts';
import type { ClaimModel, EvidenceModel, GapModel, MisconceptionModel, PassageModel, QuoteModel, StatisticModel, TopicModel } from '../models.ts';

const KIND_TO_GQL: Record<ClaimModel['kind'], ClaimKind> = {
  finding: 'FINDING',
  assertion: 'ASSERTION',
  recommendation: 'RECOMMENDATION',
  definition: 'DEFINITION',
  method: 'METHOD',
  correction: 'CORRECTION',
  belief: 'BELIEF',
  'open-question': 'OPEN_QUESTION',
};
const GQL_TO_KIND = Object.fromEntries(Object.entries(KIND_TO_GQL).map(([k, v]) => [v, k])) as Record<ClaimKind, ClaimModel['kind']>;

const MAX_TEXT = 200;
const MAX_LIST = 50;

export function filterParams(filter: EvidenceFilter | null | undefined): EvidenceFilterParams {
  const list = (name: string, v: readonly string[] | null | undefined) => {
    if (v && v.length > MAX_LIST) throw new GraphQLError(`filter.${name} takes at most ${MAX_LIST} values`, { extensions: { code: 'BAD_USER_INPUT' } });
    return v && v.length ? [...v] : null;
  };
  const text = filter?.text?.trim() || null;
  if (text && text.length > MAX_TEXT) throw new GraphQLError(`filter.text is longer than ${MAX_TEXT} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
  return {
    sources: list('sources', filter?.sources),
    topics: list('topics', filter?.topics),
    kinds: list('kinds', filter?.kinds)?.map((k) => GQL_TO_KIND[k as ClaimKind]) ?? null,
    text,
  };
}

function quoteOf(item: ClaimModel | StatisticModel): QuoteModel {
  return {
    itemId: item.id,
    exact: item.quote,
    reading: item.reading ?? item.quote,
    start: item.start,
    end: item.end,
    prefix: item.prefix,
    suffix: item.suffix,
    role: null,
  };
}

function sourcesOfGap(g: GapModel): number {
  return new Set((g.raisedBy ?? []).map((r) => r.claim.sourceId)).size;
}

export function sortGaps(gaps: GapModel[], order: GapOrder): GapModel[] {
  const byQuestion = (a: GapModel, b: GapModel) => a.question.localeCompare(b.question);
  const bySources = (a: GapModel, b: GapModel) => sourcesOfGap(b) - sourcesOfGap(a);
  const byPriority = (a: GapModel, b: GapModel) => (b.priority ?? -Infinity) - (a.priority ?? -Infinity) || 0;
  const rank = (g: GapModel) => ({ question: g.question, status: g.status ?? 'open', sourceCount: sourcesOfGap(g), rating: g.priority });
  const byDocumentedPriority = (a: GapModel, b: GapModel) => compareGapPriority(rank(a), rank(b));
  const chain = order === 'QUESTION' ? [byQuestion] : order === 'SOURCES' ? [bySources, byPriority, byQuestion] : [byDocumentedPriority];
  return [...gaps].sort((a, b) => chain.reduce((d, f) => d || f(a, b), 0));
}

export const evidenceResolvers: Resolvers = {
  Query: {
    topics: async (_p, _a, { db }) => {
      const { cypher, params } = listTopics();
      return (await db.read(cypher, params)).records.map((r) => r.get('topic') as TopicModel);
    },
    claims: async (_p, { filter, first, after }, { db }) => {
      const limit = pageSize(first, 50);
      const skip = decodeCursor('c', after) ?? 0;
      const { cypher, params } = listClaims(filterParams(filter), skip, limit);
      const r = (await db.read(cypher, params)).records[0]!;
      const page = r.get('page') as ClaimModel[];
      const edges = page.slice(0, limit).map((node, i) => ({ cursor: encodeCursor('c', skip + i + 1), node }));
      return { totalCount: r.get('total') as number, edges, pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    statistics: async (_p, { filter, first, after }, { db }) => {
      const limit = pageSize(first, 50);
      const skip = decodeCursor('s', after) ?? 0;
      const { cypher, params } = listStatistics(filterParams(filter), skip, limit);
      const r = (await db.read(cypher, params)).records[0]!;
      const page = r.get('page') as StatisticModel[];
      const edges = page.slice(0, limit).map((node, i) => ({ cursor: encodeCursor('s', skip + i + 1), node }));
      return { totalCount: r.get('total') as number, edges, pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    misconceptions: async (_p, { filter }, { db }) => {
      const { cypher, params } = listMisconceptions(filterParams(filter));
      return (await db.read(cypher, params)).records.map((r) => r.get('misconception') as MisconceptionModel);
    },
    researchGaps: async (_p, { filter, orderBy }, { db }) => {
      const { cypher, params } = listGaps(filterParams(filter));
      const gaps = (await db.read(cypher, params)).records.map((r) => r.get('gap') as GapModel);
      return sortGaps(gaps, orderBy ?? 'PRIORITY');
    },
    evidence: async (_p, { id }, { db }) => {
      const { cypher, params } = evidenceById(id);
      const r = (await db.read(cypher, params)).records[0];
      return r ? (r.get('item') as EvidenceModel) : null;
    },
  },
  Evidence: {
    __resolveType: (e) => e.__typename,
  },
  Source: {
    evidenceSpans: async (s, _a, { db }) => {
      const { cypher, params } = evidenceSpansOfSource(s.id);
      return (await db.read(cypher, params)).records.map((r) => ({
        id: r.get('id') as string,
        type: r.get('type') as 'CLAIM' | 'STATISTIC',
        kind: r.get('kind') ? KIND_TO_GQL[r.get('kind') as ClaimModel['kind']] : null,
        start: r.get('start') as number,
        end: r.get('end') as number,
        label: r.get('label') as string,
      }));
    },
    claimCount: (s) => s.claimCount ?? 0,
    statisticCount: (s) => s.statisticCount ?? 0,
  },
  Topic: {
    claimCount: (t) => t.claimCount ?? 0,
    statisticCount: (t) => t.statisticCount ?? 0,
  },
  Claim: {
    kind: (c) => KIND_TO_GQL[c.kind],
    quote: (c) => quoteOf(c),
    topics: (c) => c.topicList,
    misconceptions: (c) => c.stances,
    raises: (c) => c.raisesList,
  },
  Statistic: {
    quote: (s) => quoteOf(s),
    topics: (s) => s.topicList,
  },
  Quote: {
    text: (q) => reflow(q.reading),
    context: async (q, _a, { loaders }) => {
      const passages = await loaders.quotePassages.load(q.itemId);
      if (passages.length === 0) return { passages: [], before: '', quote: reflow(q.reading), after: '' };
      const first = passages[0]!;
      const last = passages.at(-1)!;
      const reading = (p: PassageModel) => p.reading ?? p.raw;
      const before = reading(first).slice(0, Math.max(0, q.start - first.start));
      const after = reading(last).slice(Math.max(0, q.end - last.start));
      const keepSpace = (s: string, side: 'start' | 'end') => (side === 'end' ? (/\s$/.test(s) ? ' ' : '') : /^\s/.test(s) ? ' ' : '');
      return {
        passages,
        before: reflow(before, first.role) + keepSpace(before, 'end'),
        quote: reflow(q.reading),
        after: keepSpace(after, 'start') + reflow(after, last.role),
      };
    },
  },
  Misconception: {
    mentions: (m) => m.mentions ?? [],
  },
  ResearchGap: {
    sourceCount: (g) => sourcesOfGap(g),
    raisedBy: (g) => g.raisedBy ?? [],
    addressedBy: (g) => g.addressedBy ?? [],
    status: (g) => g.status ?? 'open',
  },
};
