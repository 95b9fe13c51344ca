/** Pure sorting of the research gaps table by a column header, in the documented priority order by default. */
import { compareGapPriority } from '../../../core/gap-priority.ts';

export type GapSortKey = 'priority' | 'question' | 'rating' | 'sources' | 'topics' | 'status';
export type SortDir = 'ascending' | 'descending';

export interface SortableGap {
  question: string;
  status: string;
  sourceCount: number;
  priority?: number | null;
  topics: readonly { name: string }[];
}

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

const STATUS_RANK: Record<string, number> = { open: 0, 'partly-addressed': 1, addressed: 2 };
const rank = (g: SortableGap) => ({ question: g.question, status: g.status, sourceCount: g.sourceCount, rating: g.priority });

/**
 * Sorted copy. "descending" priority is the documented order (highest priority first); every other
 * key falls back to that order for ties. Unrated gaps sort after rated ones in either direction.
 */
export function sortGapRows<G extends SortableGap>(gaps: readonly G[], key: GapSortKey, dir: SortDir): G[] {
  const sign = dir === DEFAULT_DIR[key] ? 1 : -1;
  const byPriority = (a: G, b: G) => compareGapPriority(rank(a), rank(b));
  const primary: Record<GapSortKey, (a: G, b: G) => number> = {
    priority: byPriority,
    question: (a, b) => a.question.localeCompare(b.question),
    rating: (a, b) => {
      if (a.priority == null || b.priority == null) return 0;
      return b.priority - a.priority;
    },
    sources: (a, b) => b.sourceCount - a.sourceCount,
    topics: (a, b) => (a.topics[0]?.name ?? '\uffff').localeCompare(b.topics[0]?.name ?? '\uffff'),
    status: (a, b) => (STATUS_RANK[a.status] ?? 0) - (STATUS_RANK[b.status] ?? 0),
  };
  const unratedLast = (a: G, b: G) => (key === 'rating' ? Number(a.priority == null) - Number(b.priority == null) : 0);
  return [...gaps].sort((a, b) => unratedLast(a, b) || sign * primary[key](a, b) || byPriority(a, b));
}
