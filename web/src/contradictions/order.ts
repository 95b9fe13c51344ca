/**
 * Pure helpers of the contradictions view: keep the chosen pair's order (source a on the left),
 * sort, filter by subtype, page; and rank the research gaps that could settle a contradiction.
 */

export interface End {
  id: string;
  source: { id: string };
  topics: readonly { id: string; name: string }[];
}

export interface Rel<E extends End = End> {
  id: string;
  subtype?: string | null;
  confidence: number;
  from: E;
  to: E;
}

export type SortKey = 'confidence' | 'subtype' | 'topic';
export const SORT_KEYS: { value: SortKey; label: string }[] = [
  { value: 'confidence', label: 'Confidence (highest first)' },
  { value: 'subtype', label: 'Subtype' },
  { value: 'topic', label: 'Topic' },
];
export const PAGE_SIZE = 10;

/** The two ends as [left, right]: the end from source `a` on the left when one is chosen (else from, to). */
export function oriented<E extends End>(r: Rel<E>, a: string, b: string): [E, E] {
  if (a && r.to.source.id === a && r.from.source.id !== a) return [r.to, r.from];
  if (!a && b && r.from.source.id === b && r.to.source.id !== b) return [r.to, r.from];
  return [r.from, r.to];
}

const firstTopic = (r: Rel) => [...r.from.topics, ...r.to.topics].map((t) => t.name).sort((x, y) => x.localeCompare(y))[0] ?? '';

/** Sorted copy: confidence highest first; subtype A–Z; topic (first topic name) A–Z; ties by confidence, then id. */
export function sortRelations<R extends Rel>(list: readonly R[], key: SortKey, subtypeLabel: (s: string) => string = (s) => s): R[] {
  const byConfidence = (x: R, y: R) => y.confidence - x.confidence;
  const byId = (x: R, y: R) => x.id.localeCompare(y.id);
  const primary =
    key === 'subtype'
      ? (x: R, y: R) => subtypeLabel(x.subtype ?? '').localeCompare(subtypeLabel(y.subtype ?? ''))
      : key === 'topic'
        ? (x: R, y: R) => firstTopic(x).localeCompare(firstTopic(y))
        : byConfidence;
  return [...list].sort((x, y) => primary(x, y) || byConfidence(x, y) || byId(x, y));
}

export interface Paged<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
  last: number;
}

/** One page (1-based, clamped) of a list. */
export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE): Paged<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = list.slice((p - 1) * size, p * size);
  return { items, page: p, pages, first: list.length ? (p - 1) * size + 1 : 0, last: (p - 1) * size + items.length };
}

export interface GapLike {
  id: string;
  status: string;
  topics: readonly { id: string }[];
}

/** Gaps that could settle a contradiction: those sharing most topics with its two ends, unanswered first; at most `max`. */
export function gapsBearingOn<G extends GapLike>(gaps: readonly G[], topicIds: readonly string[], max = 3): G[] {
  const wanted = new Set(topicIds);
  const statusRank: Record<string, number> = { open: 0, 'partly-addressed': 1, addressed: 2 };
  return gaps
    .map((g) => ({ g, shared: g.topics.filter((t) => wanted.has(t.id)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || (statusRank[x.g.status] ?? 0) - (statusRank[y.g.status] ?? 0) || x.g.id.localeCompare(y.g.id))
    .slice(0, max)
    .map((x) => x.g);
}
