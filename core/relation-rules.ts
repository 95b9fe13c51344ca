/**
 * Rules a relation must meet wherever it is made: in a relations file, through the API, or in the
 * review form. Pure functions; each caller turns a problem into its own kind of error.
 */
/** Rationale length, in characters (also what a relations file accepts, so API decisions can be written back). */
export const RELATION_RATIONALE = { min: 10, max: 600 } as const;
/** Kept for readers of the older name. */
export const RELATION_RATIONALE_MAX = RELATION_RATIONALE.max;
/** A curator's note on an item, and a rejection reason. */
export const ANNOTATION_LENGTH = { min: 1, max: 2000 } as const;
export const REASON_MAX = 1000;

/** CONTRADICTS and QUALIFIES say on which facet they depend (or `direct`). */
export function needsSubtype(kind: string): boolean {
  return kind === 'CONTRADICTS' || kind === 'QUALIFIES';
}

/**
 * CONTRADICTS means both statements cannot be true under the same facets: the disagreement is
 * direct or lies in a definition. One that depends on period, population, place, measure, scope
 * or emphasis QUALIFIES (docs/curation.md).
 */
export const CONTRADICTS_SUBTYPES = ['direct', 'definition'] as const;
export function contradictionSubtypeAllowed(subtype: string): boolean {
  return (CONTRADICTS_SUBTYPES as readonly string[]).includes(subtype.toLowerCase());
}

/** ASSERTED_VS_OPEN points from an asserted statement to one that raises the matter as open. */
export function needsOpenQuestionTarget(kind: string): boolean {
  return kind === 'ASSERTED_VS_OPEN';
}
export const OPEN_QUESTION_KIND = 'open-question';
