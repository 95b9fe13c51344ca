import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { evidenceMap, listComparisons, listPairSummaries, listProposals, listRelations, traceOf } from '../cypher/relations.ts';
import { listTopics } from '../cypher/evidence.ts';
import { listSources } from '../cypher/sources.ts';
import type { SourceModel, TopicModel } from '../models.ts';
import type { ComparisonVerdict, RelationStatus, RelationSubtype, Resolvers } from '../generated/graphql.ts';
import type { AttributionModel, ComparisonModel, EvidenceModel, PairSummaryModel, ProposalModel, RelationModel, StatisticModel } from '../models.ts';

const MAX_LIST = 50;
const list = <T extends string>(name: string, v: readonly T[] | null | undefined): T[] | null => {
  if (v && v.length > MAX_LIST) throw new GraphQLError(`${name} takes at most ${MAX_LIST} values`, { extensions: { code: 'BAD_USER_INPUT' } });
  return v && v.length ? [...v] : null;
};
const VERDICT_TO_DB: Record<ComparisonVerdict, string> = { CONSISTENT: 'consistent', CONFLICTING: 'conflicting', NOT_COMPARABLE: 'not-comparable' };
const VERDICT_TO_GQL = Object.fromEntries(Object.entries(VERDICT_TO_DB).map(([k, v]) => [v, k])) as Record<string, ComparisonVerdict>;

export const relationResolvers: Resolvers = {
  Query: {
    relations: async (_p, { filter, first, after }, { db }) => {
      const limit = pageSize(first, 100);
      const skip = decodeCursor('r', after) ?? 0;
      const statuses = (list<RelationStatus>('filter.statuses', filter?.statuses) ?? ['CURATED']).map((s) => s.toLowerCase());
      const { cypher, params } = listRelations(
        {
          kinds: list('filter.kinds', filter?.kinds),
          subtypes: list<RelationSubtype>('filter.subtypes', filter?.subtypes)?.map((s) => s.toLowerCase()) ?? null,
          sources: list('filter.sources', filter?.sources),
          topics: list('filter.topics', filter?.topics),
          statuses,
        },
        skip,
        limit,
      );
      const { records } = await db.read(cypher, params);
      const total = (records[0]?.get('total') as number | undefined) ?? 0;
      const page = records.map((r) => r.get('relation') as RelationModel | null).filter((r): r is RelationModel => r !== null);
      const edges = page.slice(0, limit).map((node, i) => ({ cursor: encodeCursor('r', skip + i + 1), node }));
      return { totalCount: total, edges, pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    trace: async (_p, { id }, { db }) => {
      const { cypher, params } = traceOf(id);
      const r = (await db.read(cypher, params)).records[0];
      if (!r) return null;
      return {
        item: r.get('item') as EvidenceModel,
        attributions: r.get('attributions') as AttributionModel[],
        citedBy: r.get('citedBy') as AttributionModel[],
      };
    },
    statisticComparisons: async (_p, { filter }, { db }) => {
      const measure = filter?.measure?.trim() || null;
      if (measure && measure.length > 200) throw new GraphQLError('filter.measure is longer than 200 characters', { extensions: { code: 'BAD_USER_INPUT' } });
      const { cypher, params } = listComparisons({
        measure,
        verdicts: list('filter.verdicts', filter?.verdicts)?.map((v) => VERDICT_TO_DB[v]) ?? null,
        sources: list('filter.sources', filter?.sources),
      });
      return (await db.read(cypher, params)).records.map((r) => r.get('comparison') as ComparisonModel);
    },
    pairSummaries: async (_p, _a, { db }) => {
      const { cypher, params } = listPairSummaries();
      return (await db.read(cypher, params)).records.map((r) => r.get('pair') as PairSummaryModel);
    },
    evidenceMap: async (_p, _a, { db }) => {
      const [topics, sources, cells] = await Promise.all([listTopics(), listSources(), evidenceMap()].map((q) => db.read(q.cypher, q.params)));
      return {
        topics: topics!.records.map((r) => r.get('topic') as TopicModel),
        sources: sources!.records.map((r) => r.get('source') as SourceModel),
        cells: cells!.records.map((r) => ({
          topic: r.get('topic') as string,
          source: r.get('source') as string,
          claims: r.get('claims') as number,
          statistics: r.get('statistics') as number,
          gaps: r.get('gaps') as number,
          agreements: r.get('agreements') as number,
          contradictions: r.get('contradictions') as number,
        })),
      };
    },
    proposedLinks: async (_p, { first }, { db }) => {
      const { cypher, params } = listProposals(pageSize(first, 50));
      return (await db.read(cypher, params)).records.map((r) => r.get('proposal') as ProposalModel);
    },
  },
  Relation: {
    subtype: (r) => (r.subtype ? (r.subtype.toUpperCase() as RelationSubtype) : null),
    status: (r) => r.status.toUpperCase() as RelationStatus,
  },
  Attribution: {
    verdict: (a) => a.verdict.toUpperCase() as 'FAITHFUL' | 'DISTORTED' | 'UNSUPPORTED',
  },
  StatisticComparison: {
    results: (c) => {
      const byId = new Map<string, StatisticModel>(c.statistics.map((s) => [s.id, s]));
      return c.results.map((r) => ({ ...r, a: byId.get(r.a)!, b: byId.get(r.b)!, verdict: VERDICT_TO_GQL[r.verdict]! }));
    },
  },
  PairSummary: {
    sources: (p) => p.sourceList,
  },
};
