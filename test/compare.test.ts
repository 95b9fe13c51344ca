import { describe, expect, it } from 'vitest';
import { compareGroup, compareStatistics, yearsOf, type Comparable } from '../seed/relations/compare.ts';

const stat = (over: Partial<Comparable>): Comparable => ({
  id: 'x',
  sourceId: 'a',
  value: 10,
  unit: 'percent',
  place: 'United Kingdom',
  period: '2012',
  approximate: false,
  ...over,
});

describe('statistic comparison', () => {
  it('finds figures within the tolerance consistent', () => {
    const r = compareStatistics(stat({ id: 'a1', value: 99 }), stat({ id: 'b1', sourceId: 'b', value: 98, unit: '%', place: 'UK' }), 2);
    expect(r).toMatchObject({ verdict: 'consistent', difference: -1, facet: null });
  });

  it('finds figures beyond the tolerance conflicting, with the difference', () => {
    const r = compareStatistics(stat({ id: 'a1', value: 6.8 }), stat({ id: 'b1', sourceId: 'b', value: 11.7, approximate: true }), 1);
    expect(r.verdict).toBe('conflicting');
    expect(r.difference).toBeCloseTo(4.9);
    expect(r.reason).toMatch(/approximate/);
  });

  it('names the facet when figures are not comparable', () => {
    expect(compareStatistics(stat({}), stat({ sourceId: 'b', unit: 'reports' }), 5)).toMatchObject({ verdict: 'not-comparable', facet: 'unit' });
    expect(compareStatistics(stat({}), stat({ sourceId: 'b', place: 'Cambodia' }), 5)).toMatchObject({ verdict: 'not-comparable', facet: 'place' });
    expect(compareStatistics(stat({ period: '1999-2002' }), stat({ sourceId: 'b', period: '2012' }), 5)).toMatchObject({
      verdict: 'not-comparable',
      facet: 'period',
    });
    expect(compareStatistics(stat({ period: '2011-12' }), stat({ sourceId: 'b', period: 'calendar year 2012' }), 5).verdict).toBe('consistent');
    expect(compareStatistics(stat({ place: 'Worldwide', period: '2003' }), stat({ sourceId: 'b', place: 'international', period: '2018' }), 5)).toMatchObject({
      verdict: 'not-comparable',
      facet: 'period',
    });
  });

  it('does not treat a place or period known on one side only as a match', () => {
    expect(compareStatistics(stat({ place: 'United Kingdom' }), stat({ sourceId: 'b', place: null }), 5)).toMatchObject({
      verdict: 'not-comparable',
      facet: 'place',
      reason: 'place known for only one figure (United Kingdom vs unknown)',
    });
    expect(compareStatistics(stat({ period: null }), stat({ sourceId: 'b', period: '2012' }), 5)).toMatchObject({ verdict: 'not-comparable', facet: 'period' });
    expect(compareStatistics(stat({ place: null, period: null }), stat({ sourceId: 'b', place: null, period: null }), 5).verdict).toBe('consistent');
  });

  it('reads years out of period strings', () => {
    expect([...yearsOf('1999-2002')]).toEqual([1999, 2000, 2001, 2002]);
    expect([...yearsOf('April 2003 to March 2004')]).toEqual([2003, 2004]);
    expect([...yearsOf('2008 and 2012')]).toEqual([2008, 2012]);
    expect(yearsOf('the year before').size).toBe(0);
  });

  it('compares only pairs from different sources in a group', () => {
    const pairs = compareGroup([stat({ id: 'a1' }), stat({ id: 'a2' }), stat({ id: 'b1', sourceId: 'b', value: 30 })], 2);
    expect(pairs.map((p) => `${p.a}-${p.b}:${p.verdict}`)).toEqual(['a1-b1:conflicting', 'a2-b1:conflicting']);
  });
});
