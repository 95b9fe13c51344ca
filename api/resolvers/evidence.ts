import { reflow } from '../../core/reflow.ts';
import {
  claimsPage,
  evidenceById,
  evidenceFilter,
  gapStatuses,
  gapsPage,
  listMisconceptions,
  listTopics,
  sourcesOfGap,
  statisticsPage,
} from '../data/evidence.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { Loaders } from '../loaders.ts';
import type { ClaimModel, PassageModel, QuoteModel, SourceModel, StatisticModel } from '../models.ts';
import { offsetConnection, offsetPage } from '../paging.ts';

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

type SourceCount = 'passageCount' | 'claimCount' | 'statisticCount';

/** A source's count: from its own query, or, for a source nested in an item, from the batched source loader. */
async function countOf(s: SourceModel, field: SourceCount, loaders: Loaders): Promise<number> {
  const n = s[field] ?? (await loaders.source.load(s.id))?.[field];
  if (n === undefined) throw new Error(`source ${s.id} has no ${field}`);
  return n;
}

export const evidenceResolvers: Resolvers = {
  Query: {
    topics: (_p, _a, { db, corpus }) => corpus.get(db, 'topics', () => listTopics(db)),
    claims: async (_p, { filter, first, after }, { db }) => {
      const p = offsetPage('c', first, after, 50);
      const { total, page } = await claimsPage(db, evidenceFilter(filter), p.skip, p.limit);
      return offsetConnection(p, page, total);
    },
    statistics: async (_p, { filter, first, after }, { db }) => {
      const p = offsetPage('s', first, after, 50);
      const { total, page } = await statisticsPage(db, evidenceFilter(filter), p.skip, p.limit);
      return offsetConnection(p, page, total);
    },
    misconceptions: (_p, { filter }, { db }) => listMisconceptions(db, evidenceFilter(filter)),
    researchGaps: async (_p, { filter, statuses, orderBy, reverse, first, after }, { db, corpus }) => {
      const p = offsetPage('g', first, after, 50);
      const q = { filter: evidenceFilter(filter), statuses: gapStatuses(statuses), order: orderBy ?? 'PRIORITY', reverse: reverse ?? false };
      const { total, page } = await gapsPage(db, q, p.skip, p.limit, corpus);
      return offsetConnection(p, page, total);
    },
    evidence: (_p, { id }, { db }) => evidenceById(db, id),
  },
  Evidence: {
    __resolveType: (e) => e.__typename,
  },
  Source: {
    evidenceSpans: (s, _a, { loaders }) => loaders.evidenceSpans.load(s.id),
    passageCount: (s, _a, { loaders }) => countOf(s, 'passageCount', loaders),
    claimCount: (s, _a, { loaders }) => countOf(s, 'claimCount', loaders),
    statisticCount: (s, _a, { loaders }) => countOf(s, 'statisticCount', loaders),
  },
  Topic: {
    claimCount: (t) => t.claimCount ?? 0,
    statisticCount: (t) => t.statisticCount ?? 0,
  },
  Claim: {
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
