/**
 * The curation transaction: a change and its audit record are written in one write transaction,
 * both or neither. The audit record holds the target's state before and after as JSON.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { ApiContext, Principal } from '../context.ts';
import { createAudit } from '../cypher/curation.ts';
import { one } from '../data/query.ts';
import type { WriteTx } from '../db.ts';
import type { AuditActionValue, AuditModel, ProposalModel, RelationModel } from '../models.ts';

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
export function relationState(r: RelationModel): Record<string, unknown> {
  const { from, to, ...props } = r;
  return { ...props, from: from.id, to: to.id };
}

/** A proposer's link's state for the audit: its properties and ends. */
export function linkState(p: ProposalModel): Record<string, unknown> {
  const { from, to, ...props } = p;
  return { ...props, from: from.id, to: to.id };
}

/** What a change reports for its audit record. */
export interface Change<T> {
  result: T;
  targetId: string;
  relatedId?: string;
  before: unknown;
  after: unknown;
}

/**
 * Runs a change and writes its audit record in the same write transaction; the test hook (if
 * any) runs last, before the commit. Any error rolls back both.
 */
export async function curate<T>(
  ctx: ApiContext,
  who: Principal,
  action: AuditActionValue,
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
    const row = await one(tx, createAudit(record));
    if (!row) throw new Error('the audit record was not written');
    if (ctx.beforeCommit) await ctx.beforeCommit(tx, action);
    return { result: change.result, audit: row.audit };
  });
  ctx.log.info({ action, targetId: done.audit.targetId, actor: who.name, audit: auditId }, 'curation');
  return done;
}

export const now = () => new Date().toISOString();
