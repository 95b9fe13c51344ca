import { describe, expect, it } from 'vitest';
import {
  binBounds,
  binOf,
  contrast,
  describeCounts,
  legend,
  metricValue,
  METRICS,
  moveFocus,
  PALETTES,
  parseMetric,
  shade,
  shadeStep,
  STEPS,
  totals,
  ZERO,
  type Metric,
} from './heat.ts';

const cell = (topic: string, source: string, claims: number, statistics = 0, gaps = 0, agreements = 0, contradictions = 0) => ({
  topic,
  source,
  claims,
  statistics,
  gaps,
  agreements,
  contradictions,
});

describe('measures', () => {
  it('total items are claims, statistics and statements raising a gap; links are not items', () => {
    const c = cell('t', 's', 5, 3, 2, 7, 1);
    expect(metricValue(c, 'total')).toBe(10);
    expect(metricValue(c, 'agreements')).toBe(7);
    expect(metricValue(c, 'contradictions')).toBe(1);
  });

  it('reads the measure from the URL, defaulting to total items', () => {
    expect(parseMetric('gaps')).toBe('gaps');
    expect(parseMetric(null)).toBe('total');
    expect(parseMetric('nonsense')).toBe('total');
  });

  it('describes the counts in words, singular and plural', () => {
    expect(describeCounts(cell('t', 's', 1, 2, 1, 0, 1))).toBe('1 claim, 2 statistics, 1 statement raising a research gap; 0 agreements, 1 disagreement');
  });
});

describe('totals', () => {
  it('sums rows per topic, columns per source, and all cells', () => {
    const cells = [cell('a', 'x', 1, 2, 3, 4, 5), cell('a', 'y', 10, 20, 30, 40, 50), cell('b', 'x', 100, 0, 0, 0, 1)];
    const t = totals(cells);
    expect(t.byTopic.get('a')).toEqual({ claims: 11, statistics: 22, gaps: 33, agreements: 44, contradictions: 55 });
    expect(t.bySource.get('x')).toEqual({ claims: 101, statistics: 2, gaps: 3, agreements: 4, contradictions: 6 });
    expect(t.all).toEqual({ claims: 111, statistics: 22, gaps: 33, agreements: 44, contradictions: 56 });
    expect(totals([]).all).toEqual(ZERO);
  });
});

describe('colour scale', () => {
  it('bins 1..max on a square-root scale, every bin non-empty, the last ending at max', () => {
    expect(binBounds(377)).toEqual([15, 60, 136, 241, 377]);
    expect(binBounds(11)).toEqual([1, 2, 4, 7, 11]);
    expect(binBounds(3)).toEqual([1, 2, 3]);
    expect(binBounds(0)).toEqual([]);
    for (let max = 1; max <= 400; max++) {
      const b = binBounds(max);
      expect(b.length).toBe(Math.min(STEPS, max));
      expect(b.at(-1)).toBe(max);
      b.forEach((x, i) => expect(x).toBeGreaterThan(b[i - 1] ?? 0));
    }
  });

  it('puts zero in bin 0 and every value in the bin whose range holds it', () => {
    const bounds = binBounds(377);
    expect(binOf(0, bounds)).toBe(0);
    expect(binOf(1, bounds)).toBe(1);
    expect(binOf(15, bounds)).toBe(1);
    expect(binOf(16, bounds)).toBe(2);
    expect(binOf(377, bounds)).toBe(5);
    expect(binOf(5, [])).toBe(0);
    for (const e of legend(377).slice(1)) {
      expect(binOf(e.from, bounds)).toBe(e.bin);
      expect(binOf(e.to, bounds)).toBe(e.bin);
    }
  });

  it('the legend covers 0..max without gaps or overlaps', () => {
    for (const max of [0, 1, 2, 4, 11, 64, 377]) {
      const l = legend(max);
      expect(l[0]).toMatchObject({ from: 0, to: 0, step: 0 });
      for (let i = 1; i < l.length; i++) expect(l[i]!.from).toBe(l[i - 1]!.to + 1);
      expect(l.at(-1)!.to).toBe(max);
    }
  });

  it('spreads fewer bins over the shades, keeping the darkest for the top', () => {
    expect([1, 2, 3, 4, 5].map((b) => shadeStep(b, 5))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2].map((b) => shadeStep(b, 2))).toEqual([1, 5]);
    expect([1, 2, 3].map((b) => shadeStep(b, 3))).toEqual([1, 3, 5]);
    expect(shadeStep(1, 1)).toBe(5);
    expect(shadeStep(0, 5)).toBe(0);
  });

  it('every shade of every palette keeps its text at WCAG AA contrast (4.5:1)', () => {
    for (const m of METRICS.map((x) => x.id as Metric)) {
      expect(PALETTES[m]).toHaveLength(STEPS);
      for (let step = 0; step <= STEPS; step++) {
        const { background, color } = shade(m, step);
        expect(contrast(background, color), `${m} step ${step}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('moving between cells (roving tabindex)', () => {
  const at = { row: 2, col: 1 };
  it('moves with the arrows and stops at the edges', () => {
    expect(moveFocus(at, 'ArrowUp', 4, 3)).toEqual({ row: 1, col: 1 });
    expect(moveFocus(at, 'ArrowDown', 4, 3)).toEqual({ row: 3, col: 1 });
    expect(moveFocus(at, 'ArrowLeft', 4, 3)).toEqual({ row: 2, col: 0 });
    expect(moveFocus(at, 'ArrowRight', 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', 4, 3)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowLeft', 4, 3)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 3, col: 2 }, 'ArrowDown', 4, 3)).toEqual({ row: 3, col: 2 });
    expect(moveFocus({ row: 3, col: 2 }, 'ArrowRight', 4, 3)).toEqual({ row: 3, col: 2 });
  });

  it('Home and End go to the ends of the row, with Ctrl to the first and last cell; PageUp/PageDown to the column ends', () => {
    expect(moveFocus(at, 'Home', 4, 3)).toEqual({ row: 2, col: 0 });
    expect(moveFocus(at, 'End', 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveFocus(at, 'Home', 4, 3, true)).toEqual({ row: 0, col: 0 });
    expect(moveFocus(at, 'End', 4, 3, true)).toEqual({ row: 3, col: 2 });
    expect(moveFocus(at, 'PageUp', 4, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFocus(at, 'PageDown', 4, 3)).toEqual({ row: 3, col: 1 });
  });

  it('leaves other keys alone, pulls an out-of-range position back in, and handles an empty grid', () => {
    expect(moveFocus(at, 'Enter', 4, 3)).toBeNull();
    expect(moveFocus(at, 'a', 4, 3)).toBeNull();
    expect(moveFocus({ row: 9, col: 9 }, 'ArrowUp', 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveFocus(at, 'ArrowDown', 0, 0)).toBeNull();
  });
});
