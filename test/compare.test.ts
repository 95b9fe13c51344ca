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

  it('treats head-counts as one unit and lets a stated population decide', () => {
    // Offenders, suspects, individuals and people all count people: not a difference of unit.
    const arrested = stat({ id: 'a1', value: 303, unit: 'offenders', period: '2008-2012', population: 'British nationals arrested abroad' });
    const consular = stat({ id: 'b1', sourceId: 'b', value: 79, unit: 'people', population: 'Those arrested abroad who sought consular assistance' });
    expect(compareStatistics(arrested, consular, 0)).toMatchObject({ verdict: 'not-comparable', facet: 'population' });
    expect(compareStatistics(stat({ unit: 'suspects' }), stat({ sourceId: 'b', unit: 'Individuals' }), 0)).toMatchObject({ verdict: 'consistent' });
    // The same population in other case and spacing is the same; a blank population is not a difference.
    const same = compareStatistics(
      stat({ population: 'UK nationals  reported to CEOP' }),
      stat({ sourceId: 'b', population: 'uk nationals reported to CEOP.', period: null }),
      0,
    );
    expect(same).toMatchObject({ verdict: 'not-comparable', facet: 'period' });
    expect(compareStatistics(stat({ population: 'UK children' }), stat({ sourceId: 'b', population: null }), 0).verdict).toBe('consistent');
    // A different unit is still named first, and counts of people are not counts of cases.
    expect(compareStatistics(stat({ unit: 'people', population: 'x people' }), stat({ sourceId: 'b', unit: 'cases per year', population: 'y' }), 0).facet).toBe(
      'unit',
    );
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
