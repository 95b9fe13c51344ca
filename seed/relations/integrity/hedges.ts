/** Hedges on a figure, bounds before it, and ranges: what makes a statistic approximate or two-sided. */
import type { StatisticRecord } from '../../../core/records.ts';
import { fold } from './terms.ts';

/** Words that make the figure itself inexact, anywhere among the few words before it or in the value as written. */
export const HEDGE =
  /\b(?:around|about|approximately|approx\.|almost|nearly|near|roughly|some|just over|just under|something like|circa|c\.|estimated|an estimate|in the region of|or so|or soon after|of the order of|at a minimum)\b|\d0{3},?0{0,3}s\b|\b\d{2,3},000s\b|\d\+|\b(?:millions|thousands|hundreds|dozens)\b/i;
/** A bound ("more than 300", "over half", "less than 1%") counts as approximate too, but only right before the figure. */
const BOUND_BEFORE = /\b(?:more than|less than|fewer than|over|under|at least|up to|in excess of|upwards of)\s*(?:a|an)?\s*$/i;
const BOUND_IN = /^(?:more than|less than|fewer than|over|under|at least|up to|in excess of|upwards of)\b/i;
/** A note that justifies a flag the words do not show (or the reverse) says why in these terms. */
export const HEDGE_NOTE = /approximat|estimat|extrapolat|round|order of magnitude|inexact|exact|not a hedge|bound/i;

/** The words that qualify the figure: the few words just before it in the quote, and the value as written. */
export function figureWords(s: Pick<StatisticRecord, 'valueText' | 'quote' | 'reading'>): { before: string; value: string } {
  const quote = fold(s.reading ?? s.quote);
  const at = quote.indexOf(s.valueText);
  const before =
    at > 0
      ? quote
          .slice(Math.max(0, at - 40), at)
          .trimEnd()
          .split(' ')
          .slice(-4)
          .join(' ')
      : '';
  return { before, value: s.valueText };
}

/** The hedge that makes a figure approximate, or undefined. */
export function hedgeOf(s: Pick<StatisticRecord, 'valueText' | 'quote' | 'reading'>): string | undefined {
  const { before, value } = figureWords(s);
  return HEDGE.exec(`${before} ${value}`)?.[0] ?? BOUND_BEFORE.exec(before)?.[0] ?? BOUND_IN.exec(value)?.[0];
}

export const RANGE = /\d\s*(?:-|–|—|to)\s*\d|\bbetween\s+\S+\s+and\s+\S+/i;
