/** Pure helpers for item pages: which kind of item an id names, and whether it has a trace. */

export type ItemKind = 'evidence' | 'gap' | 'misconception';

/** Gaps and misconceptions have `gap:` and `misc:` ids (docs/design-notes.md); claims and statistics `<source>:<local>`. */
export function itemKindOf(id: string): ItemKind {
  if (id.startsWith('gap:')) return 'gap';
  if (id.startsWith('misc:')) return 'misconception';
  return 'evidence';
}

export interface TraceCounts {
  cites: readonly unknown[];
  citedBy: number;
}

/** Trace is offered only where a statement cites another corpus document, or is cited by one. */
export function hasTrace(links: TraceCounts | null | undefined): boolean {
  return !!links && (links.cites.length > 0 || links.citedBy > 0);
}

export const VERDICT_LABEL: Record<string, string> = { FAITHFUL: 'faithful', DISTORTED: 'distorted', UNSUPPORTED: 'unsupported' };

/**
 * The label of a statistic's `context`: where in the source the figure sits. It names a table, a
 * footnote, an appendix case or a slide, so the label names none of them.
 */
export const STATISTIC_CONTEXT_LABEL = 'Where in the source';
