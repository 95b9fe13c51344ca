import { z } from 'zod';

/** Stable ids: a prefix and a local part, e.g. "ceop-2013:s012", "gap:offender-pathways". */
const LocalId = z.string().regex(/^[a-z0-9-]+:[a-z0-9.-]+$/, 'must look like "prefix:local-part" (lower case, digits, dot, dash)');
const Text = (max: number) => z.string().trim().min(3).max(max);

export const TopicsFile = z.object({
  topics: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: Text(80),
        description: Text(300),
      }),
    )
    .min(1),
});
export type TopicsFile = z.infer<typeof TopicsFile>;

/** What every evidence item has: a verbatim quote and, once the anchor tool has run, its offsets. */
const Anchored = {
  id: LocalId,
  quote: z.string().min(1).max(3000),
  occurrence: z.number().int().min(1).optional(),
  after: z.string().min(3).max(300).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  note: Text(1000).optional(),
  /** An item accepted in the app from an ingested document's candidate, as exported: which candidate, who, when. */
  accepted: z
    .object({
      candidate: z.string().min(1).max(200),
      curator: z.string().min(1).max(80),
      at: z.iso.datetime(),
    })
    .strict()
    .optional(),
};

export const ClaimKind = z.enum(['finding', 'assertion', 'recommendation', 'definition', 'method']);

export const ClaimEntry = z.object({
  ...Anchored,
  text: Text(500),
  kind: ClaimKind,
  hedged: z.boolean(),
});

export const StatisticEntry = z
  .object({
  ...Anchored,
  value: z.number().finite(),
  /** Both bounds of a range ("20-40%": low 20, high 40); value is then one of them or the midpoint, as the curator states in measure. */
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  valueText: z.string().trim().min(1).max(60),
  unit: z.string().trim().min(1).max(60),
  measure: Text(300),
  population: Text(300).optional(),
  place: Text(120).optional(),
  period: Text(120).optional(),
  approximate: z.boolean(),
  context: Text(300).optional(),
  })
  .refine((s) => (s.low === undefined) === (s.high === undefined), { message: 'a range stores both bounds, low and high', path: ['high'] })
  .refine((s) => s.low === undefined || (s.low <= s.value && s.value <= s.high!), { message: 'value lies within low..high', path: ['value'] });

export const MisconceptionEntry = z.object({
  ...Anchored,
  misconception: z.string().regex(/^misc:[a-z0-9.-]+$/, 'must look like "misc:short-name"'),
  stance: z.enum(['challenges', 'reinforces']),
  text: Text(500),
  belief: Text(400).optional(),
  correction: Text(600).optional(),
});

export const GapEntry = z.object({
  ...Anchored,
  gap: z.string().regex(/^gap:[a-z0-9.-]+$/, 'must look like "gap:short-name"'),
  question: z
    .string()
    .trim()
    .min(10)
    .max(400)
    .refine((q) => q.endsWith('?'), 'a research gap is phrased as a question ending in "?"')
    .optional(),
  text: Text(500).optional(),
  priority: z.number().optional(),
  priorityBasis: Text(200).optional(),
});

/** A sentence with a number or a gap phrase that is deliberately not curated, and why (read by the coverage report). */
export const SkipEntry = z.object({
  quote: z.string().min(4).max(3000),
  occurrence: z.number().int().min(1).optional(),
  after: z.string().min(3).max(300).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  reason: Text(300),
});

export const EvidenceFile = z.object({
  source: z.string().regex(/^[a-z0-9-]+$/),
  claims: z.array(ClaimEntry).default([]),
  statistics: z.array(StatisticEntry).default([]),
  misconceptions: z.array(MisconceptionEntry).default([]),
  gaps: z.array(GapEntry).default([]),
  skipped: z.array(SkipEntry).default([]),
});

export type ClaimEntry = z.infer<typeof ClaimEntry>;
export type StatisticEntry = z.infer<typeof StatisticEntry>;
export type MisconceptionEntry = z.infer<typeof MisconceptionEntry>;
export type GapEntry = z.infer<typeof GapEntry>;
export type EvidenceFile = z.infer<typeof EvidenceFile>;
export type SkipEntry = z.infer<typeof SkipEntry>;
export const SECTIONS = ['claims', 'statistics', 'misconceptions', 'gaps'] as const;
export type Section = (typeof SECTIONS)[number];
