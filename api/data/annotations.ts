/** Data access for curators' annotations and the audit log (reads; the writes are in api/curation/). */
import type { AuditPosition } from '../cursor.ts';
import { annotationsOfItems, listAudit, type AuditFilter } from '../cypher/curation.ts';
import type { Db } from '../db.ts';
import type { AnnotationModel, AuditModel } from '../models.ts';
import type { Page } from './evidence.ts';
import { one, rows } from './query.ts';

/** The annotations of several items, oldest first, in one round trip. */
export async function annotationsOf(db: Db, ids: string[]): Promise<AnnotationModel[]> {
  return (await rows(db, annotationsOfItems(ids))).map((r) => r.annotation);
}

/** A page of the audit log, newest first, after a position (one more than `limit` when there are more), and the total. */
export async function auditPage(db: Db, filter: AuditFilter, after: AuditPosition | null, limit: number): Promise<Page<AuditModel>> {
  return (await one(db, listAudit(filter, after, limit))) ?? { total: 0, page: [] };
}
