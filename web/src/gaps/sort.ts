/** The research gaps table's column sorts, in the API's terms (the API sorts and pages; see GapOrder). */
import type { GapOrder } from '../gql/graphql.ts';

export type GapSortKey = 'priority' | 'question' | 'rating' | 'sources' | 'topics' | 'status';
export type SortDir = 'ascending' | 'descending';

export const GAP_SORT_KEYS: readonly GapSortKey[] = ['priority', 'question', 'rating', 'sources', 'topics', 'status'];

/** The direction a column sorts in when first chosen: priority and counts from the top, text A–Z. */
export const DEFAULT_DIR: Record<GapSortKey, SortDir> = {
  priority: 'descending',
  question: 'ascending',
  rating: 'descending',
  sources: 'descending',
  topics: 'ascending',
  status: 'ascending',
};

const ORDER: Record<GapSortKey, GapOrder> = {
  priority: 'PRIORITY',
  question: 'QUESTION',
  rating: 'RATING',
  sources: 'SOURCES',
  topics: 'TOPICS',
  status: 'STATUS',
};

/**
 * The API's order for a column and direction: each order's own direction is the column's default,
 * so the other direction is `reverse` (the API keeps ties in priority order and unrated gaps last).
 */
export function gapOrder(key: GapSortKey, dir: SortDir): { orderBy: GapOrder; reverse: boolean } {
  return { orderBy: ORDER[key], reverse: dir !== DEFAULT_DIR[key] };
}
