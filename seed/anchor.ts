/**
 * Locates a curator's quote in a raw corpus file. Whitespace is tolerant (a run of spaces or
 * line breaks in the quote matches any run of whitespace in the file, so a quote can be written
 * on one line), everything else is exact. The result is the exact raw span: raw.slice(start, end).
 */
export interface Span {
  start: number;
  end: number;
}

export type AnchorResult =
  | { ok: true; span: Span; matches: number }
  | {
      ok: false;
      reason: 'empty' | 'not-found' | 'ambiguous' | 'occurrence-out-of-range' | 'after-not-found' | 'ambiguous-after';
      matches: number;
      candidates: Span[];
    };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function quotePattern(quote: string): RegExp {
  const parts = quote.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  return new RegExp(parts.join('\\s+'), 'g');
}

export function findAll(raw: string, quote: string): Span[] {
  const spans: Span[] = [];
  if (!quote.trim()) return spans;
  const re = quotePattern(quote);
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return spans;
}

/** Whitespace-folded form used to compare a curator's quote with a raw span. */
export function foldWhitespace(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

export interface AnchorHint {
  /** 1-based: take the Nth match (counted from `after`, when given). */
  occurrence?: number;
  /** Text that must occur once in the file; the quote is looked for after it (for short table cells). */
  after?: string;
}

export function anchorQuote(raw: string, quote: string, hint: AnchorHint = {}): AnchorResult {
  if (!quote.trim()) return { ok: false, reason: 'empty', matches: 0, candidates: [] };
  let spans = findAll(raw, quote);
  const { occurrence } = hint;
  if (hint.after !== undefined) {
    const marks = findAll(raw, hint.after);
    if (marks.length !== 1) return { ok: false, reason: marks.length ? 'ambiguous-after' : 'after-not-found', matches: marks.length, candidates: marks };
    const from = marks[0]!.end;
    spans = spans.filter((s) => s.start >= from);
    if (occurrence === undefined) spans = spans.slice(0, 1);
  }
  if (spans.length === 0) return { ok: false, reason: 'not-found', matches: 0, candidates: [] };
  if (occurrence !== undefined) {
    const span = spans[occurrence - 1];
    return span ? { ok: true, span, matches: spans.length } : { ok: false, reason: 'occurrence-out-of-range', matches: spans.length, candidates: spans };
  }
  if (spans.length > 1) return { ok: false, reason: 'ambiguous', matches: spans.length, candidates: spans };
  return { ok: true, span: spans[0]!, matches: 1 };
}

/** A stored span is valid when it still reads as the curator's quote. */
export function spanMatchesQuote(raw: string, span: Span, quote: string): boolean {
  if (span.start < 0 || span.end > raw.length || span.start >= span.end) return false;
  return foldWhitespace(raw.slice(span.start, span.end)) === foldWhitespace(quote);
}

/** 1-based line and column of an offset, for error messages a person can follow. */
export function lineCol(raw: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = raw.indexOf('\n'); i !== -1 && i < offset; i = raw.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}
