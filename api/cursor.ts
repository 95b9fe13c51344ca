/**
 * Cursors, in one place: offset cursors (an ordinal or an offset, tagged with the list's kind) and
 * the audit log's position cursor. All are opaque base64url; a cursor that does not decode is
 * BadInput on `after`.
 */
import { BadInput } from './errors.ts';

const invalid = (cursor: string, why = 'not a cursor of this list') =>
  new BadInput(`invalid cursor "${cursor.slice(0, 100)}": ${why}; use a cursor from a previous page (endCursor)`, 'after');

/** Opaque cursors: base64 of a kind and a number (an ordinal or an offset). */
export function encodeCursor(kind: string, n: number): string {
  return Buffer.from(`${kind}:${n}`).toString('base64url');
}

/** The largest number a cursor may carry: ordinals and offsets stay far below; Neo4j takes it as a 32-bit integer. */
export const MAX_CURSOR_VALUE = 1_000_000_000;

/** Decodes a cursor of the given kind, refusing anything malformed or out of range before it reaches Cypher. */
export function decodeCursor(kind: string, cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]*={0,2}$/.test(cursor)) throw invalid(cursor, 'not a cursor of this API');
  const m = /^([a-z]+):(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || m[1] !== kind) throw invalid(cursor, 'not a cursor of this list');
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n > MAX_CURSOR_VALUE) throw invalid(cursor, `its position is beyond ${MAX_CURSOR_VALUE}`);
  return n;
}

/** The position of an audit record in the log (newest first): its time, then its id. */
export interface AuditPosition {
  at: string;
  id: string;
}

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
  if (!Array.isArray(v) || v.length !== 3 || v[0] !== 'audit' || typeof v[1] !== 'string' || typeof v[2] !== 'string') throw invalid(cursor);
  return { at: v[1], id: v[2] };
}

export const MAX_PAGE = 500;

export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) throw new BadInput(`"first" must be an integer from 0 to ${MAX_PAGE}`, 'first');
  return n;
}
