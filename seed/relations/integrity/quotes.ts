/** Endpoint quotes that cannot carry a relation's point: fragments, too short, or cut at an edge; and the numbers a text uses. */
import type { ClaimRecord, StatisticRecord } from '../../../core/records.ts';
import { fold } from './terms.ts';

// Fragments: a quote whose key word points outside it, or that stops mid-sentence.

/** Words that open a quote and need an antecedent outside it ("This is inaccurate", "These differences", "such cases"). */
const ANAPHOR = /^(?:this|these|that|those|it|its|they|their|them|such|he|she)\b/i;
/** Openings that look like an anaphor but need no antecedent: self-reference of the source, expletive "it", discourse markers. */
const NOT_ANAPHOR =
  /^(?:(?:this|these)\s+(?:report|research|study|assessment|paper|article|document|section|chapter|researchers|authors|year)\b|that said\b|those(?:\s+[\p{L}-]+){0,3}?\s+(?:with|who|whose|that|which)\b|it\s+(?:is|was|seems|seemed|would|will|could|did|does|appears|appeared|may|might|can|should|must|remains)\b(?:\s+\S+){0,6}?\s+(?:that|to|whether|how|not|when|if)\b|it[’']s\s+(?:much|very|really|not|hard|difficult|easier)\b)/iu;

/** Why an endpoint quote is a fragment, or undefined. Statistics quote a figure's words, so only their opening is tested. */
export function fragmentOf(i: Pick<ClaimRecord, 'quote' | 'reading' | 'suffix'>, isStatistic = false): string | undefined {
  const q = fold(i.reading ?? i.quote).replace(/^[\s\-–•*"“‘(]+/, '');
  if (ANAPHOR.test(q) && !NOT_ANAPHOR.test(q)) return `it opens with "${q.split(' ').slice(0, 3).join(' ')}", whose antecedent lies outside the quote`;
  if (isStatistic) return undefined;
  const next = i.suffix.replace(/^\s+/, '');
  if (!/[.!?;:)"”’]$/.test(q) && /^[a-z]/.test(next))
    return `it stops mid-sentence ("…${q.split(' ').slice(-3).join(' ')}" is followed by "${next.split(/\s+/).slice(0, 3).join(' ')}")`;
  return undefined;
}

/**
 * The numbers a text uses: digits (thousands separators dropped, a trailing ".0" or "%" ignored)
 * Years (1990–2029, also "2011/12") name a source's period, which is item metadata, not a figure,
 * and are left out, as are item ids and bracketed citations.
 */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  const plain = text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b[a-z0-9-]+:[a-z0-9.-]+\b/gi, ' ')
    .replace(/\b(?:199\d|20[0-2]\d)(?:\/\d{2}|s)?\b(?!%|\.\d)/g, ' ');
  for (const m of plain.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = m[0]
      .replace(/,(?=\d{3}\b)/g, '')
      .replace(/,$/, '')
      .replace(/\.0+$/, '');
    if (n) out.push(n);
  }
  return out;
}

const WORD_COUNT = (s: string) =>
  fold(s)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Why an endpoint quote is too short to carry a relation's point, or undefined. */
export function shortQuoteOf(i: Pick<ClaimRecord, 'quote' | 'reading'>, s?: Pick<StatisticRecord, 'valueText' | 'context'>): string | undefined {
  const q = fold(i.reading ?? i.quote);
  const words = WORD_COUNT(q);
  if (s) {
    const rest = fold(q.replace(s.valueText, ' '))
      .replace(/[\s%.,;:()–-]+/g, ' ')
      .trim();
    if (!/\p{L}{2,}/u.test(rest)) return `it holds only the figure ("${q}")`;
    if (words < 4 && !s.context) return `${words} word${words === 1 ? '' : 's'} ("${q}") and no table context`;
    return undefined;
  }
  return words < 4 ? `${words} word${words === 1 ? '' : 's'} ("${q}")` : undefined;
}

/** A quote that opens on a connective pointing back ("the former", "which", "and", "but") or ends before its denominator. */
export function fragmentEdgeOf(i: Pick<ClaimRecord, 'quote' | 'reading'>): string | undefined {
  const q = fold(i.reading ?? i.quote).replace(/^[\s\-–•*"“‘(]+/, '');
  const open = /^(?:the former|the latter|which|and|but)\b/i.exec(q);
  if (open) return `it opens with "${open[0]}", which points outside the quote`;
  if (/\b(?:of|out of)[\s,;:]*$/i.test(q)) return `it ends on "${q.split(' ').slice(-2).join(' ')}", before the denominator`;
  return undefined;
}
