import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { listSources, passageById, passagesOfSource, sourceById } from '../cypher/sources.ts';
import { luceneQuery, searchAll } from '../cypher/search.ts';
import type { PassageRole, Resolvers, SearchHitType } from '../generated/graphql.ts';
import { highlightHit } from '../highlight.ts';
import type { PassageModel, SearchNodeModel, SourceModel, StoredRole } from '../models.ts';
import { evidenceResolvers } from './evidence.ts';
import { consensusResolvers } from './consensus.ts';
import { curationResolvers } from './curation.ts';
import { graphResolvers } from './graph.ts';
import { itemResolvers } from './items.ts';
import { linkProposerResolvers } from './link-proposer.ts';
import { relationResolvers } from './relations.ts';

const ROLE_TO_GQL: Record<StoredRole, PassageRole> = {
  body: 'BODY',
  heading: 'HEADING',
  footnote: 'FOOTNOTE',
  table: 'TABLE',
  caption: 'CAPTION',
  pageFurniture: 'PAGE_FURNITURE',
};
const GQL_TO_ROLE = Object.fromEntries(Object.entries(ROLE_TO_GQL).map(([k, v]) => [v, k])) as Record<PassageRole, StoredRole>;

const MAX_QUERY_LENGTH = 500;
const MAX_LIST = 50;
const SEARCH_TYPES: readonly SearchHitType[] = ['CLAIM', 'STATISTIC', 'MISCONCEPTION', 'RESEARCH_GAP', 'PASSAGE'];

function listArg(name: string, v: readonly string[] | null | undefined): string[] | null {
  if (v && v.length > MAX_LIST)
    throw new GraphQLError(`${name} takes at most ${MAX_LIST} values`, { extensions: { code: 'BAD_USER_INPUT', argumentName: name } });
  return v?.length ? [...v] : null;
}

export const coreResolvers: Resolvers = {
  Query: {
    sources: async (_p, _a, { db }) => {
      const { cypher, params } = listSources();
      const { records } = await db.read(cypher, params);
      return records.map((r) => r.get('source') as SourceModel);
    },
    source: async (_p, { id }, { db }) => {
      const { cypher, params } = sourceById(id);
      const { records } = await db.read(cypher, params);
      return (records[0]?.get('source') as SourceModel | undefined) ?? null;
    },
    passage: async (_p, { id }, { db }) => {
      const { cypher, params } = passageById(id);
      const { records } = await db.read(cypher, params);
      return (records[0]?.get('passage') as PassageModel | undefined) ?? null;
    },
    search: async (_p, { query, types, filter, first, after }, { db }) => {
      if (query.length > MAX_QUERY_LENGTH) {
        throw new GraphQLError(`query is longer than ${MAX_QUERY_LENGTH} characters`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' } });
      }
      const limit = pageSize(first, 20);
      const skip = decodeCursor('o', after) ?? 0;
      const wanted: SearchHitType[] = types?.length ? [...new Set(types)] : [...SEARCH_TYPES];
      const lucene = luceneQuery(query);
      const empty = { totalCount: 0, countsByType: wanted.map((type) => ({ type, count: 0 })), edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      if (!lucene) return empty;
      const { cypher, params } = searchAll(
        lucene,
        { types: wanted, sources: listArg('filter.sources', filter?.sources), topics: listArg('filter.topics', filter?.topics) },
        skip,
        limit,
      );
      const { records } = await db.read(cypher, params);
      const r = records[0];
      if (!r) return empty;
      const page = r.get('page') as { type: SearchHitType; score: number; node: SearchNodeModel }[];
      const edges = page.slice(0, limit).map((hit, i) => ({
        cursor: encodeCursor('o', skip + i + 1),
        type: hit.type,
        score: hit.score,
        highlight: highlightHit(hit.node, query),
        node: hit.node,
      }));
      return {
        totalCount: r.get('total') as number,
        countsByType: r.get('counts') as { type: SearchHitType; count: number }[],
        edges,
        pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  SearchHitNode: {
    __resolveType: (n) => n.__typename,
  },
  Source: {
    layout: (s) => (s.layout === 'slides' ? 'SLIDES' : 'DOCUMENT'),
    authors: (s) => s.authors ?? [],
    passages: async (s, { first, after, roles }, { db }) => {
      const limit = pageSize(first, 100);
      const afterOrdinal = decodeCursor('p', after) ?? 0;
      const { cypher, params } = passagesOfSource(s.id, afterOrdinal, limit, roles ? roles.map((r) => GQL_TO_ROLE[r]) : null);
      const { records } = await db.read(cypher, params);
      const total = records[0]?.get('total') as number;
      const page = (records[0]?.get('page') ?? []) as PassageModel[];
      const edges = page.slice(0, limit).map((p) => ({ cursor: encodeCursor('p', p.ordinal), node: { ...p, source: s } }));
      return { totalCount: total, edges, pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Passage: {
    role: (p) => ROLE_TO_GQL[p.role],
    reading: (p) => p.reading ?? p.raw,
    source: async (p, _a, { db }) => {
      if (p.source) return p.source;
      const { cypher, params } = sourceById(p.sourceId);
      const { records } = await db.read(cypher, params);
      const s = records[0]?.get('source') as SourceModel | undefined;
      if (!s) throw new GraphQLError(`passage ${p.id} has no source`);
      return s;
    },
  },
};

export const resolvers: Resolvers = mergeResolvers(
  coreResolvers,
  evidenceResolvers,
  relationResolvers,
  graphResolvers,
  consensusResolvers,
  curationResolvers,
  itemResolvers,
  linkProposerResolvers,
);

function mergeResolvers(...all: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of all) for (const [type, fields] of Object.entries(r)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as Resolvers;
}
