import { SEARCH_HIT_TYPES } from '../../core/vocabulary.ts';
import { listArg } from '../args.ts';
import { luceneQuery } from '../cypher/search.ts';
import { search } from '../data/search.ts';
import { listSources, passageById, sourceById } from '../data/sources.ts';
import type { PassageWindow } from '../cypher/sources.ts';
import { ENUM_VALUES } from '../enum-values.ts';
import { BadInput, NotFound } from '../errors.ts';
import type { Resolvers, SearchHitType } from '../generated/graphql.ts';
import { highlightHit } from '../highlight.ts';
import { offsetConnection, offsetPage } from '../paging.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { evidenceResolvers } from './evidence.ts';
import { candidateResolvers } from './candidates.ts';
import { consensusResolvers } from './consensus.ts';
import { curationResolvers } from './curation.ts';
import { graphResolvers } from './graph.ts';
import { itemResolvers } from './items.ts';
import { linkProposerResolvers } from './link-proposer.ts';
import { relationResolvers } from './relations.ts';

const MAX_QUERY_LENGTH = 500;
const MAX_ID_LENGTH = 200;

export const coreResolvers: Resolvers = {
  Query: {
    sources: (_p, _a, { db, corpus }) => corpus.get(db, 'sources', () => listSources(db)),
    source: (_p, { id }, { db }) => sourceById(db, id),
    passage: (_p, { id }, { db }) => passageById(db, id),
    search: async (_p, { query, types, filter, first, after }, { db }) => {
      if (query.length > MAX_QUERY_LENGTH) throw new BadInput(`query is longer than ${MAX_QUERY_LENGTH} characters`, 'query');
      const p = offsetPage('o', first, after, 20);
      const wanted: SearchHitType[] = types?.length ? [...new Set(types)] : [...SEARCH_HIT_TYPES];
      const lucene = luceneQuery(query);
      const found = lucene
        ? await search(
            db,
            lucene,
            { types: wanted, sources: listArg('filter.sources', filter?.sources), topics: listArg('filter.topics', filter?.topics) },
            p.skip,
            p.limit,
          )
        : null;
      if (!found)
        return {
          totalCount: 0,
          totalCapped: false,
          countsByType: wanted.map((type) => ({ type, count: 0, capped: false })),
          edges: [],
          pageInfo: { hasNextPage: false, endCursor: null },
        };
      const hits = offsetConnection(p, found.page, found.total);
      const edges = hits.edges.map(({ cursor, node: hit }) => ({ cursor, ...hit, highlight: highlightHit(hit.node, query) }));
      return { ...hits, edges, countsByType: found.counts, totalCapped: found.counts.some((c) => c.capped) };
    },
  },
  SearchHitNode: {
    __resolveType: (n) => n.__typename,
  },
  Source: {
    authors: (s) => s.authors ?? [],
    passages: async (s, { first, after, before, around, roles }, { loaders }) => {
      const limit = pageSize(first, 100);
      if (around != null && around.length > MAX_ID_LENGTH) throw new BadInput(`around is longer than ${MAX_ID_LENGTH} characters`, 'around');
      // A cursor wins over around, so paging on from a window keeps the window's arguments.
      const beforeOrdinal = decodeCursor('p', before);
      const afterOrdinal = decodeCursor('p', after);
      const window: PassageWindow =
        beforeOrdinal != null ? { before: beforeOrdinal } : afterOrdinal != null || !around ? { after: afterOrdinal ?? 0 } : { around };
      const r = await loaders.sourcePassages.load({ sourceId: s.id, window, limit, roles: roles ? [...roles] : null });
      const edges = r.page.map((p) => ({ cursor: encodeCursor('p', p.ordinal), node: { ...p, source: s } }));
      return {
        totalCount: r.total,
        edges,
        hasPreviousPage: r.hasPrevious,
        pageInfo: { hasNextPage: r.hasNext, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  Passage: {
    reading: (p) => p.reading ?? p.raw,
    source: async (p, _a, { loaders }) => {
      if (p.source) return p.source;
      const s = await loaders.source.load(p.sourceId);
      if (!s) throw new NotFound(`passage ${p.id} has no source`);
      return s;
    },
  },
};

/** GraphQL enums stored in another spelling: graphql-js maps them both ways (api/enum-values.ts). */
const enumResolvers: Resolvers = { ...ENUM_VALUES };

export const resolvers: Resolvers = mergeResolvers(
  coreResolvers,
  enumResolvers,
  evidenceResolvers,
  relationResolvers,
  graphResolvers,
  consensusResolvers,
  curationResolvers,
  itemResolvers,
  linkProposerResolvers,
  candidateResolvers,
);

function mergeResolvers(...all: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of all) for (const [type, fields] of Object.entries(r)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as Resolvers;
}
