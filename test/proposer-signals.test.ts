import { describe, expect, it } from 'vitest';
import { facetsCompared, kindOf, lemmasAndEntities, signalsOf, weightedOverlap, type ProposerItem } from '../db/proposer-signals.ts';

const item = (over: Partial<ProposerItem>): ProposerItem => ({
  id: 'x:c001',
  sourceId: 'x',
  kind: 'finding',
  text: 'Our proposition.',
  quote: 'Offenders travel to meet children.',
  topics: [],
  hedged: false,
  misconceptions: [],
  ...over,
});
const both = (a: ProposerItem, b: ProposerItem) => kindOf(a, signalsOf(a), b, signalsOf(b));

describe('what the link proposer reads in an item', () => {
  it('lemmatises, names the notion behind an acronym or synonym, and takes proper nouns not starting a sentence as names', () => {
    const { lemmas, entities } = lemmasAndEntities('Offenders travelled to Cambodia. CEOP says UK children are groomed on chat forums and IIOC are shared.');
    expect([...lemmas]).toEqual(expect.arrayContaining(['offender', 'travel', 'child', 'forum', '~travel', '~online', '~image']));
    expect([...entities].sort()).toEqual(['cambodia', 'ceop', 'iioc', 'uk']);
    // "IIOC" and "abuse images" meet through their notion.
    expect(lemmasAndEntities('abuse images').lemmas.has('~image')).toBe(true);
  });

  it('reads negation, hedge, trend, open-question cues and figures from the quote', () => {
    const s = signalsOf(item({ quote: 'There is no evidence that offenders may increasingly travel; the extent is unknown, 1,145 reports in 2012.' }));
    expect(s).toMatchObject({ negated: true, hedged: true, trend: true, open: true, contrast: false });
    expect([...s.figures]).toEqual(['1145']);
    expect(signalsOf(item({}))).toMatchObject({ negated: false, hedged: false, trend: false, open: false });
    expect(signalsOf(item({ hedged: true })).hedged).toBe(true);
    expect(signalsOf(item({ kind: 'open-question' })).open).toBe(true);
  });

  it('weighs shared terms by rarity', () => {
    const rare = (t: string) => (t === 'cambodia' ? 3 : 1);
    expect(weightedOverlap(new Set(['a', 'b']), new Set(['a', 'b']), rare).score).toBeCloseTo(1);
    expect(weightedOverlap(new Set(['a']), new Set(['b']), rare).score).toBe(0);
    const { score, shared } = weightedOverlap(new Set(['child', 'cambodia', 'x']), new Set(['child', 'cambodia', 'y']), rare);
    expect(shared).toEqual(['cambodia', 'child']);
    expect(score).toBeGreaterThan(weightedOverlap(new Set(['child', 'cambodia', 'x']), new Set(['child', 'z', 'y']), rare).score);
  });

  it('compares statistic facets: unknown on one side is neither the same nor different', () => {
    const a = item({ kind: 'statistic', unit: 'percent', place: 'United Kingdom', period: '2012', population: null });
    expect(facetsCompared(a, item({ kind: 'statistic', unit: 'Percent', place: 'United Kingdom', period: '2006', population: 'UK children' }))).toEqual({
      sameUnit: true,
      same: ['place'],
      differ: ['period'],
    });
    expect(facetsCompared(a, item({ kind: 'statistic', unit: 'cases' }))).toEqual({ sameUnit: false, same: [], differ: [] });
  });
});

describe('the kind the proposer suggests', () => {
  it('ASSERTED_VS_OPEN for a gap mention against an asserting item, the asserting item first', () => {
    const open = item({ id: 'y:g001', sourceId: 'y', kind: 'open-question', quote: 'The extent is unknown.' });
    const finding = item({ id: 'x:c001' });
    for (const [a, b] of [
      [open, finding],
      [finding, open],
    ])
      expect(both(a!, b!)).toMatchObject({ kind: 'ASSERTED_VS_OPEN', asserted: { id: 'x:c001' }, other: { id: 'y:g001' } });
    expect(both(open, item({ id: 'z:s001', sourceId: 'z', kind: 'statistic' }))?.kind).toBe('ASSERTED_VS_OPEN');
  });

  it('nothing for two gap mentions, or a gap mention against a method or recommendation', () => {
    const open = item({ kind: 'open-question' });
    expect(both(open, item({ id: 'y:g002', sourceId: 'y', kind: 'open-question' }))).toBeNull();
    expect(both(open, item({ id: 'y:c002', sourceId: 'y', kind: 'method' }))).toBeNull();
    expect(both(open, item({ id: 'y:c003', sourceId: 'y', kind: 'recommendation' }))).toBeNull();
  });

  it('QUALIFIES on negation with another cue, a facet that differs, two definitions or a repeated misconception; else SUPPORTS', () => {
    const plain = item({ id: 'x:c001' });
    const other = item({ id: 'y:c001', sourceId: 'y', quote: 'Offenders travel abroad to meet children.' });
    expect(both(plain, other)?.kind).toBe('SUPPORTS');
    const negatedHedged = item({ id: 'y:c002', sourceId: 'y', quote: 'Offenders may not travel to meet children.' });
    expect(both(plain, negatedHedged)).toMatchObject({ kind: 'QUALIFIES', cues: ['negation on one side', 'hedged on one side'] });
    // A hedge alone is not enough.
    expect(both(plain, item({ id: 'y:c003', sourceId: 'y', quote: 'Offenders may travel to meet children.' }))?.kind).toBe('SUPPORTS');
    const stat = (id: string, place: string) => item({ id, sourceId: id.split(':')[0], kind: 'statistic', unit: 'percent', place });
    expect(both(stat('x:s001', 'United Kingdom'), stat('y:s001', 'United States'))).toMatchObject({ kind: 'QUALIFIES', cues: ['differs in place'] });
    expect(both(item({ kind: 'definition' }), item({ id: 'y:c004', sourceId: 'y', kind: 'definition' }))?.kind).toBe('QUALIFIES');
    expect(both(item({ kind: 'belief' }), other)?.kind).toBe('QUALIFIES');
  });
});
