import { GraphQLError } from 'graphql';

/** Opaque cursors: base64 of a kind and a number (an ordinal or an offset). */
export function encodeCursor(kind: string, n: number): string {
  return Buffer.from(`${kind}:${n}`).toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const m = /^([a-z]+):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || m[1] !== kind) throw new GraphQLError(`invalid cursor "${cursor}"`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
  return Number(m[2]);
}

export const MAX_PAGE = 500;

export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw new GraphQLError(`"first" must be an integer from 0 to ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  }
  return n;
}
