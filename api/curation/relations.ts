/** Mutations on relations: propose, accept, reject, edit. Each is one transaction with its audit record. */
import { randomUUID } from 'node:crypto';
import type { ApiContext, Principal } from '../context.ts';
import { createRelation, lockRelation, relationEnds, retypeRelation, updateRelation } from '../cypher/curation.ts';
import { one } from '../data/query.ts';
import type { CypherQuery } from '../data/query.ts';
import type { WriteTx } from '../db.ts';
import { badField } from '../errors.ts';
import type { MutationEditRelationArgs, MutationProposeRelationArgs, MutationRejectRelationArgs } from '../generated/graphql.ts';
import type { AuditModel, RelationModel } from '../models.ts';
import { curate, now, relationState } from './audit.ts';
import { requireCurator } from './authorise.ts';
import { checkKind, EditArgs, IdArgs, lower, parse, ProposeArgs, RejectArgs } from './validate.ts';

type Outcome = Promise<{ relation: RelationModel; audit: AuditModel }>;

/** A relation found by id and write-locked for the change (see lockRelation). */
async function lockedRelation(tx: WriteTx, id: string) {
  const row = await one(tx, lockRelation(id));
  if (!row) throw badField('id', `there is no relation "${id}"`);
  return row;
}
type Locked = Awaited<ReturnType<typeof lockedRelation>>;
const lockedState = (r: Locked) => ({ ...r.props, kind: r.kind, from: r.from, to: r.to });

async function changedRelation(tx: WriteTx, q: CypherQuery<{ relation: RelationModel }>): Promise<RelationModel> {
  const row = await one(tx, q);
  if (!row) throw new Error('the relation disappeared during the change');
  return row.relation;
}

export async function proposeRelation(args: MutationProposeRelationArgs, ctx: ApiContext): Outcome {
  const who = requireCurator(ctx);
  const { input } = parse(ProposeArgs, { input: { ...args.input } });
  const at = now();
  const id = `rel:api-${randomUUID()}`;
  const { result, audit } = await curate(ctx, who, 'PROPOSE_RELATION', at, async (tx) => {
    const ends = (await one(tx, relationEnds(input.from, input.to)))!;
    if (!ends.fromSource) throw badField('input.from', `there is no claim or statistic "${input.from}"`);
    if (!ends.toSource) throw badField('input.to', `there is no claim or statistic "${input.to}"`);
    if (ends.fromSource === ends.toSource)
      throw badField('input.to', `"${input.to}" is in ${ends.toSource}, like input.from: relations link items of different sources`);
    checkKind(input.kind, input.subtype, ends.toKind, 'input');
    const same = ends.existing.find((e) => e.kind === input.kind);
    if (same) throw badField('input.to', `there is already a ${input.kind} relation between these items (${same.id})`);
    const props = {
      id,
      status: 'proposed',
      subtype: lower(input.subtype),
      rationale: input.rationale,
      confidence: input.confidence,
      curator: who.name,
      proposedBy: who.name,
      createdAt: at,
    };
    const relation = await changedRelation(tx, createRelation(input.from, input.to, input.kind, props));
    return { result: relation, targetId: id, before: null, after: relationState(relation) };
  });
  return { relation: result, audit };
}

/** Accepting or rejecting: a status change, refused when the relation already has that status. */
async function decide(ctx: ApiContext, who: Principal, id: string, status: 'curated' | 'rejected', reason: string | null): Outcome {
  const at = now();
  const action = status === 'curated' ? 'ACCEPT_RELATION' : 'REJECT_RELATION';
  const { result, audit } = await curate(ctx, who, action, at, async (tx) => {
    const cur = await lockedRelation(tx, id);
    if (cur.props.status === status) throw badField('id', `relation "${id}" is already ${status}`);
    const changes =
      status === 'curated'
        ? { status, curator: who.name, updatedAt: at, updatedBy: who.name, rejectionReason: null }
        : { status, updatedAt: at, updatedBy: who.name, rejectionReason: reason };
    const relation = await changedRelation(tx, updateRelation(id, changes));
    return { result: relation, targetId: id, before: lockedState(cur), after: relationState(relation) };
  });
  return { relation: result, audit };
}

export async function acceptRelation(args: { id: string }, ctx: ApiContext): Outcome {
  const who = requireCurator(ctx);
  const { id } = parse(IdArgs, { id: args.id });
  return decide(ctx, who, id, 'curated', null);
}

export async function rejectRelation(args: MutationRejectRelationArgs, ctx: ApiContext): Outcome {
  const who = requireCurator(ctx);
  const { id, reason } = parse(RejectArgs, { id: args.id, reason: args.reason });
  return decide(ctx, who, id, 'rejected', reason ?? null);
}

export async function editRelation(args: MutationEditRelationArgs, ctx: ApiContext): Outcome {
  const who = requireCurator(ctx);
  const { id, input } = parse(EditArgs, { id: args.id, input: { ...args.input } });
  // subtype: null removes it; a field left out (or null, for the others) keeps its value.
  const clearsSubtype = 'subtype' in args.input && args.input.subtype === null;
  if (input.kind == null && input.subtype == null && !clearsSubtype && input.rationale == null && input.confidence == null) {
    throw badField('input', 'give at least one of kind, subtype, rationale, confidence');
  }
  const at = now();
  const { result, audit } = await curate(ctx, who, 'EDIT_RELATION', at, async (tx) => {
    const cur = await lockedRelation(tx, id);
    const kind = input.kind ?? cur.kind;
    const stored = cur.props.subtype;
    const subtype = clearsSubtype ? null : (lower(input.subtype) ?? (typeof stored === 'string' ? stored : null));
    checkKind(kind, subtype, cur.toKind, 'input');
    const fields: Record<string, unknown> = {};
    if (input.subtype != null || clearsSubtype) fields.subtype = subtype;
    if (input.rationale != null) fields.rationale = input.rationale;
    if (input.confidence != null) fields.confidence = input.confidence;
    const unchanged = kind === cur.kind && Object.entries(fields).every(([k, v]) => (cur.props[k] ?? null) === v);
    if (unchanged) throw badField('input', `the edit changes nothing on relation "${id}"`);
    const changes = { ...fields, updatedAt: at, updatedBy: who.name };
    const relation = await changedRelation(tx, kind === cur.kind ? updateRelation(id, changes) : retypeRelation(id, kind, changes));
    return { result: relation, targetId: id, before: lockedState(cur), after: relationState(relation) };
  });
  return { relation: result, audit };
}
