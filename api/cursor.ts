import { GraphQLError } from 'graphql';

/** Opaque cursors: base64 of a kind and a number (an ordinal or an offset). */
export function encodeCursor(kind: string, n: number): string {
  return Buffer.from(`${kind}:${n}`).toString('base64url');
}

/** The largest number a cursor may carry: ordinals and offsets stay far below; Neo4j takes it as a 32-bit integer. */
export const MAX_CURSOR_VALUE = 1_000_000_000;

/** Decodes a cursor of the given kind, refusing anything malformed or out of range before it reaches Cypher. */
export function decodeCursor(kind: string, cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const bad = (why: string) =>
    new GraphQLError(`invalid cursor "${cursor.slice(0, 100)}": ${why}; use a cursor from a previous page (endCursor)`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]*={0,2}$/.test(cursor)) throw bad('not a cursor of this API');
  const m = /^([a-z]+):(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || m[1] !== kind) throw bad('not a cursor of this list');
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n > MAX_CURSOR_VALUE) throw bad(`its position is beyond ${MAX_CURSOR_VALUE}`);
  return n;
}

export const MAX_PAGE = 500;

export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw new GraphQLError(`"first" must be an integer from 0 to ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  }
  return n;
}
