import { z } from 'zod';
import { RELATION_RATIONALE } from '../../core/relation-rules.ts';
import { ATTRIBUTION_VERDICTS, GAP_STATUSES, RELATION_KINDS, RELATION_STATUSES, RELATION_SUBTYPES } from '../../core/vocabulary.ts';

const ItemId = z.string().regex(/^[a-z0-9-]+:[a-z0-9.-]+$/, 'must be an evidence item id such as "ceop-2013:s012"');
const Text = (max: number) => z.string().trim().min(10).max(max);
const Meta = {
  confidence: z.number().min(0).max(1),
  status: z.enum(RELATION_STATUSES).default('curated'),
  curator: z.string().trim().min(2).max(80),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD'),
};
/** When a curator last reviewed the entry against the written standard (docs/curation.md). */
const Reviewed = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
  .optional();

/** Subtypes say whether a disagreement is direct or depends on a facet, so it can be filtered. */
export const RelationSubtype = z.enum(RELATION_SUBTYPES);

/** Also the API's limit, so every relation made through it can be written back to a file. */
export const RELATION_RATIONALE_MAX = RELATION_RATIONALE.max;

export const RelationEntry = z.object({
  id: z.string().regex(/^rel:[a-z0-9.-]+$/, 'must look like "rel:short-name"'),
  kind: z.enum(RELATION_KINDS),
  subtype: RelationSubtype.optional(),
  from: ItemId,
  to: ItemId,
  rationale: Text(RELATION_RATIONALE_MAX),
  /** CONTRADICTS / QUALIFIES: the research gap the tension bears on, where one exists. */
  gap: z
    .string()
    .regex(/^gap:[a-z0-9.-]+$/, 'must be a research gap id such as "gap:short-name"')
    .optional(),
  ...Meta,
  reviewed: Reviewed,
});

export const AttributionEntry = z.object({
  id: z.string().regex(/^att:[a-z0-9.-]+$/, 'must look like "att:short-name"'),
  from: ItemId,
  /** The citation as the citing source writes it, e.g. "[4]" or "(CEOP, 2013)". */
  citation: z.string().trim().min(2).max(120),
  toSource: z.string().regex(/^[a-z0-9-]+$/),
  /** The cited source's own statement; absent when the cited source does not contain it. */
  to: ItemId.optional(),
  verdict: z.enum(ATTRIBUTION_VERDICTS),
  rationale: Text(800),
  ...Meta,
  reviewed: Reviewed,
});

/** A note that begins with a gap status ("Open: …", "Partly addressed: …"). */
const STATUS_PREFIX = new RegExp(`^(${GAP_STATUSES.map((s) => s.replace('-', '[- ]')).join('|')})\\s*:`, 'i');

export const GapStatusEntry = z.object({
  gap: z.string().regex(/^gap:[a-z0-9.-]+$/),
  status: z.enum(GAP_STATUSES),
  addressedBy: z.array(ItemId).default([]),
  // The gap page prints the status as the note's label: a note that begins with it reads "Open: Open: …".
  rationale: Text(800).refine((r) => !STATUS_PREFIX.test(r), 'must not begin with the status ("Open: …"): the gap page shows it already'),
  curator: Meta.curator,
  createdAt: Meta.createdAt,
  reviewed: Reviewed,
});

export const ComparisonGroup = z.object({
  id: z.string().regex(/^cmp:[a-z0-9.-]+$/),
  /** What every statistic in the group measures, in neutral words. */
  measure: Text(300),
  items: z.array(ItemId).min(2),
  /** Largest difference still counted as consistent, in the statistics' unit (e.g. 2 percentage points). */
  tolerance: z.number().min(0),
  note: Text(600).optional(),
  reviewed: Reviewed,
});

export const PairSummary = z.object({
  sources: z.tuple([z.string(), z.string()]),
  summary: Text(2000),
  /** Items the summary rests on: their quotes are shown with it. */
  evidence: z.array(ItemId).min(1),
  /** When the two sources do not overlap, say so and why (evidence may then name one item of each). */
  overlap: z.enum(['substantial', 'some', 'little', 'none']),
  reviewed: Reviewed,
});

/** The integrity checks (seed/relations/integrity.ts) a finding can come from. */
export const INTEGRITY_CHECKS = [
  'rationale-endpoint',
  'twin-span',
  'comparison-attribution',
  'one-sided-facet',
  'range-bound',
  'approximate-hedge',
  'pair-summary-citation',
  'fragment',
  'rationale-quote',
  'not-independent',
  'citing-statement',
  'rationale-number',
  'short-quote',
  'fragment-edge',
  'stale-accepted',
] as const;

/** A finding of an integrity check that a curator judged fine, with the reason, so it is not reported again. */
export const AcceptedFinding = z.object({
  check: z.enum(INTEGRITY_CHECKS),
  /** The relation, item, group or pair id the finding names. */
  id: z.string().min(3).max(200),
  reason: Text(600),
  curator: Meta.curator,
  createdAt: Meta.createdAt,
});

/** A curator's decision on a proposed link that did not become a relation, so it is not proposed again. */
export const ProposalDecision = z.object({
  from: ItemId,
  to: ItemId,
  decision: z.literal('rejected'),
  note: z.string().trim().max(600).optional(),
  curator: Meta.curator,
  createdAt: Meta.createdAt,
});

/** A finding a curator read against the other sources and found no counterpart for (`npm run coverage -- --links`). */
export const NoLinkEntry = z.object({
  item: ItemId,
  /** What the other sources say on the topic, or why none speaks to this finding. */
  reason: Text(600),
  curator: Meta.curator,
  createdAt: Meta.createdAt,
});

export const RelationsFile = z.object({
  decisions: z.array(ProposalDecision).default([]),
  relations: z.array(RelationEntry).default([]),
  attributions: z.array(AttributionEntry).default([]),
  gapStatus: z.array(GapStatusEntry).default([]),
  comparisons: z.array(ComparisonGroup).default([]),
  pairSummaries: z.array(PairSummary).default([]),
  accepted: z.array(AcceptedFinding).default([]),
  noLink: z.array(NoLinkEntry).default([]),
});

export type RelationEntry = z.infer<typeof RelationEntry>;
export type AttributionEntry = z.infer<typeof AttributionEntry>;
export type GapStatusEntry = z.infer<typeof GapStatusEntry>;
export type ComparisonGroup = z.infer<typeof ComparisonGroup>;
export type PairSummary = z.infer<typeof PairSummary>;
export type RelationsFile = z.infer<typeof RelationsFile>;
export type ProposalDecision = z.infer<typeof ProposalDecision>;
export type AcceptedFinding = z.infer<typeof AcceptedFinding>;
export type NoLinkEntry = z.infer<typeof NoLinkEntry>;
