/** Reviewing ingested documents' candidates (curators only): the paged queue and the decisions. */
import { listArg } from '../args.ts';
import { requireCurator } from '../curation/authorise.ts';
import { acceptCandidate, rejectCandidate } from '../curation/candidates.ts';
import { removeIngestedSource } from '../curation/sources.ts';
import { INPUT_LIMITS, SAFE_ID } from '../curation/validate.ts';
import { candidatesPage } from '../data/candidates.ts';
import { badField } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { offsetConnection, offsetPage } from '../paging.ts';

export const candidateResolvers: Resolvers = {
  Query: {
    candidates: async (_p, args, ctx) => {
      requireCurator(ctx);
      if (args.sourceId.length > INPUT_LIMITS.id || !SAFE_ID.test(args.sourceId)) throw badField('sourceId', 'must be a source id');
      const p = offsetPage('k', args.first, args.after, 20);
      const types = listArg('types', args.types);
      const statuses = listArg('statuses', args.statuses) ?? ['proposed'];
      const { total, page } = await candidatesPage(ctx.db, args.sourceId, types, statuses, p.skip, p.limit);
      return offsetConnection(p, page, total);
    },
  },
  Mutation: {
    acceptCandidate: (_p, args, ctx) => acceptCandidate(args, ctx),
    rejectCandidate: (_p, args, ctx) => rejectCandidate(args, ctx),
    removeIngestedSource: (_p, args, ctx) => removeIngestedSource(args, ctx),
  },
  Source: {
    ingested: (s) => s.ingested === true,
  },
};
