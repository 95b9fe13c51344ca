import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabelsAt, shortLabel } from './labels.ts';

/** The ids whose labels are shown. */
const shownIds = (...args: Parameters<typeof placeLabelsAt>) => new Set(placeLabelsAt(...args).keys());

const box = (x: number, y: number, w = 10, h = 4) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

describe('label collision pass', () => {
  it('keeps the higher-priority label of an overlapping pair and every label that fits', () => {
    const shown = shownIds([
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
    expect([...shownIds(candidates, 2, obstacles)]).toEqual(['a']);
  });

  it('moves a forced label to its first clear alternate place, and covers a node only when no place is clear', () => {
    // A topic's label above its node is taken by its group's box; below is clear.
    const topic = { id: 't', box: box(0, 0, 20, 4), alternates: [box(0, 20, 20, 4), box(30, 10, 20, 4)], priority: 9, force: true };
    const group = { id: 'g', box: box(5, 1, 6, 6) };
    expect([...placeLabelsAt([topic], 2, [group])]).toEqual([['t', 1]]);
    // Every place covers a node: the forced label keeps its first place clear of other labels.
    const everywhere = [group, { id: 'h', box: box(5, 21, 6, 6) }, { id: 'k', box: box(35, 11, 6, 6) }];
    expect([...placeLabelsAt([topic], 2, everywhere)]).toEqual([['t', 0]]);
    // A fixed label (a group's "N more") is never covered, even by a forced label: it moves, or is left out.
    expect([...placeLabelsAt([topic], 2, everywhere, [box(0, 0, 20, 4)])]).toEqual([['t', 1]]);
    expect(placeLabelsAt([{ ...topic, alternates: [] }], 2, [], [box(0, 0, 20, 4)]).size).toBe(0);
    // A label not forced is left out rather than moved onto a node.
    expect(placeLabelsAt([{ ...topic, force: false, alternates: [] }], 2, [group]).size).toBe(0);
  });

  it('moves a label only to a place inside the canvas', () => {
    const canvas = box(0, 0, 100, 100);
    // Below is taken by a label of higher priority; left would leave the canvas; right is inside.
    const high = { id: 'high', box: box(0, 20, 40, 4), priority: 9 };
    const edge = { id: 'edge', box: box(0, 20, 30, 4), alternates: [box(-35, 10, 30, 4), box(45, 10, 30, 4)], priority: 1 };
    expect([...placeLabelsAt([high, edge], 2, [], [], canvas)]).toEqual([
      ['high', 0],
      ['edge', 2],
    ]);
    // With no place inside but the one taken, it is left out (without bounds it would go left).
    expect(placeLabelsAt([high, { ...edge, alternates: [box(-35, 10, 30, 4)] }], 2, [], [], canvas).has('edge')).toBe(false);
    expect(placeLabelsAt([high, { ...edge, alternates: [box(-35, 10, 30, 4)] }], 2).get('edge')).toBe(1);
  });

  it('shows no two overlapping labels in a dense cluster', () => {
    const candidates = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, box: box((i * 7) % 50, (i * 3) % 20, 30, 6), priority: i % 5 }));
    const shown = shownIds(candidates, 0);
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
