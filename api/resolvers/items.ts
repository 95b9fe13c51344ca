/** Item pages: one research gap or misconception by id, every citation, and the link counts badges show. */
import { gapTier } from '../../core/gap-priority.ts';
import { gapById, listAttributions, misconceptionById } from '../cypher/items.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { AttributionModel, GapModel, MisconceptionModel, TopicModel } from '../models.ts';

const gapSourceCount = (g: GapModel) => new Set((g.raisedBy ?? []).map((r) => r.claim.sourceId)).size;

export const itemResolvers: Resolvers = {
  Query: {
    researchGap: async (_p, { id }, { db }) => {
      const { cypher, params } = gapById(id);
      return ((await db.read(cypher, params)).records[0]?.get('gap') as GapModel | undefined) ?? null;
    },
    misconception: async (_p, { id }, { db }) => {
      const { cypher, params } = misconceptionById(id);
      return ((await db.read(cypher, params)).records[0]?.get('misconception') as MisconceptionModel | undefined) ?? null;
    },
    attributions: async (_p, _a, { db }) => {
      const { cypher, params } = listAttributions();
      return (await db.read(cypher, params)).records.map((r) => r.get('attribution') as AttributionModel);
    },
  },
  Claim: {
    links: (c, _a, { loaders }) => loaders.links.load(c.id),
  },
  Statistic: {
    links: (s, _a, { loaders }) => loaders.links.load(s.id),
  },
  ResearchGap: {
    topics: (g) => {
      const by = new Map<string, TopicModel>();
      for (const r of g.raisedBy ?? []) for (const t of r.claim.topicList ?? []) by.set(t.id, t);
      return [...by.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    priorityTier: (g) => gapTier({ status: g.status ?? 'open', sourceCount: gapSourceCount(g) }),
  },
};
