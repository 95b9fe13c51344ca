/**
 * The project's vocabulary, once: item types, relation kinds and subtypes, statuses, verdicts and
 * passage roles, with the labels people read. Pure data: the seed loader, the API and the web
 * forms all take their lists from here. Stored values are lower-case where the files write them
 * so (subtypes, statuses, verdicts); GraphQL spells the same values in upper case.
 */

export const RELATION_KINDS = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN'] as const;
export type RelationKindValue = (typeof RELATION_KINDS)[number];

export const RELATION_KIND_LABEL: Record<RelationKindValue, { label: string; hint: string }> = {
  SUPPORTS: { label: 'Supports', hint: 'the two say the same, or one backs the other' },
  CONTRADICTS: { label: 'Contradicts', hint: 'both cannot be true under the same facets (needs a subtype)' },
  QUALIFIES: { label: 'Qualifies', hint: 'one narrows or conditions the other (needs a subtype)' },
  ASSERTED_VS_OPEN: { label: 'Asserted vs open', hint: 'the first states as fact what the second raises as an open question' },
};

/** Whether a disagreement is direct or depends on a facet, so it can be filtered. */
export const RELATION_SUBTYPES = ['direct', 'period', 'population', 'place', 'definition', 'measure', 'scope', 'emphasis', 'trend'] as const;
export type RelationSubtypeValue = (typeof RELATION_SUBTYPES)[number];

export const RELATION_SUBTYPE_LABEL: Record<RelationSubtypeValue, string> = {
  direct: 'Direct',
  period: 'Depends on period',
  population: 'Depends on population',
  place: 'Depends on place',
  definition: 'Depends on definition',
  measure: 'Different measures',
  scope: 'Depends on scope',
  emphasis: 'Difference of emphasis',
  trend: 'Trend against level',
};

/** A label for a subtype in either spelling (stored `period` or GraphQL `PERIOD`). */
export function subtypeLabel(subtype: string): string {
  return RELATION_SUBTYPE_LABEL[subtype.toLowerCase() as RelationSubtypeValue] ?? subtype;
}

export const RELATION_STATUSES = ['curated', 'proposed', 'rejected'] as const;
export type RelationStatusValue = (typeof RELATION_STATUSES)[number];

export const ATTRIBUTION_VERDICTS = ['faithful', 'distorted', 'unsupported'] as const;
export type AttributionVerdictValue = (typeof ATTRIBUTION_VERDICTS)[number];

/** How two statistics of a comparison group compare. */
export const COMPARISON_VERDICTS = ['consistent', 'conflicting', 'not-comparable'] as const;
export type ComparisonVerdictValue = (typeof COMPARISON_VERDICTS)[number];

export const GAP_STATUSES = ['open', 'partly-addressed', 'addressed'] as const;
export type GapStatusValue = (typeof GAP_STATUSES)[number];

/** How a source's text is laid out: running text or a slide deck. */
export const SOURCE_LAYOUTS = ['document', 'slides'] as const;
export type SourceLayoutValue = (typeof SOURCE_LAYOUTS)[number];

export const PASSAGE_ROLES = ['body', 'heading', 'footnote', 'table', 'caption', 'pageFurniture'] as const;
export type PassageRole = (typeof PASSAGE_ROLES)[number];

/** The five curated kinds of claim, and the three kinds a misconception or gap mention is stored as. */
export const CURATED_CLAIM_KINDS = ['finding', 'assertion', 'recommendation', 'definition', 'method'] as const;
export const MENTION_CLAIM_KINDS = ['correction', 'belief', 'open-question'] as const;
export type ClaimKindValue = (typeof CURATED_CLAIM_KINDS)[number] | (typeof MENTION_CLAIM_KINDS)[number];
/** What a claim of each kind is called where it is shown (a mention of a misconception or a gap says so). */
export const CLAIM_KIND_LABEL: Record<ClaimKindValue, string> = {
  finding: 'Finding',
  assertion: 'Assertion',
  recommendation: 'Recommendation',
  definition: 'Definition',
  method: 'Method',
  correction: 'Corrects a misconception',
  belief: 'Repeats a misconception',
  'open-question': 'Raises a research gap',
};
/** A claim kind's label from either spelling (stored `open-question` or GraphQL `OPEN_QUESTION`); unknown kinds as given. */
export function claimKindLabel(kind: string): string {
  return CLAIM_KIND_LABEL[kind.toLowerCase().replace(/_/g, '-') as ClaimKindValue] ?? kind;
}

export const ITEM_TYPES = ['claim', 'statistic', 'misconception', 'gap'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** An ingested document's candidate: proposed by the extractor, then accepted (an item was made) or rejected by a curator. */
export const CANDIDATE_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type CandidateStatusValue = (typeof CANDIDATE_STATUSES)[number];

/** What a search hit can be (GraphQL SearchHitType). */
export const SEARCH_HIT_TYPES = ['CLAIM', 'STATISTIC', 'MISCONCEPTION', 'RESEARCH_GAP', 'PASSAGE'] as const;
export type SearchHitTypeValue = (typeof SEARCH_HIT_TYPES)[number];
