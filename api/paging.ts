/**
 * Connections, assembled once. A list query fetches one row more than the page (`limit + 1`), so
 * whether there is a next page is known without counting again; the cursor of each edge says
 * where the next page starts.
 */
import { decodeCursor, encodeCursor, pageSize } from './cursor.ts';

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Edges for the first `limit` of `fetched` (which may hold one more), each with its cursor. */
export function connection<T>(fetched: readonly T[], limit: number, totalCount: number, cursor: (node: T, i: number) => string): Connection<T> {
  const edges = fetched.slice(0, limit).map((node, i) => ({ cursor: cursor(node, i), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: fetched.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An offset page: where it starts and how long it is, from `first` and an offset cursor of `kind`. */
export interface OffsetPage {
  kind: string;
  skip: number;
  limit: number;
}

export function offsetPage(kind: string, first: number | null | undefined, after: string | null | undefined, fallback: number): OffsetPage {
  return { kind, limit: pageSize(first, fallback), skip: decodeCursor(kind, after) ?? 0 };
}

/** A connection over an offset page: the cursor of the i-th edge is its offset plus one. */
export function offsetConnection<T>(p: OffsetPage, fetched: readonly T[], totalCount: number): Connection<T> {
  return connection(fetched, p.limit, totalCount, (_n, i) => encodeCursor(p.kind, p.skip + i + 1));
}
