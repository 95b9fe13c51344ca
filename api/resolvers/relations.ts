import { RELATION_STATUSES, RELATION_SUBTYPES } from '../../core/vocabulary.ts';
import { listArg, textArg } from '../args.ts';
import { pageSize } from '../cursor.ts';
import { evidenceMap, listComparisons, listPairSummaries, listProposals, relationsPage, traceOf } from '../data/relations.ts';
import { graphqlName, storedValue } from '../enum-values.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { StatisticModel } from '../models.ts';
import { offsetConnection, offsetPage } from '../paging.ts';

export const relationResolvers: Resolvers = {
  Query: {
    relations: async (_p, { filter, first, after }, { db }) => {
      const p = offsetPage('r', first, after, 100);
      const f = {
        kinds: listArg('filter.kinds', filter?.kinds),
        subtypes: listArg('filter.subtypes', filter?.subtypes)?.map((s) => storedValue(RELATION_SUBTYPES, s)) ?? null,
        sources: listArg('filter.sources', filter?.sources),
        topics: listArg('filter.topics', filter?.topics),
        statuses: (listArg('filter.statuses', filter?.statuses) ?? ['CURATED']).map((s) => storedValue(RELATION_STATUSES, s)),
      };
      const { total, page } = await relationsPage(db, f, p.skip, p.limit);
      return offsetConnection(p, page, total);
    },
    trace: (_p, { id }, { db }) => traceOf(db, id),
    statisticComparisons: (_p, { filter }, { db }) =>
      listComparisons(db, {
        measure: textArg('filter.measure', filter?.measure, 200),
        verdicts: listArg('filter.verdicts', filter?.verdicts),
        sources: listArg('filter.sources', filter?.sources),
      }),
    pairSummaries: (_p, _a, { db, corpus }) => corpus.get(db, 'pairSummaries', () => listPairSummaries(db)),
    evidenceMap: (_p, _a, { db, corpus }) => corpus.get(db, 'evidenceMap', () => evidenceMap(db)),
    proposedLinks: (_p, { first }, { db }) => listProposals(db, pageSize(first, 50)),
  },
  Relation: {
    subtype: (r) => (r.subtype ? graphqlName(r.subtype) : null),
    status: (r) => graphqlName(r.status),
  },
  StatisticComparison: {
    results: (c) => {
      const byId = new Map<string, StatisticModel>(c.statistics.map((s) => [s.id, s]));
      return c.results.map((r) => ({ ...r, a: byId.get(r.a)!, b: byId.get(r.b)! }));
    },
  },
  PairSummary: {
    sources: (p) => p.sourceList,
  },
};
