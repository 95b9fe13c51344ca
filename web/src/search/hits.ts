/**
 * Pure helpers of the search view: highlight splitting (the API wraps matched words in [[ and ]]),
 * roving-focus index arithmetic, grouping of hits by type, and the view's URL.
 */
import type { SearchHitType } from '../gql/graphql.ts';

/** A count the search may have capped: "1,000+" when there are at least that many. */
export function countText(c: { count: number; capped: boolean }): string {
  return `${c.count.toLocaleString('en-GB')}${c.capped ? '+' : ''}`;
}

/** A run of text, marked where the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

function push(out: Segment[], text: string, mark: boolean): void {
  if (!text) return;
  const last = out.at(-1);
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/**
 * Splits a highlight into plain and marked runs. Only a complete `[[…]]` pair marks; a stray
 * bracket stays text, so any string renders as the characters it holds (never as markup).
 */
export function splitHighlight(highlight: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < highlight.length) {
    const open = highlight.indexOf('[[', i);
    const close = open < 0 ? -1 : highlight.indexOf(']]', open + 2);
    if (open < 0 || close < 0) {
      push(out, highlight.slice(i), false);
      break;
    }
    push(out, highlight.slice(i, open), false);
    push(out, highlight.slice(open + 2, close), true);
    i = close + 2;
  }
  return out;
}

export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Drops the first `n` characters, whatever runs they lie in. */
export function dropChars(segments: readonly Segment[], n: number): Segment[] {
  const out: Segment[] = [];
  let skip = n;
  for (const s of segments) {
    if (skip >= s.text.length) {
      skip -= s.text.length;
      continue;
    }
    push(out, s.text.slice(skip), s.mark);
    skip = 0;
  }
  return out;
}

const ELLIPSIS = '…';

/** The highlight without the ellipses the API adds where it trimmed the text. */
export function trimEllipses(segments: readonly Segment[]): Segment[] {
  let out = segments.map((s) => ({ ...s }));
  const first = out[0];
  if (first && !first.mark && first.text.startsWith(ELLIPSIS)) out = dropChars(out, ELLIPSIS.length);
  const last = out.at(-1);
  if (last && !last.mark && last.text.endsWith(ELLIPSIS)) {
    last.text = last.text.slice(0, -ELLIPSIS.length);
    if (!last.text) out.pop();
  }
  return out;
}

/**
 * Lays a (possibly trimmed) highlight over the whole text it was cut from: the text with the
 * highlight's marks, or null when the highlight is not from this text.
 */
export function alignHighlight(highlight: string, full: string): Segment[] | null {
  const core = trimEllipses(splitHighlight(highlight));
  const plain = plainText(core);
  if (!plain.trim()) return null;
  const at = full.indexOf(plain);
  if (at < 0) return null;
  const out: Segment[] = [];
  push(out, full.slice(0, at), false);
  for (const s of core) push(out, s.text, s.mark);
  push(out, full.slice(at + plain.length), false);
  return out;
}

/** The whole text unmarked. */
export function unmarked(text: string): Segment[] {
  return text ? [{ text, mark: false }] : [];
}

/**
 * Where a hit's highlight goes: over its title (claim text, measure, question, belief) when it
 * was cut from that, else over its second text (quote, correction).
 */
export function placeHighlight(highlight: string, title: string, second: string): { title: Segment[]; second: Segment[] } {
  const onTitle = alignHighlight(highlight, title);
  if (onTitle) return { title: onTitle, second: unmarked(second) };
  const onSecond = alignHighlight(highlight, second);
  return { title: unmarked(title), second: onSecond ?? (second ? splitHighlight(highlight) : unmarked(second)) };
}

/**
 * The next index of a roving focus over `count` items for a key: ArrowDown/ArrowUp step (and stop
 * at the last), Home/End jump. -1 means leaving the list upwards (back to the search box); null:
 * the key does not move.
 */
export function moveIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return key === 'ArrowUp' ? -1 : null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? -1 : Math.min(current - 1, count - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Keeps a remembered index inside a list that may have shrunk or grown. */
export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(index, count - 1));
}

export interface HitGroup<T> {
  type: SearchHitType;
  /** Each hit with its index in the whole list as shown (groups one after another). */
  hits: { hit: T; index: number }[];
}

/**
 * Groups ranked hits by type, the groups in the order of their best hit, so the best hit of all
 * comes first and loading more never reorders the groups already shown.
 */
export function groupHits<T extends { type: SearchHitType }>(hits: readonly T[]): HitGroup<T>[] {
  const groups: HitGroup<T>[] = [];
  for (const hit of hits) {
    let g = groups.find((x) => x.type === hit.type);
    if (!g) groups.push((g = { type: hit.type, hits: [] }));
    g.hits.push({ hit, index: -1 });
  }
  let i = 0;
  for (const g of groups) for (const h of g.hits) h.index = i++;
  return groups;
}

export const HIT_TYPES: SearchHitType[] = ['CLAIM', 'STATISTIC', 'RESEARCH_GAP', 'MISCONCEPTION', 'PASSAGE'];

export const TYPE_LABEL: Record<SearchHitType, { one: string; many: string; slug: string }> = {
  CLAIM: { one: 'claim', many: 'Claims', slug: 'claim' },
  STATISTIC: { one: 'statistic', many: 'Statistics', slug: 'statistic' },
  RESEARCH_GAP: { one: 'research gap', many: 'Research gaps', slug: 'gap' },
  MISCONCEPTION: { one: 'misconception', many: 'Misconceptions', slug: 'misconception' },
  PASSAGE: { one: 'passage', many: 'Passages', slug: 'passage' },
};

/** The hit type a URL's `type` names, or null for all types. */
export function typeFromSlug(slug: string | null): SearchHitType | null {
  return HIT_TYPES.find((t) => TYPE_LABEL[t].slug === slug) ?? null;
}

export interface SearchState {
  q: string;
  type?: SearchHitType | null;
  source?: string;
  topic?: string;
}

/** The search view's URL: /search?q=…&type=…&source=…&topic=… (empty values left out). */
export function searchHref({ q, type, source, topic }: SearchState): string {
  const p = new URLSearchParams();
  if (q.trim()) p.set('q', q.trim());
  if (type) p.set('type', TYPE_LABEL[type].slug);
  if (source) p.set('source', source);
  if (topic) p.set('topic', topic);
  const s = p.toString();
  return s ? `/search?${s}` : '/search';
}
