import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { seedDisc } from './canvas-layout.ts';

/** A topic hub with `n` items, two of which a gap links; one pinned node far away. */
function hubGraph(n: number) {
  const c = cytoscape({ headless: true });
  c.add({ data: { id: 'hub' }, classes: 'focus' });
  for (let i = 0; i < n; i++) c.add([{ data: { id: `i${i}` } }, { data: { id: `m${i}`, source: 'hub', target: `i${i}` } }]);
  c.add([{ data: { id: 'gap' } }, { data: { id: 'g0', source: 'i0', target: 'gap' } }, { data: { id: 'g1', source: 'i1', target: 'gap' } }]);
  c.add({ data: { id: 'pin' }, classes: 'pinned', position: { x: 5000, y: 5000 } });
  return c;
}

const dist = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('seedDisc (the start of a large layout)', () => {
  it('puts the focus in the middle, its items around it, the next level outside, and leaves pinned nodes alone', () => {
    const c = hubGraph(200);
    seedDisc(c);
    expect(dist(c.getElementById('hub').position())).toBe(0);
    const items = c.nodes('[id ^= "i"]').map((n) => dist(n.position()));
    expect(dist(c.getElementById('gap').position())).toBeGreaterThan(Math.max(...items));
    expect(c.getElementById('pin').position()).toEqual({ x: 5000, y: 5000 });
    // Every node has its own place, at least the seed's spacing from the others (the disc is not a pile).
    const ps = c.nodes().map((n) => n.position());
    let nearest = Infinity;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) nearest = Math.min(nearest, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
    expect(nearest).toBeGreaterThan(20);
  });

  it('starts from the best-connected node when nothing is the focus', () => {
    const c = hubGraph(30);
    c.getElementById('hub').removeClass('focus');
    seedDisc(c);
    expect(dist(c.getElementById('hub').position())).toBe(0);
  });
});
