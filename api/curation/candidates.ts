/**
 * Reviewing an ingested document's candidates: accept (the evidence item is made, as the seed
 * loader makes it) or reject with a reason. Each decision is one transaction with its audit record;
 * a candidate is decided once.
 */
import { z } from 'zod';
import { createItem, decideCandidate, existingTopics, lockCandidate, mentionMisconception, passagesOverlapping, raiseGap } from '../cypher/candidates.ts';
import { evidenceById } from '../cypher/evidence.ts';
import { one, rows } from '../data/query.ts';
import type { WriteTx } from '../db.ts';
import { badField } from '../errors.ts';
import type { MutationAcceptCandidateArgs, MutationRejectCandidateArgs } from '../generated/graphql.ts';
import type { AuditModel, CandidateModel, EvidenceModel } from '../models.ts';
import type { ApiContext } from '../context.ts';
import { curate, now } from './audit.ts';
import { requireCurator } from './authorise.ts';
import { ANCHOR_CONTEXT, AcceptInput, checkSpan, itemIds, makeItem, quoteAt, stretchOf } from './candidate-items.ts';
import { INPUT_LIMITS, parse, SAFE_ID } from './validate.ts';

const Id = z.string().max(INPUT_LIMITS.id).regex(SAFE_ID, 'must be an id');
const Reason = z.string().refine((s) => s.trim().length >= 3 && s.length <= INPUT_LIMITS.reason, `must be 3 to ${INPUT_LIMITS.reason} characters`);

type Decision = { candidate: CandidateModel; item: EvidenceModel | null; audit: AuditModel };

/** The candidate as the audit records it: its stored properties, without the context shown with it. */
function state(c: CandidateModel): Record<string, unknown> {
  const { contextBefore: _b, contextAfter: _a, ...rest } = c;
  return rest;
}

/** A candidate found by id, write-locked, still proposed, of an ingested source. */
async function openCandidate(tx: WriteTx, id: string) {
  const sourceId = id.slice(0, Math.max(0, id.indexOf(':cand-')));
  const possible = (['claim', 'statistic'] as const).map((type) => itemIds({ id, type, sourceId }).item);
  const found = await one(tx, lockCandidate(id, possible));
  if (!found) throw badField('id', `there is no candidate "${id}"`);
  const c = found.candidate;
  if (c.status !== 'proposed') throw badField('id', `candidate "${id}" is already ${c.status}`);
  if (!found.ingested || found.length == null) throw badField('id', `candidate "${id}" is not of an ingested source`);
  if (found.itemExists) throw badField('id', `the item candidate "${id}" would become exists already`);
  return { candidate: c, length: found.length };
}

export async function acceptCandidate(args: MutationAcceptCandidateArgs, ctx: ApiContext): Promise<Decision> {
  const who = requireCurator(ctx);
  const { id, input } = parse(z.object({ id: Id, input: AcceptInput }), { id: args.id, input: { ...(args.input ?? {}) } });
  const at = now();
  const { result, audit } = await curate(ctx, who, 'ACCEPT_CANDIDATE', at, async (tx) => {
    const { candidate: c, length } = await openCandidate(tx, id);
    const ids = itemIds(c);
    const { start, end } = checkSpan(c, input, length);
    const around = await rows(tx, passagesOverlapping(c.sourceId, Math.max(0, start - ANCHOR_CONTEXT), Math.min(length, end + ANCHOR_CONTEXT)));
    const stretch = stretchOf(around);
    if (!stretch) throw new Error(`the stored text of "${c.sourceId}" around ${start}–${end} is incomplete`);
    const quoted = quoteAt(stretch, start, end, input.quote);
    const topics = [...new Set(input.topics ?? c.topics)];
    if (!topics.length) throw badField('input.topics', 'give at least one topic (the extractor suggested none)');
    const known = new Set((await one(tx, existingTopics(topics)))?.ids ?? []);
    const unknown = topics.filter((t) => !known.has(t));
    if (unknown.length) throw badField('input.topics', `unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}`);
    const anchor = {
      id: ids.item,
      sourceId: c.sourceId,
      file: `${c.sourceId}.yaml`,
      quote: quoted.quote,
      reading: null,
      start,
      end,
      prefix: quoted.prefix,
      suffix: quoted.suffix,
      topics,
      note: null,
    };
    const made = makeItem(c, anchor, input);
    const record = { ...made.item, candidateId: c.id, curator: who.name, acceptedAt: at };
    const row = await one(tx, createItem(made.label, record, quoted.passageIds, topics));
    if (!row) throw new Error(`source "${c.sourceId}" disappeared during the change`);
    if ('gap' in made && made.gap) await one(tx, raiseGap(ids.item, made.gap));
    if ('misconception' in made) await one(tx, mentionMisconception(ids.item, made.stance, made.misconception));
    const decided = await one(tx, decideCandidate(id, { status: 'accepted', itemId: ids.item, decidedBy: who.name, decidedAt: at, reason: null }));
    if (!decided) throw new Error('the candidate disappeared during the change');
    // The item as the API reads it, now with its gap or misconception.
    const item = (await one(tx, evidenceById(ids.item)))?.item ?? row.item;
    const after = { candidate: state(decided.candidate), item: record, ...('gap' in made && made.gap ? { gap: made.gap } : {}) };
    return {
      result: { candidate: decided.candidate, item },
      targetId: id,
      relatedId: ids.item,
      before: state(c),
      after: 'misconception' in made ? { ...after, misconception: made.misconception, stance: made.stance } : after,
    };
  });
  return { ...result, audit };
}

export async function rejectCandidate(args: MutationRejectCandidateArgs, ctx: ApiContext): Promise<Decision> {
  const who = requireCurator(ctx);
  const { id, reason } = parse(z.object({ id: Id, reason: Reason }), { id: args.id, reason: args.reason });
  const at = now();
  const { result, audit } = await curate(ctx, who, 'REJECT_CANDIDATE', at, async (tx) => {
    const { candidate: c } = await openCandidate(tx, id);
    const decided = await one(tx, decideCandidate(id, { status: 'rejected', reason: reason.trim(), decidedBy: who.name, decidedAt: at, itemId: null }));
    if (!decided) throw new Error('the candidate disappeared during the change');
    return { result: decided.candidate, targetId: id, before: state(c), after: state(decided.candidate) };
  });
  return { candidate: result, item: null, audit };
}
