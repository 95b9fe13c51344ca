/** Item pages: one research gap or misconception by id, every citation, and the link counts badges show. */
import { gapTier } from '../../core/gap-priority.ts';
import { gapById, listAttributions, misconceptionById } from '../data/items.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { GapModel, TopicModel } from '../models.ts';

const gapSourceCount = (g: GapModel) => new Set((g.raisedBy ?? []).map((r) => r.claim.sourceId)).size;

export const itemResolvers: Resolvers = {
  Query: {
    researchGap: (_p, { id }, { db }) => gapById(db, id),
    misconception: (_p, { id }, { db }) => misconceptionById(db, id),
    attributions: (_p, _a, { db }) => listAttributions(db),
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
