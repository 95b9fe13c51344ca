import { describe, expect, it } from 'vitest';
import { gapsBearingOn, oriented, pageOf, sortRelations, type Rel } from './order.ts';

const end = (id: string, source: string, topics: string[] = []) => ({ id, source: { id: source }, topics: topics.map((t) => ({ id: t, name: t })) });
const rel = (id: string, from: string, to: string, confidence = 0.5, subtype = 'direct', topics: string[] = []): Rel => ({
  id,
  confidence,
  subtype,
  from: end(`${from}:1`, from, topics),
  to: end(`${to}:1`, to),
});

describe('contradictions order', () => {
  it('puts the end from source a on the left, whichever way the relation points', () => {
    const r = rel('r1', 'merdian', 'ceop');
    expect(oriented(r, 'ceop', 'merdian').map((e) => e.source.id)).toEqual(['ceop', 'merdian']);
    expect(oriented(r, 'merdian', 'ceop').map((e) => e.source.id)).toEqual(['merdian', 'ceop']);
    expect(oriented(r, '', 'merdian').map((e) => e.source.id)).toEqual(['ceop', 'merdian']);
    expect(oriented(r, '', '').map((e) => e.source.id)).toEqual(['merdian', 'ceop']);
  });

  it('sorts by confidence, subtype and topic', () => {
    const list = [rel('a', 'x', 'y', 0.6, 'period', ['zeta']), rel('b', 'x', 'y', 0.9, 'direct', ['alpha']), rel('c', 'x', 'y', 0.7, 'measure', ['mid'])];
    expect(sortRelations(list, 'confidence').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRelations(list, 'subtype').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRelations(list, 'topic').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRelations(list, 'subtype', (s) => ({ direct: 'Z', period: 'A', measure: 'M' })[s]!).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('pages ten at a time and clamps the page', () => {
    const list = Array.from({ length: 37 }, (_, i) => i);
    expect(pageOf(list, 1)).toMatchObject({ page: 1, pages: 4, first: 1, last: 10 });
    expect(pageOf(list, 4).items).toEqual([30, 31, 32, 33, 34, 35, 36]);
    expect(pageOf(list, 9).page).toBe(4);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0 });
  });

  it('ranks gaps by shared topics, unanswered first', () => {
    const g = (id: string, status: string, topics: string[]) => ({ id, status, topics: topics.map((t) => ({ id: t })) });
    const gaps = [g('g1', 'addressed', ['a', 'b']), g('g2', 'open', ['a', 'b']), g('g3', 'open', ['a']), g('g4', 'open', ['c'])];
    expect(gapsBearingOn(gaps, ['a', 'b']).map((x) => x.id)).toEqual(['g2', 'g1', 'g3']);
    expect(gapsBearingOn(gaps, ['z'])).toEqual([]);
  });
});
