/**
 * The priority every research gap has, and the order gaps are listed in (the web view, the API's
 * default order and the CSV and Markdown exports all use this one definition):
 *   1. unanswered first: a gap no other source's evidence answers (status open), then partly
 *      answered, then answered;
 *   2. then the number of sources raising it, most first;
 *   3. then the source's own rating, highest first (only one source rates its gaps:
 *      Merdian et al. 2019, by its roundtable's frequency rating; unrated gaps come after rated ones);
 *   4. then the question, A–Z.
 * The tier says the same in one word: HIGH = unanswered and raised by two or more sources,
 * MEDIUM = unanswered and raised by one source, LOW = partly or fully answered elsewhere.
 * Pure: used by the API and the web app.
 */

export type GapTier = 'HIGH' | 'MEDIUM' | 'LOW';

export interface RankableGap {
  question: string;
  status: string;
  sourceCount: number;
  /** The source's own rating, where a source gives one. */
  rating: number | null | undefined;
}

const STATUS_RANK: Record<string, number> = { open: 0, 'partly-addressed': 1, addressed: 2 };

export const GAP_TIER_LABEL: Record<GapTier, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export const GAP_TIER_NOTE: Record<GapTier, string> = {
  HIGH: 'unanswered, raised by two or more sources',
  MEDIUM: 'unanswered, raised by one source',
  LOW: 'partly or fully answered by another source',
};

/** One sentence for the view and the exports. */
export const GAP_ORDER_NOTE =
  'Priority order: unanswered gaps first, then those raised by more sources, then by the source’s own rating (only Merdian et al. 2019 rates its gaps, by how often its roundtable named them), then A–Z.';

export function gapTier(g: Pick<RankableGap, 'status' | 'sourceCount'>): GapTier {
  if ((STATUS_RANK[g.status] ?? 0) > 0) return 'LOW';
  return g.sourceCount >= 2 ? 'HIGH' : 'MEDIUM';
}

/** Compares two gaps in the documented priority order (negative: a first). */
export function compareGapPriority(a: RankableGap, b: RankableGap): number {
  return (
    (STATUS_RANK[a.status] ?? 0) - (STATUS_RANK[b.status] ?? 0) ||
    b.sourceCount - a.sourceCount ||
    (b.rating ?? -Infinity) - (a.rating ?? -Infinity) ||
    a.question.localeCompare(b.question)
  );
}
