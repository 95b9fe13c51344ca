/**
 * Curation through the API: relation proposals and decisions, edits, decisions on the proposer's
 * links, and annotations. Each mutation needs a curator token, validates its input at the boundary
 * (zod), and writes the change and its audit record in one transaction: both or neither.
 */
import { randomUUID } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { pageSize } from '../cursor.ts';
import type { ApiContext, Principal } from '../context.ts';
import {
  acceptLink,
  createAnnotation,
  createAudit,
  createRelation,
  listAudit,
  lockProposedLink,
  lockRelation,
  rejectLink,
  relationEnds,
  retypeRelation,
  updateRelation,
  type AuditPosition,
} from '../cypher/curation.ts';
import type { CypherQuery } from '../cypher/sources.ts';
import type { WriteTx } from '../db.ts';
import type { AuditAction, Resolvers } from '../generated/graphql.ts';
import type { AnnotationModel, AuditModel, ProposalModel, RelationModel } from '../models.ts';
import { ANNOTATION_LENGTH, needsOpenQuestionTarget, needsSubtype, OPEN_QUESTION_KIND, REASON_MAX, RELATION_RATIONALE } from '../../core/relation-rules.ts';
import { RELATION_KINDS, RELATION_SUBTYPES } from '../../core/vocabulary.ts';

// ---- input validation --------------------------------------------------------------------------

/** Ids as the graph spells them ("ceop-2013:s012", "rel:b-0001", "prop:1a2b…"): nothing else gets near a query. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]*$/;
export const INPUT_LIMITS = {
  id: 100,
  rationale: [RELATION_RATIONALE.min, RELATION_RATIONALE.max],
  annotation: [ANNOTATION_LENGTH.min, ANNOTATION_LENGTH.max],
  reason: REASON_MAX,
  actor: 80,
} as const;

const Id = z
  .string()
  .max(INPUT_LIMITS.id, `must be at most ${INPUT_LIMITS.id} characters`)
  .regex(SAFE_ID, 'must be an id: letters, digits and the characters : . _ - (starting with a letter or digit)');
const [RMIN, RMAX] = INPUT_LIMITS.rationale;
const Rationale = z.string().refine((s) => s.trim().length >= RMIN && s.length <= RMAX, `must be ${RMIN} to ${RMAX} characters`);
const [TMIN, TMAX] = INPUT_LIMITS.annotation;
const AnnotationText = z.string().refine((s) => s.trim().length >= TMIN && s.length <= TMAX, `must be ${TMIN} to ${TMAX} characters (not only spaces)`);
const Reason = z.string().refine((s) => s.trim().length >= 1 && s.length <= INPUT_LIMITS.reason, `must be 1 to ${INPUT_LIMITS.reason} characters`);
const Confidence = z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');
const Kind = z.enum(RELATION_KINDS);
const Subtype = z.enum(
  RELATION_SUBTYPES.map((s) => s.toUpperCase()) as [Uppercase<(typeof RELATION_SUBTYPES)[number]>, ...Uppercase<(typeof RELATION_SUBTYPES)[number]>[]],
);
type Kind = z.infer<typeof Kind>;
type Subtype = z.infer<typeof Subtype>;

const ProposeArgs = z.object({
  input: z.object({ from: Id, to: Id, kind: Kind, subtype: Subtype.nullish(), rationale: Rationale, confidence: Confidence }),
});
const IdArgs = z.object({ id: Id });
const RejectArgs = z.object({ id: Id, reason: Reason.nullish() });
const EditArgs = z.object({
  id: Id,
  input: z.object({ kind: Kind.nullish(), subtype: Subtype.nullish(), rationale: Rationale.nullish(), confidence: Confidence.nullish() }),
});
const AcceptLinkArgs = z.object({
  id: Id,
  input: z.object({ kind: Kind, subtype: Subtype.nullish(), rationale: Rationale, confidence: Confidence.nullish() }),
});
const AnnotateArgs = z.object({ itemId: Id, text: AnnotationText });
const AuditLogArgs = z.object({
  targetId: Id.nullish(),
  actor: z.string().max(INPUT_LIMITS.actor, `must be at most ${INPUT_LIMITS.actor} characters`).nullish(),
});

function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** Parses arguments; a failure is one BAD_USER_INPUT error naming every field at fault. */
function parse<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const r = schema.safeParse(args);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  throw new GraphQLError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', field: issues[0]?.field, fields: issues },
  });
}

/** The rules every relation keeps (as the relations files do): see seed/relations/read.ts. */
function checkKind(kind: Kind, subtype: string | null | undefined, toKind: string | null, field: string): void {
  if (needsSubtype(kind) && !subtype) {
    throw badInput(
      `${field}.subtype`,
      `a ${kind} relation needs a subtype: DIRECT, or the facet it depends on (PERIOD, POPULATION, PLACE, DEFINITION, MEASURE, SCOPE, EMPHASIS)`,
    );
  }
  if (needsOpenQuestionTarget(kind) && toKind !== OPEN_QUESTION_KIND) {
    throw badInput(`${field}.kind`, 'ASSERTED_VS_OPEN points to a statement that raises the matter as an open question (a claim of kind OPEN_QUESTION)');
  }
}

// ---- authorisation -------------------------------------------------------------------------------

/** Mutations need a curator token: none or an unknown one is UNAUTHENTICATED (401), a viewer's FORBIDDEN (403). */
export function requireCurator(ctx: ApiContext): Principal {
  if (!ctx.principal) {
    throw new GraphQLError('Authentication required: send a curator token as "Authorization: Bearer <token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="triangulate"']]) } },
    });
  }
  if (ctx.principal.role !== 'curator') {
    throw new GraphQLError(`The token "${ctx.principal.name}" may read but not change the graph: curation needs a curator token.`, {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
  return ctx.principal;
}

/** The audit log names curators and request ids: any valid token (viewer or curator) may read it, no token may not. */
export function requireToken(ctx: ApiContext): Principal {
  if (!ctx.principal) {
    throw new GraphQLError('The audit log needs a token: send a viewer or curator token as "Authorization: Bearer <token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="triangulate"']]) } },
    });
  }
  return ctx.principal;
}

// ---- the transaction: change, audit, commit --------------------------------------------------------

/** Properties as plain JSON (Neo4j temporal values as ISO strings), keys sorted. */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isInt(v)) return v.toNumber();
  if (neo4j.isDateTime(v) || neo4j.isDate(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) return String(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => [k, plain(o[k])]),
    );
  }
  return v;
}
const json = (v: unknown) => JSON.stringify(plain(v));

/** A relation's state for the audit: its properties, kind and ends. */
function relationState(r: RelationModel): Record<string, unknown> {
  const { from, to, ...props } = r;
  return { ...props, from: from.id, to: to.id };
}
function linkState(p: ProposalModel): Record<string, unknown> {
  const { from, to, ...props } = p;
  return { ...props, from: from.id, to: to.id };
}

interface Change<T> {
  result: T;
  targetId: string;
  relatedId?: string;
  before: unknown;
  after: unknown;
}

async function first(tx: WriteTx, q: CypherQuery): Promise<{ get(key: string): unknown } | null> {
  return (await tx.run(q.cypher, q.params)).records[0] ?? null;
}

/**
 * Runs a change and writes its audit record in the same write transaction; the test hook (if
 * any) runs last, before the commit. Any error rolls back both.
 */
async function curate<T>(
  ctx: ApiContext,
  who: Principal,
  action: AuditAction,
  at: string,
  work: (tx: WriteTx) => Promise<Change<T>>,
): Promise<{ result: T; audit: AuditModel }> {
  const auditId = `audit:${randomUUID()}`;
  const done = await ctx.db.write(async (tx) => {
    const change = await work(tx);
    const record = {
      id: auditId,
      at,
      actor: who.name,
      role: who.role,
      action,
      targetId: change.targetId,
      relatedId: change.relatedId ?? null,
      before: change.before == null ? null : json(change.before),
      after: json(change.after),
      requestId: ctx.requestId,
    };
    const row = await first(tx, createAudit(record));
    if (!row) throw new Error('the audit record was not written');
    if (ctx.beforeCommit) await ctx.beforeCommit(tx, action);
    return { result: change.result, audit: row.get('audit') as AuditModel };
  });
  ctx.log.info({ action, targetId: done.audit.targetId, actor: who.name, audit: auditId }, 'curation');
  return done;
}

const now = () => new Date().toISOString();
const lower = (s: string | null | undefined) => (s ? s.toLowerCase() : null);

/** The relation an accepted proposer's link becomes (the same id as `npm run proposals -- accept` gives it). */
export function relationIdForLink(linkId: string): string {
  return `rel:accepted-${linkId
    .replace(/^prop:/, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')}`;
}

interface LockedRelation {
  kind: Kind;
  props: Record<string, unknown> & { status: string; subtype?: string | null };
  from: string;
  to: string;
  toKind: string | null;
}

async function lockedRelation(tx: WriteTx, id: string): Promise<LockedRelation> {
  const row = await first(tx, lockRelation(id));
  if (!row) throw badInput('id', `there is no relation "${id}"`);
  return {
    kind: row.get('kind') as Kind,
    props: row.get('props') as LockedRelation['props'],
    from: row.get('from') as string,
    to: row.get('to') as string,
    toKind: row.get('toKind') as string | null,
  };
}
const lockedState = (r: LockedRelation) => ({ ...r.props, kind: r.kind, from: r.from, to: r.to });

async function changedRelation(tx: WriteTx, q: CypherQuery): Promise<RelationModel> {
  const row = await first(tx, q);
  if (!row) throw new Error('the relation disappeared during the change');
  return row.get('relation') as RelationModel;
}

// ---- annotations, read without a round trip per item ---------------------------------------------

/**
 * EVIDENCE_PROJECTION and the gap and misconception projections fetch annotations with the item.
 * Should an item come from a query that did not, its annotations are loaded for every such item of
 * the request in one batched query (api/loaders.ts).
 */
function annotationsOf(item: { id: string; annotations?: AnnotationModel[] }, ctx: ApiContext): AnnotationModel[] | Promise<AnnotationModel[]> {
  return item.annotations ?? ctx.loaders.annotations.load(item.id);
}

// ---- the audit log cursor --------------------------------------------------------------------------

/** Opaque cursor of the audit log: the position (time, id) of the last record of a page. */
export function encodeAuditCursor(p: AuditPosition): string {
  return Buffer.from(JSON.stringify(['audit', p.at, p.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string | null | undefined): AuditPosition | null {
  if (cursor == null) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v.length !== 3 || v[0] !== 'audit' || typeof v[1] !== 'string' || typeof v[2] !== 'string') {
    throw new GraphQLError(`invalid cursor "${cursor.slice(0, 200)}"`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after', field: 'after' } });
  }
  return { at: v[1], id: v[2] };
}

// ---- resolvers ---------------------------------------------------------------------------------------

export const curationResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, args, ctx) => {
      requireToken(ctx);
      const { db } = ctx;
      const { targetId, actor } = parse(AuditLogArgs, { targetId: args.targetId, actor: args.actor });
      const limit = pageSize(args.first, 50);
      const after = decodeAuditCursor(args.after);
      const { cypher, params } = listAudit({ targetId: targetId ?? null, actor: actor ?? null }, after, limit);
      const r = (await db.read(cypher, params)).records[0];
      const page = (r?.get('page') ?? []) as AuditModel[];
      const edges = page.slice(0, limit).map((node) => ({ cursor: encodeAuditCursor(node), node }));
      return {
        totalCount: (r?.get('total') as number | undefined) ?? 0,
        edges,
        pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  Mutation: {
    proposeRelation: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { input } = parse(ProposeArgs, { input: { ...args.input } });
      const at = now();
      const id = `rel:api-${randomUUID()}`;
      const { result, audit } = await curate(ctx, who, 'PROPOSE_RELATION', at, async (tx) => {
        const ends = (await first(tx, relationEnds(input.from, input.to)))!;
        const fromSource = ends.get('fromSource') as string | null;
        const toSource = ends.get('toSource') as string | null;
        if (!fromSource) throw badInput('input.from', `there is no claim or statistic "${input.from}"`);
        if (!toSource) throw badInput('input.to', `there is no claim or statistic "${input.to}"`);
        if (fromSource === toSource) throw badInput('input.to', `"${input.to}" is in ${toSource}, like input.from: relations link items of different sources`);
        checkKind(input.kind, input.subtype, ends.get('toKind') as string | null, 'input');
        const same = (ends.get('existing') as { id: string; kind: string }[]).find((e) => e.kind === input.kind);
        if (same) throw badInput('input.to', `there is already a ${input.kind} relation between these items (${same.id})`);
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
    },

    acceptRelation: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { id } = parse(IdArgs, { id: args.id });
      const at = now();
      const { result, audit } = await curate(ctx, who, 'ACCEPT_RELATION', at, async (tx) => {
        const cur = await lockedRelation(tx, id);
        if (cur.props.status === 'curated') throw badInput('id', `relation "${id}" is already curated`);
        const relation = await changedRelation(
          tx,
          updateRelation(id, { status: 'curated', curator: who.name, updatedAt: at, updatedBy: who.name, rejectionReason: null }),
        );
        return { result: relation, targetId: id, before: lockedState(cur), after: relationState(relation) };
      });
      return { relation: result, audit };
    },

    rejectRelation: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { id, reason } = parse(RejectArgs, { id: args.id, reason: args.reason });
      const at = now();
      const { result, audit } = await curate(ctx, who, 'REJECT_RELATION', at, async (tx) => {
        const cur = await lockedRelation(tx, id);
        if (cur.props.status === 'rejected') throw badInput('id', `relation "${id}" is already rejected`);
        const relation = await changedRelation(
          tx,
          updateRelation(id, { status: 'rejected', updatedAt: at, updatedBy: who.name, rejectionReason: reason ?? null }),
        );
        return { result: relation, targetId: id, before: lockedState(cur), after: relationState(relation) };
      });
      return { relation: result, audit };
    },

    editRelation: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { id, input } = parse(EditArgs, { id: args.id, input: { ...args.input } });
      // subtype: null removes it; a field left out (or null, for the others) keeps its value.
      const clearsSubtype = 'subtype' in args.input && args.input.subtype === null;
      if (input.kind == null && input.subtype == null && !clearsSubtype && input.rationale == null && input.confidence == null) {
        throw badInput('input', 'give at least one of kind, subtype, rationale, confidence');
      }
      const at = now();
      const { result, audit } = await curate(ctx, who, 'EDIT_RELATION', at, async (tx) => {
        const cur = await lockedRelation(tx, id);
        const kind = input.kind ?? cur.kind;
        const subtype = clearsSubtype ? null : (lower(input.subtype) ?? cur.props.subtype ?? null);
        checkKind(kind, subtype, cur.toKind, 'input');
        const fields: Record<string, unknown> = {};
        if (input.subtype != null || clearsSubtype) fields.subtype = subtype;
        if (input.rationale != null) fields.rationale = input.rationale;
        if (input.confidence != null) fields.confidence = input.confidence;
        const unchanged = kind === cur.kind && Object.entries(fields).every(([k, v]) => (cur.props[k] ?? null) === v);
        if (unchanged) throw badInput('input', `the edit changes nothing on relation "${id}"`);
        const changes = { ...fields, updatedAt: at, updatedBy: who.name };
        const q = kind === cur.kind ? updateRelation(id, changes) : retypeRelation(id, kind, changes);
        const relation = await changedRelation(tx, q);
        return { result: relation, targetId: id, before: lockedState(cur), after: relationState(relation) };
      });
      return { relation: result, audit };
    },

    acceptProposedLink: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { id, input } = parse(AcceptLinkArgs, { id: args.id, input: { ...args.input } });
      const at = now();
      const relationId = relationIdForLink(id);
      const { result, audit } = await curate(ctx, who, 'ACCEPT_PROPOSED_LINK', at, async (tx) => {
        const link = await first(tx, lockProposedLink(id, relationId));
        if (!link) throw badInput('id', `there is no proposed link "${id}"`);
        const props = link.get('props') as Record<string, unknown>;
        if (props.status !== 'proposed') throw badInput('id', `proposed link "${id}" is already ${String(props.status)}`);
        if (link.get('relationExists')) throw badInput('id', `relation "${relationId}" already exists`);
        if (link.get('fromSource') === link.get('toSource'))
          throw badInput('id', 'both ends of the link are in the same source: relations link items of different sources');
        checkKind(input.kind, input.subtype, link.get('toKind') as string | null, 'input');
        const same = (link.get('existing') as { id: string; kind: string }[]).find((e) => e.kind === input.kind);
        if (same) throw badInput('input.kind', `there is already a ${input.kind} relation between the link's items (${same.id})`);
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
        const row = await first(tx, acceptLink(id, decision, input.kind, relation));
        if (!row) throw new Error('the proposed link disappeared during the change');
        const accepted = row.get('link') as ProposalModel;
        const made = row.get('relation') as RelationModel;
        return {
          result: { link: accepted, relation: made },
          targetId: id,
          relatedId: relationId,
          before: { ...props, from: link.get('from'), to: link.get('to') },
          after: { ...linkState(accepted), relation: relationState(made) },
        };
      });
      return { ...result, audit };
    },

    rejectProposedLink: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { id, reason } = parse(RejectArgs, { id: args.id, reason: args.reason });
      const at = now();
      const { result, audit } = await curate(ctx, who, 'REJECT_PROPOSED_LINK', at, async (tx) => {
        const link = await first(tx, lockProposedLink(id, relationIdForLink(id)));
        if (!link) throw badInput('id', `there is no proposed link "${id}"`);
        const props = link.get('props') as Record<string, unknown>;
        if (props.status !== 'proposed') throw badInput('id', `proposed link "${id}" is already ${String(props.status)}`);
        const row = await first(tx, rejectLink(id, { status: 'rejected', decidedBy: who.name, decidedAt: at, reason: reason ?? null }));
        if (!row) throw new Error('the proposed link disappeared during the change');
        const rejected = row.get('link') as ProposalModel;
        return { result: rejected, targetId: id, before: { ...props, from: link.get('from'), to: link.get('to') }, after: linkState(rejected) };
      });
      return { link: result, relation: null, audit };
    },

    annotate: async (_p, args, ctx) => {
      const who = requireCurator(ctx);
      const { itemId, text } = parse(AnnotateArgs, { itemId: args.itemId, text: args.text });
      const at = now();
      const annotation: AnnotationModel = { id: `ann:${randomUUID()}`, itemId, text, author: who.name, createdAt: at };
      const { result, audit } = await curate(ctx, who, 'ANNOTATE', at, async (tx) => {
        const row = await first(tx, createAnnotation(itemId, { ...annotation }));
        if (!row) throw badInput('itemId', `there is no claim, statistic, research gap or misconception "${itemId}"`);
        const made = row.get('annotation') as AnnotationModel;
        return { result: made, targetId: itemId, relatedId: made.id, before: null, after: made };
      });
      return { annotation: result, audit };
    },
  },
  Claim: { annotations: (c, _a, ctx) => annotationsOf(c, ctx) },
  Statistic: { annotations: (s, _a, ctx) => annotationsOf(s, ctx) },
  ResearchGap: { annotations: (g, _a, ctx) => annotationsOf(g, ctx) },
  Misconception: { annotations: (m, _a, ctx) => annotationsOf(m, ctx) },
};
