/**
 * Re-anchoring quotes when a source's text is replaced by a revised one: each quote is looked for
 * in the new text by (1) exact match, the occurrence nearest its old relative position; (2) its
 * W3C TextQuote context, the quote with up to 32 characters of prefix and suffix, whitespace
 * folded; (3) fuzzy: the window of the new text with the most words in common with the quote,
 * accepted when they share at least 85 % of the quote's words in order. What is not found is
 * orphaned. Pure: no files, no database.
 */

export interface Anchor {
  id: string;
  quote: string;
  start: number;
  end: number;
}

export type AnchorOutcome =
  | { id: string; status: 'kept'; start: number; end: number; method: 'exact' }
  | { id: string; status: 'moved'; start: number; end: number; method: 'exact' | 'context' | 'fuzzy' }
  | { id: string; status: 'orphaned' };

const CONTEXT = 32;

/** A word for fuzzy comparison: lower case, without punctuation at its edges. */
const word = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Whitespace folded to one space, with a map from folded offsets back to the original. */
function fold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (!space) {
        folded += ' ';
        map.push(i);
      }
      space = true;
    } else {
      folded += text[i];
      map.push(i);
      space = false;
    }
  }
  map.push(text.length);
  return { folded, map };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export function reanchor(oldText: string, newText: string, anchors: Anchor[]): AnchorOutcome[] {
  const f = fold(newText);
  const newWords = [...newText.matchAll(/\S+/g)].map((m) => ({ w: word(m[0]), start: m.index, end: m.index + m[0].length }));
  return anchors.map((a): AnchorOutcome => {
    const quote = oldText.slice(a.start, a.end) || a.quote;
    // 1. Exact: at the old offset, else the only occurrence, else the one nearest the old relative
    // position (found from there outwards, so a short quote's many occurrences are not all listed).
    const first = quote ? newText.indexOf(quote) : -1;
    if (first !== -1) {
      if (newText.startsWith(quote, a.start)) {
        return a.end - a.start === quote.length
          ? { id: a.id, status: 'kept', start: a.start, end: a.start + quote.length, method: 'exact' }
          : { id: a.id, status: 'moved', start: a.start, end: a.start + quote.length, method: 'exact' };
      }
      if (newText.indexOf(quote, first + 1) === -1) return { id: a.id, status: 'moved', start: first, end: first + quote.length, method: 'exact' };
      const target = (a.start / Math.max(1, oldText.length)) * newText.length;
      const before = newText.lastIndexOf(quote, Math.floor(target));
      const after = newText.indexOf(quote, Math.floor(target) + 1);
      const at = before === -1 || (after !== -1 && Math.abs(after - target) < Math.abs(before - target)) ? after : before;
      // Several occurrences: let the context decide, else the nearest.
      const byContext = withContext(oldText, a, f);
      if (byContext) return { id: a.id, status: 'moved', ...byContext, method: 'context' };
      return { id: a.id, status: 'moved', start: at, end: at + quote.length, method: 'exact' };
    }
    // 2. TextQuote: prefix + quote + suffix, whitespace folded.
    const byContext = withContext(oldText, a, f);
    if (byContext) return { id: a.id, status: 'moved', ...byContext, method: 'context' };
    // 3. Fuzzy: the best window of the same number of words.
    const fuzzy = fuzzyFind(quote, newWords);
    if (fuzzy) return { id: a.id, status: 'moved', ...fuzzy, method: 'fuzzy' };
    return { id: a.id, status: 'orphaned' };
  });
}

function withContext(oldText: string, a: Anchor, f: { folded: string; map: number[] }): { start: number; end: number } | null {
  const q = fold(oldText.slice(a.start, a.end)).folded.trim();
  if (!q) return null;
  const prefix = fold(oldText.slice(Math.max(0, a.start - CONTEXT), a.start)).folded.trimStart();
  const suffix = fold(oldText.slice(a.end, a.end + CONTEXT)).folded.trimEnd();
  for (const [p, s] of [
    [prefix, suffix],
    [prefix, ''],
    ['', suffix],
    ['', ''],
  ] as const) {
    const hits = occurrences(f.folded, p + q + s);
    if (hits.length === 1) {
      const from = hits[0]! + p.length;
      return { start: f.map[from]!, end: f.map[from + q.length - 1]! + 1 };
    }
  }
  return null;
}

function fuzzyFind(quote: string, words: { w: string; start: number; end: number }[]): { start: number; end: number } | null {
  const q = (quote.match(/\S+/g) ?? []).map(word);
  if (q.length < 4 || !words.length) return null;
  const want = new Map<string, number>();
  for (const w of q) want.set(w, (want.get(w) ?? 0) + 1);
  const n = q.length;
  let best = { score: 0, at: -1 };
  // Sliding window of n words: count of shared words (multiset), updated incrementally.
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, d: number) => {
    // A word not in the quote changes nothing shared.
    if (!want.has(w)) return;
    const before = Math.min(have.get(w) ?? 0, want.get(w) ?? 0);
    have.set(w, (have.get(w) ?? 0) + d);
    shared += Math.min(have.get(w)!, want.get(w) ?? 0) - before;
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]!.w, 1);
    if (i >= n) add(words[i - n]!.w, -1);
    if (i >= n - 1 && shared > best.score) best = { score: shared, at: i - n + 1 };
  }
  if (best.at < 0 || best.score / n < 0.85) return null;
  // Trim the window to start and end on words of the quote.
  let s = best.at;
  let e = Math.min(words.length - 1, best.at + n - 1);
  while (s < e && !want.has(words[s]!.w)) s++;
  while (e > s && !want.has(words[e]!.w)) e--;
  return { start: words[s]!.start, end: words[e]!.end };
}

export function summarise(outcomes: AnchorOutcome[]): { kept: number; moved: number; orphaned: number } {
  return {
    kept: outcomes.filter((o) => o.status === 'kept').length,
    moved: outcomes.filter((o) => o.status === 'moved').length,
    orphaned: outcomes.filter((o) => o.status === 'orphaned').length,
  };
}
