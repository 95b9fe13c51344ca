/**
 * Curation through the API: the audit log, and the mutations (api/curation/: authorisation,
 * validation, the audit transaction, the changes). Annotations of items fetched without them are
 * loaded in one batched query per request.
 */
import type { ApiContext } from '../context.ts';
import { requireToken } from '../curation/authorise.ts';
import { acceptProposedLink, annotate, rejectProposedLink } from '../curation/links.ts';
import { acceptRelation, editRelation, proposeRelation, rejectRelation } from '../curation/relations.ts';
import { AuditLogArgs, parse } from '../curation/validate.ts';
import { decodeAuditCursor, encodeAuditCursor, pageSize } from '../cursor.ts';
import { auditPage } from '../data/annotations.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { AnnotationModel } from '../models.ts';
import { connection } from '../paging.ts';

/**
 * EVIDENCE_PROJECTION and the gap and misconception projections fetch annotations with the item.
 * Should an item come from a query that did not, its annotations are loaded for every such item of
 * the request in one batched query (api/loaders.ts).
 */
function annotationsOf(item: { id: string; annotations?: AnnotationModel[] }, ctx: ApiContext): AnnotationModel[] | Promise<AnnotationModel[]> {
  return item.annotations ?? ctx.loaders.annotations.load(item.id);
}

export const curationResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, args, ctx) => {
      requireToken(ctx);
      const { targetId, actor } = parse(AuditLogArgs, { targetId: args.targetId, actor: args.actor });
      const limit = pageSize(args.first, 50);
      const { total, page } = await auditPage(ctx.db, { targetId: targetId ?? null, actor: actor ?? null }, decodeAuditCursor(args.after), limit);
      return connection(page, limit, total, encodeAuditCursor);
    },
  },
  Mutation: {
    proposeRelation: (_p, args, ctx) => proposeRelation(args, ctx),
    acceptRelation: (_p, args, ctx) => acceptRelation(args, ctx),
    rejectRelation: (_p, args, ctx) => rejectRelation(args, ctx),
    editRelation: (_p, args, ctx) => editRelation(args, ctx),
    acceptProposedLink: (_p, args, ctx) => acceptProposedLink(args, ctx),
    rejectProposedLink: (_p, args, ctx) => rejectProposedLink(args, ctx),
    annotate: (_p, args, ctx) => annotate(args, ctx),
  },
  Claim: { annotations: (c, _a, ctx) => annotationsOf(c, ctx) },
  Statistic: { annotations: (s, _a, ctx) => annotationsOf(s, ctx) },
  ResearchGap: { annotations: (g, _a, ctx) => annotationsOf(g, ctx) },
  Misconception: { annotations: (m, _a, ctx) => annotationsOf(m, ctx) },
};
