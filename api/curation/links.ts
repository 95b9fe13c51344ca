/** Mutations on the proposer's links (accept, reject) and annotations. Each is one transaction with its audit record. */
import { randomUUID } from 'node:crypto';
import type { ApiContext } from '../context.ts';
import { acceptLink, createAnnotation, lockProposedLink, rejectLink } from '../cypher/curation.ts';
import { one } from '../data/query.ts';
import type { WriteTx } from '../db.ts';
import { badField } from '../errors.ts';
import type { MutationAcceptProposedLinkArgs, MutationAnnotateArgs, MutationRejectProposedLinkArgs } from '../generated/graphql.ts';
import type { AnnotationModel, AuditModel, ProposalModel, RelationModel } from '../models.ts';
import { curate, linkState, now, relationState } from './audit.ts';
import { requireCurator } from './authorise.ts';
import { AcceptLinkArgs, AnnotateArgs, checkKind, lower, parse, RejectArgs } from './validate.ts';

/** The relation an accepted proposer's link becomes (the same id as `npm run proposals -- accept` gives it). */
export function relationIdForLink(linkId: string): string {
  return `rel:accepted-${linkId
    .replace(/^prop:/, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')}`;
}

/** A proposer's link found by id, write-locked, and still undecided. */
async function openLink(tx: WriteTx, id: string) {
  const link = await one(tx, lockProposedLink(id, relationIdForLink(id)));
  if (!link) throw badField('id', `there is no proposed link "${id}"`);
  if (link.props.status !== 'proposed') throw badField('id', `proposed link "${id}" is already ${String(link.props.status)}`);
  return { ...link, before: { ...link.props, from: link.from, to: link.to } };
}

export async function acceptProposedLink(
  args: MutationAcceptProposedLinkArgs,
  ctx: ApiContext,
): Promise<{ link: ProposalModel; relation: RelationModel; audit: AuditModel }> {
  const who = requireCurator(ctx);
  const { id, input } = parse(AcceptLinkArgs, { id: args.id, input: { ...args.input } });
  const at = now();
  const relationId = relationIdForLink(id);
  const { result, audit } = await curate(ctx, who, 'ACCEPT_PROPOSED_LINK', at, async (tx) => {
    const link = await openLink(tx, id);
    if (link.relationExists) throw badField('id', `relation "${relationId}" already exists`);
    if (link.fromSource === link.toSource) throw badField('id', 'both ends of the link are in the same source: relations link items of different sources');
    checkKind(input.kind, input.subtype, link.toKind, 'input');
    const same = link.existing.find((e) => e.kind === input.kind);
    if (same) throw badField('input.kind', `there is already a ${input.kind} relation between the link's items (${same.id})`);
    const decision = { status: 'accepted', decidedBy: who.name, decidedAt: at, relationId, reason: null };
    const relation = {
      id: relationId,
      status: 'curated',
      subtype: lower(input.subtype),
      rationale: input.rationale,
      confidence: input.confidence ?? 0.7,
      curator: who.name,
      createdAt: at,
      proposalId: id,
    };
    const row = await one(tx, acceptLink(id, decision, input.kind, relation));
    if (!row) throw new Error('the proposed link disappeared during the change');
    return {
      result: row,
      targetId: id,
      relatedId: relationId,
      before: link.before,
      after: { ...linkState(row.link), relation: relationState(row.relation) },
    };
  });
  return { ...result, audit };
}

export async function rejectProposedLink(
  args: MutationRejectProposedLinkArgs,
  ctx: ApiContext,
): Promise<{ link: ProposalModel; relation: null; audit: AuditModel }> {
  const who = requireCurator(ctx);
  const { id, reason } = parse(RejectArgs, { id: args.id, reason: args.reason });
  const at = now();
  const { result, audit } = await curate(ctx, who, 'REJECT_PROPOSED_LINK', at, async (tx) => {
    const link = await openLink(tx, id);
    const row = await one(tx, rejectLink(id, { status: 'rejected', decidedBy: who.name, decidedAt: at, reason: reason ?? null }));
    if (!row) throw new Error('the proposed link disappeared during the change');
    return { result: row.link, targetId: id, before: link.before, after: linkState(row.link) };
  });
  return { link: result, relation: null, audit };
}

export async function annotate(args: MutationAnnotateArgs, ctx: ApiContext): Promise<{ annotation: AnnotationModel; audit: AuditModel }> {
  const who = requireCurator(ctx);
  const { itemId, text } = parse(AnnotateArgs, { itemId: args.itemId, text: args.text });
  const at = now();
  const annotation: AnnotationModel = { id: `ann:${randomUUID()}`, itemId, text, author: who.name, createdAt: at };
  const { result, audit } = await curate(ctx, who, 'ANNOTATE', at, async (tx) => {
    const row = await one(tx, createAnnotation(itemId, { ...annotation }));
    if (!row) throw badField('itemId', `there is no claim, statistic, research gap or misconception "${itemId}"`);
    return { result: row.annotation, targetId: itemId, relatedId: row.annotation.id, before: null, after: row.annotation };
  });
  return { annotation: result, audit };
}
