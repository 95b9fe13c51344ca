import { describe, expect, it } from 'vitest';
import { overlappingPairs, pickLabels, shortLabel } from './labels.ts';

const box = (x: number, y: number, w = 10, h = 4) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

describe('label collision pass', () => {
  it('keeps the higher-priority label of an overlapping pair and every label that fits', () => {
    const shown = pickLabels([
      { id: 'low', box: box(0, 0), priority: 1 },
      { id: 'high', box: box(5, 2), priority: 9 },
      { id: 'apart', box: box(40, 40), priority: 0 },
      { id: 'empty', box: { x1: 0, y1: 0, x2: 0, y2: 0 }, priority: 99 },
    ]);
    expect([...shown].sort()).toEqual(['apart', 'high']);
  });

  it('does not cover another node with a label', () => {
    const candidates = [
      { id: 'a', box: box(0, 0, 30, 6), priority: 5 },
      { id: 'b', box: box(0, 20, 30, 6), priority: 1 },
    ];
    const obstacles = [
      { id: 'a', box: box(10, 2, 4, 4) },
      { id: 'c', box: box(10, 22, 4, 4) },
    ];
    expect([...pickLabels(candidates, 2, obstacles)]).toEqual(['a']);
  });

  it('shows no two overlapping labels in a dense cluster', () => {
    const candidates = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, box: box((i * 7) % 50, (i * 3) % 20, 30, 6), priority: i % 5 }));
    const shown = pickLabels(candidates, 0);
    const boxes = candidates.filter((c) => shown.has(c.id));
    expect(boxes.length).toBeGreaterThan(1);
    expect(overlappingPairs(boxes)).toEqual([]);
  });

  it('shortens at a word boundary', () => {
    expect(shortLabel('short')).toBe('short');
    const s = shortLabel('Offenders who access indecent images online are a heterogeneous group with differing motivations', 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toBe('Offenders who access indecent images…');
  });
});
