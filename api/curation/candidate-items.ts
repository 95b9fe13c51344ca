/**
 * What an accepted candidate becomes, as the seed builds it (seed/evidence/build.ts): a claim
 * candidate a Claim; a statistic a Statistic; a misconception a Claim of kind correction or belief
 * mentioning a Misconception; a gap a Claim of kind open-question raising a ResearchGap. Pure:
 * the span check runs on the stored text the passages hold, and every record is checked here.
 */
import { z } from 'zod';
import { CURATED_CLAIM_KINDS } from '../../core/vocabulary.ts';
import type { ClaimRecord, StatisticRecord } from '../../core/records.ts';
import { badField } from '../errors.ts';
import type { CandidateModel } from '../models.ts';

/** The longest quote an item may have (as the evidence files allow), and the context kept either side (as the seed keeps). */
export const MAX_QUOTE = 3000;
export const ANCHOR_CONTEXT = 32;

const text = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

export const AcceptInput = z
  .object({
    start: z.number().int().min(0).nullish(),
    end: z.number().int().min(1).nullish(),
    quote: z.string().max(MAX_QUOTE).nullish(),
    text: text(3, 500).nullish(),
    kind: z.enum(CURATED_CLAIM_KINDS, { error: 'must be a curated claim kind (FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD)' }).nullish(),
    hedged: z.boolean().nullish(),
    topics: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'must be topic ids'))
      .min(1, 'at least one topic')
      .max(20)
      .nullish(),
    value: z.number().finite().nullish(),
    low: z.number().finite().nullish(),
    high: z.number().finite().nullish(),
    valueText: text(1, 60).nullish(),
    unit: text(1, 60).nullish(),
    measure: text(3, 300).nullish(),
    approximate: z.boolean().nullish(),
    question: text(10, 400)
      .refine((q) => q.endsWith('?'), 'a research gap is phrased as a question ending in "?"')
      .nullish(),
    stance: z.enum(['CHALLENGES', 'REINFORCES']).nullish(),
    belief: text(3, 400).nullish(),
    correction: text(3, 600).nullish(),
  })
  .refine((i) => (i.start == null) === (i.end == null), { message: 'give both start and end, or neither', path: ['end'] })
  .refine((i) => (i.low == null) === (i.high == null), { message: 'a range gives both bounds, low and high', path: ['high'] });
export type AcceptInput = z.infer<typeof AcceptInput>;

/** A stretch of the stored text: the raw text of consecutive passages from `base`. */
export interface StoredStretch {
  base: number;
  text: string;
  passages: { id: string; start: number; end: number }[];
}

/** Joins passages into the stretch of stored text they tile; null when they leave a hole (the text is not stored whole). */
export function stretchOf(passages: { id: string; start: number; end: number; raw: string }[]): StoredStretch | null {
  if (!passages.length) return null;
  for (let i = 1; i < passages.length; i++) if (passages[i]!.start !== passages[i - 1]!.end) return null;
  for (const p of passages) if (p.raw.length !== p.end - p.start) return null;
  return { base: passages[0]!.start, text: passages.map((p) => p.raw).join(''), passages: passages.map(({ id, start, end }) => ({ id, start, end })) };
}

/** The span an item will quote: the candidate's, or the curator's (start/end), checked against the stored text. */
export function checkSpan(c: CandidateModel, input: AcceptInput, length: number) {
  const start = input.start ?? c.start;
  const end = input.end ?? c.end;
  if (end <= start) throw badField('input.end', 'must be after start');
  if (end - start > MAX_QUOTE) throw badField('input.end', `a quote is at most ${MAX_QUOTE} characters`);
  if (end > length) throw badField('input.end', `is beyond the end of the stored text (${length} characters)`);
  return { start, end };
}

/** The quote and its anchor context from the stored stretch; the curator's quote, if given, must be exactly it. */
export function quoteAt(stretch: StoredStretch, start: number, end: number, given: string | null | undefined) {
  const at = (i: number) => i - stretch.base;
  if (at(start) < 0 || at(end) > stretch.text.length) throw new Error('the stored text around the quote is incomplete');
  const quote = stretch.text.slice(at(start), at(end));
  if (given != null && given !== quote)
    throw badField('input.quote', `is not the stored text at ${start}–${end} (which reads ${JSON.stringify(quote.slice(0, 80))})`);
  if (!quote.trim()) throw badField('input.start', 'the span holds no text');
  return {
    quote,
    prefix: stretch.text.slice(Math.max(0, at(start) - ANCHOR_CONTEXT), at(start)),
    suffix: stretch.text.slice(at(end), at(end) + ANCHOR_CONTEXT),
    passageIds: stretch.passages.filter((p) => p.start < end && p.end > start).map((p) => p.id),
  };
}

/** The ids an accepted candidate's item (and its gap or misconception) get: stable, from the candidate's. */
export function itemIds(c: Pick<CandidateModel, 'id' | 'type' | 'sourceId'>) {
  const hash = c.id.slice(c.id.lastIndexOf('-') + 1);
  return {
    item: `${c.sourceId}:${c.type === 'statistic' ? 's' : 'c'}-${hash}`,
    gap: `gap:${c.sourceId}-${hash}`,
    misconception: `misc:${c.sourceId}-${hash}`,
  };
}

const one = (s: string) => s.replace(/\s+/g, ' ').trim();

function proposition(quote: string, input: AcceptInput): string {
  const t = input.text ?? one(quote);
  if (t.length > 500) throw badField('input.text', 'the quote is longer than 500 characters: state the proposition in at most 500');
  if (t.length < 3) throw badField('input.text', 'must be at least 3 characters');
  return t;
}

/** How a figure is written when the curator does not say: "12%", "20–40%", "1,200". */
export function defaultValueText(value: number, low: number | null, high: number | null, unit: string): string {
  const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const pct = unit === '%' || unit === 'percent' ? '%' : '';
  return (low != null && high != null ? `${n(low)}–${n(high)}` : n(value)) + pct;
}

export type Anchor = Omit<ClaimRecord, 'text' | 'kind' | 'hedged' | 'passageIds'>;

export type Made =
  | { label: 'Claim'; item: Omit<ClaimRecord, 'passageIds'>; gap?: { id: string; question: string; definedBy: string; priority: null } }
  | {
      label: 'Claim';
      item: Omit<ClaimRecord, 'passageIds'>;
      stance: 'CHALLENGES' | 'REINFORCES';
      misconception: { id: string; belief: string; correction: string; definedBy: string };
    }
  | { label: 'Statistic'; item: Omit<StatisticRecord, 'passageIds'> };

/** The records the candidate becomes, from its anchor and the curator's edits; a missing required field is a BadInput naming it. */
export function makeItem(c: CandidateModel, anchor: Anchor, input: AcceptInput): Made {
  const ids = itemIds(c);
  if (c.type === 'statistic') {
    const value = input.value ?? c.value;
    if (value == null) throw badField('input.value', 'a statistic needs its value');
    const [low, high] = input.low != null ? [input.low, input.high!] : [c.low, c.high];
    if (low != null && high != null && !(low <= value && value <= high)) throw badField('input.value', 'must lie within low..high');
    const unit = input.unit ?? c.unit;
    if (!unit) throw badField('input.unit', 'a statistic needs its unit');
    const measure = input.measure ?? c.measure;
    if (!measure || measure.trim().length < 3) throw badField('input.measure', 'a statistic needs what it measures (at least 3 characters)');
    return {
      label: 'Statistic',
      item: {
        ...anchor,
        value,
        low: low ?? null,
        high: high ?? null,
        valueText: input.valueText ?? defaultValueText(value, low ?? null, high ?? null, unit),
        unit,
        measure: measure.trim(),
        population: null,
        place: null,
        period: null,
        approximate: input.approximate ?? c.approximate ?? false,
        context: null,
      },
    };
  }
  const text = proposition(anchor.quote, input);
  if (c.type === 'claim') return { label: 'Claim', item: { ...anchor, text, kind: input.kind ?? 'finding', hedged: input.hedged ?? false } };
  if (c.type === 'gap') {
    const question = input.question ?? (text.endsWith('?') && text.length >= 10 ? text : null);
    if (!question) throw badField('input.question', 'a research gap needs the question it asks, ending in "?"');
    return {
      label: 'Claim',
      item: { ...anchor, text, kind: 'open-question', hedged: false },
      gap: { id: ids.gap, question, definedBy: anchor.id, priority: null },
    };
  }
  const stance = input.stance ?? 'CHALLENGES';
  if (!input.belief || !input.correction)
    throw badField(input.belief ? 'input.correction' : 'input.belief', 'a misconception needs the belief and its correction');
  return {
    label: 'Claim',
    item: { ...anchor, text, kind: stance === 'CHALLENGES' ? 'correction' : 'belief', hedged: false },
    stance,
    misconception: { id: ids.misconception, belief: input.belief, correction: input.correction, definedBy: anchor.id },
  };
}
