/**
 * Which quoted spans the reader highlights. By default only the selected item is highlighted and
 * every other quote gets a subtle mark, so a page is not underlined everywhere; the reader can
 * instead show every quote in its type's colour, or the quotes of one type.
 */

export const HIGHLIGHT_MODES = ['selected', 'all', 'claim', 'statistic', 'open_question', 'correction'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];
export type SpanKind = Exclude<HighlightMode, 'selected' | 'all'>;

export const MODE_LABEL: Record<HighlightMode, string> = {
  selected: 'Selected item only',
  all: 'All quotes',
  claim: 'Claims',
  statistic: 'Statistics',
  open_question: 'Research gaps raised',
  correction: 'Misconceptions',
};

export interface KindedSpan {
  id: string;
  type: 'CLAIM' | 'STATISTIC';
  kind?: string | null;
}

/** The colour family of a quoted span. */
export function spanKind(span: KindedSpan): SpanKind {
  if (span.type === 'STATISTIC') return 'statistic';
  if (span.kind === 'OPEN_QUESTION') return 'open_question';
  if (span.kind === 'CORRECTION' || span.kind === 'BELIEF') return 'correction';
  return 'claim';
}

/** The mode named in the URL, or the default. */
export function parseMode(value: string | null): HighlightMode {
  return HIGHLIGHT_MODES.find((m) => m === value) ?? 'selected';
}

/**
 * How a piece of text covered by these spans (shortest first) is marked: `strong` in a type's
 * colour (with the span that gives it), or `subtle`. The selected item always shows strongly.
 */
export function markOf<S extends KindedSpan>(spans: readonly S[], mode: HighlightMode, selected: string | null): { strong: boolean; span: S } | null {
  const first = spans[0];
  if (!first) return null;
  const chosen = selected ? spans.find((s) => s.id === selected) : undefined;
  if (chosen) return { strong: true, span: chosen };
  if (mode === 'all') return { strong: true, span: first };
  if (mode !== 'selected') {
    const ofKind = spans.find((s) => spanKind(s) === mode);
    if (ofKind) return { strong: true, span: ofKind };
  }
  return { strong: false, span: first };
}
