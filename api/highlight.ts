import type { SearchNodeModel } from './models.ts';
import { reflow } from '../core/reflow.ts';

const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/** Marks the words of a query in a text with [[ ]] and trims to a window around the first match. */
export function highlight(text: string, query: string, window = 240): string {
  const all = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
  // The index's English analyzer ignores these too; marking them would only add noise.
  const words = all.filter((w) => !STOPWORDS.has(w));
  if (words.length === 0) return text.slice(0, window);
  // Rough English stemming, as loose as the index's analyzer: "live" also marks "living", "lives".
  const stems = words.map((w) => (w.length > 3 ? w.replace(/(ing|ed|es|e|s|y)$/, '') : w));
  const re = new RegExp(`\\b(${stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const first = text.search(re);
  let start = 0;
  if (first > window / 3) {
    start = text.lastIndexOf(' ', first - Math.floor(window / 3));
    if (start < 0) start = 0;
  }
  const end = Math.min(text.length, start + window);
  const slice = text.slice(start, end).replace(re, '[[$&]]');
  return `${start > 0 ? '…' : ''}${slice.trim()}${end < text.length ? '…' : ''}`;
}

/** The highlight of a search hit: the first of its texts that holds a word of the query. */
export function highlightHit(n: SearchNodeModel, query: string): string {
  const texts: string[] = (() => {
    switch (n.__typename) {
      case 'Claim':
        return [n.text, reflow(n.reading ?? n.quote)];
      case 'Statistic':
        return [`${n.valueText} ${n.unit}: ${n.measure}`, reflow(n.reading ?? n.quote)];
      case 'Misconception':
        return [n.belief, n.correction];
      case 'ResearchGap':
        return [n.question];
      case 'Passage':
        return [n.text];
    }
  })();
  const marked = texts.map((t) => highlight(t, query));
  return marked.find((h) => h.includes('[[')) ?? marked[0]!;
}
