/**
 * Pure logic of the evidence map: the measures a cell can be coloured by, the colour scale and its
 * legend, row and column totals, and the arithmetic of moving between cells with the keyboard.
 */
import { plural } from '../shared/plural.ts';

export type Metric = 'total' | 'claims' | 'statistics' | 'gaps' | 'agreements' | 'contradictions';

export const METRICS: readonly { id: Metric; label: string; one: string; many: string }[] = [
  { id: 'total', label: 'Total items', one: 'item', many: 'items' },
  { id: 'claims', label: 'Claims', one: 'claim', many: 'claims' },
  { id: 'statistics', label: 'Statistics', one: 'statistic', many: 'statistics' },
  { id: 'gaps', label: 'Gaps', one: 'statement raising a gap', many: 'statements raising a gap' },
  { id: 'agreements', label: 'Agreements', one: 'agreement', many: 'agreements' },
  { id: 'contradictions', label: 'Disagreements', one: 'disagreement', many: 'disagreements' },
];

export function parseMetric(value: string | null): Metric {
  return METRICS.some((m) => m.id === value) ? (value as Metric) : 'total';
}

export interface Counts {
  claims: number;
  statistics: number;
  gaps: number;
  agreements: number;
  contradictions: number;
}

export const ZERO: Counts = { claims: 0, statistics: 0, gaps: 0, agreements: 0, contradictions: 0 };

/** Total items are the evidence items a cell lists: claims, statistics and statements raising a gap. */
export function metricValue(c: Counts, metric: Metric): number {
  return metric === 'total' ? c.claims + c.statistics + c.gaps : c[metric];
}

/** The counts in words, for screen readers and tooltips. */
export function describeCounts(c: Counts): string {
  return `${plural(c.claims, 'claim', 'claims')}, ${plural(c.statistics, 'statistic', 'statistics')}, ${plural(c.gaps, 'statement raising a research gap', 'statements raising a research gap')}; ${plural(c.agreements, 'agreement', 'agreements')}, ${plural(c.contradictions, 'disagreement', 'disagreements')}`;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    claims: a.claims + b.claims,
    statistics: a.statistics + b.statistics,
    gaps: a.gaps + b.gaps,
    agreements: a.agreements + b.agreements,
    contradictions: a.contradictions + b.contradictions,
  };
}

export interface Totals {
  byTopic: Map<string, Counts>;
  bySource: Map<string, Counts>;
  all: Counts;
}

/** Row totals (per topic), column totals (per source) and the grand total of the cells. */
export function totals(cells: readonly (Counts & { topic: string; source: string })[]): Totals {
  const byTopic = new Map<string, Counts>();
  const bySource = new Map<string, Counts>();
  let all = ZERO;
  for (const c of cells) {
    byTopic.set(c.topic, addCounts(byTopic.get(c.topic) ?? ZERO, c));
    bySource.set(c.source, addCounts(bySource.get(c.source) ?? ZERO, c));
    all = addCounts(all, c);
  }
  return { byTopic, bySource, all };
}

/** At most this many shades above zero. */
export const STEPS = 5;

/**
 * Upper bounds of the colour bins for values 1..max, on a square-root scale (the counts are very
 * skewed: one long report holds most of the evidence). Every bin holds at least one whole number;
 * the last bound is max. Empty for max 0.
 */
export function binBounds(max: number): number[] {
  const top = Math.max(0, Math.floor(max));
  const steps = Math.min(STEPS, top);
  const bounds: number[] = [];
  for (let k = 1; k <= steps; k++) {
    const raw = k === steps ? top : Math.round(top * (k / steps) ** 2);
    const lo = (bounds[k - 2] ?? 0) + 1;
    const hi = top - (steps - k);
    bounds.push(Math.min(hi, Math.max(lo, raw)));
  }
  return bounds;
}

/** 0 for zero (or less), else the 1-based bin the value falls in. */
export function binOf(value: number, bounds: readonly number[]): number {
  if (value <= 0 || bounds.length === 0) return 0;
  const i = bounds.findIndex((b) => value <= b);
  return i === -1 ? bounds.length : i + 1;
}

/** Legend entries: each bin's colour step and the whole numbers it covers. */
export function legend(max: number): { bin: number; step: number; from: number; to: number }[] {
  const bounds = binBounds(max);
  return [
    { bin: 0, step: 0, from: 0, to: 0 },
    ...bounds.map((to, i) => ({ bin: i + 1, step: shadeStep(i + 1, bounds.length), from: (bounds[i - 1] ?? 0) + 1, to })),
  ];
}

/** Spreads fewer bins over the palette's shades (two bins: the lightest and the darkest). */
export function shadeStep(bin: number, bins: number): number {
  if (bin <= 0 || bins <= 0) return 0;
  if (bins >= STEPS) return Math.min(bin, STEPS);
  return bins === 1 ? STEPS : 1 + Math.round(((bin - 1) * (STEPS - 1)) / (bins - 1));
}

/** Sequential palettes, lightest first; hues follow the reader's highlights (claims blue, statistics green, gaps amber). */
export const PALETTES: Record<Metric, readonly string[]> = {
  total: ['#eef1f8', '#d3dbef', '#a9b8e0', '#4a5fa8', '#27346e'],
  claims: ['#e6eef9', '#c4d8f2', '#8fb5e6', '#2f6db5', '#17427a'],
  statistics: ['#e5f4e9', '#bfe4c9', '#86caa0', '#24794a', '#0f4a2b'],
  gaps: ['#fdf0dc', '#f9d9a6', '#f0b65e', '#9a5a08', '#5e3604'],
  agreements: ['#e0f3f1', '#b3e0da', '#72c2b8', '#1d7269', '#0c4640'],
  contradictions: ['#fbe7e7', '#f5c4c4', '#ea8f8f', '#a3282b', '#661416'],
};

export const INK = '#1d1f24';
export const EMPTY_BACKGROUND = '#ffffff';

/** Background and text colour for a shade step (0 = empty cell). Dark text on light shades, white on dark ones. */
export function shade(metric: Metric, step: number): { background: string; color: string } {
  if (step <= 0) return { background: EMPTY_BACKGROUND, color: '#55606e' };
  const palette = PALETTES[metric];
  const i = Math.min(step, palette.length) - 1;
  return { background: palette[i]!, color: i >= 3 ? '#ffffff' : INK };
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface Position {
  row: number;
  col: number;
}

/**
 * Where focus goes from `at` on a key press in a rows × cols grid (roving tabindex), or null for
 * keys the grid does not handle. Arrows stop at the edges; Home/End go to the row's ends, and with
 * Ctrl to the first and last cell; PageUp/PageDown jump to the column's ends.
 */
export function moveFocus(at: Position, key: string, rows: number, cols: number, ctrl = false): Position | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (p: Position): Position => ({ row: Math.min(rows - 1, Math.max(0, p.row)), col: Math.min(cols - 1, Math.max(0, p.col)) });
  const { row, col } = clamp(at);
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: row - 1, col });
    case 'ArrowDown':
      return clamp({ row: row + 1, col });
    case 'ArrowLeft':
      return clamp({ row, col: col - 1 });
    case 'ArrowRight':
      return clamp({ row, col: col + 1 });
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'PageUp':
      return { row: 0, col };
    case 'PageDown':
      return { row: rows - 1, col };
    default:
      return null;
  }
}
