import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import type { StatisticRecord } from '../core/records.ts';
import { buildEvidence, type EvidenceData } from '../seed/evidence/build.ts';
import { buildPassages } from '../seed/passages.ts';
import { checkIntegrity, citedIds, fragmentEdgeOf, hedgeOf, keyTerms, numbersIn, sentences, shortQuoteOf, type Finding } from '../seed/relations/integrity.ts';
import { readRelations } from '../seed/relations/read.ts';

const evidence = buildEvidence(buildPassages(loadCorpus()));
const meta = 'confidence: 0.8\n    curator: test\n    createdAt: 2026-12-05';

/** Reads a relations fixture written to a fresh folder. */
function fixture(yaml: string, ev: EvidenceData = evidence) {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
  writeFileSync(join(dir, 'fixture.yaml'), yaml);
  const { data, problems } = readRelations(ev, dir);
  expect(problems).toEqual([]);
  return data;
}
/** The findings about the fixture (file fixture.yaml), as lines. */
const show = (fs: Finding[]) => fs.filter((f) => f.file.endsWith('fixture.yaml')).map((f) => `${f.check} ${f.file} ${f.id}: ${f.message}`);

/** The real evidence plus hand-made statistics (copies of a real one with other words). */
function withStatistics(...over: Partial<StatisticRecord>[]): EvidenceData {
  const base = evidence.statistics.find((s) => s.id === 'ceop-2013:s043')!;
  return {
    ...evidence,
    statistics: [...evidence.statistics, ...over.map((o) => ({ ...base, reading: null, note: null, low: null, high: null, file: 'fixture.yaml', ...o }))],
  };
}
const empty = fixture('relations: []\n');

describe('integrity checks', () => {
  it('pass on the real files', () => {
    const { data } = readRelations(evidence);
    expect(checkIntegrity(evidence, data).map((f) => `${f.check} ${f.file} ${f.id}: ${f.message}`)).toEqual([]);
  });

  it('find a rationale whose point is not in the two quoted spans', () => {
    const data = fixture(`relations:
  - id: rel:off-topic
    kind: SUPPORTS
    from: merdian-2019:s003
    to: ceop-2013:s127
    rationale: "Seasonal migration of wading birds, as in ‘the birds fly south each winter’."
    ${meta}
`);
    expect(show(checkIntegrity(evidence, data))).toEqual([
      'rationale-endpoint relations/fixture.yaml rel:off-topic: the rationale shares no key term with the quote of its from end merdian-2019:s003',
      'rationale-endpoint relations/fixture.yaml rel:off-topic: the rationale shares no key term with the quote of its to end ceop-2013:s127',
      'rationale-endpoint relations/fixture.yaml rel:off-topic: the rationale quotes ‘the birds fly south each winter’, which is in neither quoted span',
    ]);
    expect(keyTerms('Officials were concerned; rising concern')).toEqual(new Set(['offici', 'concer', 'rising']));
  });

  it('find an endpoint quote that is a fragment, quoted words in neither quote, and relations joined by an attribution (support, or a qualification in either direction)', () => {
    const data = fixture(`relations:
  - id: rel:fragment
    kind: SUPPORTS
    from: ceop-2013:m009
    to: gallagher-2006:d-g010
    rationale: "Both speak of offenders who live overseas and of the ‘whole extent’."
    ${meta}
  - id: rel:twice-counted
    kind: SUPPORTS
    from: merdian-2019:s003
    to: ceop-2013:s127
    rationale: "Both give 99% male for transnational offenders reported to CEOP."
    ${meta}
  - id: rel:drift-recorded-twice
    kind: QUALIFIES
    subtype: measure
    from: ceop-2013:s127
    to: merdian-2019:s003
    rationale: "Both give 99% male for offenders reported to CEOP, one with the year."
    ${meta}
attributions:
  - id: att:fixture
    from: merdian-2019:s003
    citation: "[4]"
    toSource: ceop-2013
    to: ceop-2013:s127
    verdict: faithful
    rationale: The figure is CEOP's.
    ${meta}
`);
    const ev = {
      ...evidence,
      claims: evidence.claims.map((c) =>
        c.id === 'ceop-2013:m009'
          ? { ...c, quote: 'This is inaccurate as some offenders reside overseas.', reading: null }
          : c.id === 'gallagher-2006:d-g010'
            ? { ...c, quote: 'it is difficult to estimate the full', reading: null, suffix: '\n\nextent of the problem' }
            : c,
      ),
    };
    expect(show(checkIntegrity(ev, data).filter((f) => ['fragment', 'rationale-quote', 'not-independent'].includes(f.check)))).toEqual([
      'fragment relations/fixture.yaml rel:fragment: the quote of ceop-2013:m009 is a fragment: it opens with "This is inaccurate", whose antecedent lies outside the quote',
      'fragment relations/fixture.yaml rel:fragment: the quote of gallagher-2006:d-g010 is a fragment: it stops mid-sentence ("…estimate the full" is followed by "extent of the")',
      'rationale-quote relations/fixture.yaml rel:fragment: the rationale quotes ‘whole extent’, which is in neither quoted span',
      'not-independent relations/fixture.yaml rel:twice-counted: merdian-2019:s003 and ceop-2013:s127 are joined by att:fixture (faithful): not independent: the attribution already links them',
      'not-independent relations/fixture.yaml rel:drift-recorded-twice: ceop-2013:s127 and merdian-2019:s003 are joined by att:fixture (faithful): not independent: the attribution already links them',
    ]);
  });

  it('find numbers outside the quotes, quotes too short to carry a point, and quotes that open on a connective or stop before a denominator', () => {
    const c = evidence.claims.find((x) => x.id === 'gallagher-2006:a-c113')!;
    const ev = {
      ...evidence,
      claims: [
        ...evidence.claims,
        { ...c, id: 'gallagher-2006:a-x901', file: 'fixture.yaml', quote: 'and only one grooming case involved a male victim out of' },
      ],
    };
    const data = fixture(
      `relations:
  - id: rel:numbers
    kind: QUALIFIES
    subtype: population
    from: ceop-2013:s059
    to: gallagher-2006:a-x901
    rationale: "Only one grooming case had a male victim, while 17 per cent of 146 victims were male."
    ${meta}
`,
      ev,
    );
    expect(show(checkIntegrity(ev, data).filter((f) => ['rationale-number', 'short-quote', 'fragment-edge'].includes(f.check)))).toEqual([
      'rationale-number relations/fixture.yaml rel:numbers: the rationale uses the number 146, which is in neither quote nor endpoint value',
      'short-quote relations/fixture.yaml rel:numbers: the quote of ceop-2013:s059 is too short to carry the point: it holds only the figure ("17")',
      'fragment-edge relations/fixture.yaml rel:numbers: the quote of gallagher-2006:a-x901 is a fragment: it opens with "and", which points outside the quote',
    ]);
    expect(numbersIn('120 of 146 (11.7% in 2011; 2011/12, the 2000s) [4] ceop-2013:s020 8,718')).toEqual(['120', '146', '11.7', '8718']);
    expect(fragmentEdgeOf({ quote: '120 of the victims depicted were female out of', reading: null })).toBe('it ends on "out of", before the denominator');
    expect(shortQuoteOf({ quote: 'were male', reading: null })).toBe('2 words ("were male")');
  });

  it('find a relation from a citing statement, or an item on its span, to any item of the source it cites', () => {
    const c = evidence.claims.find((x) => x.id === 'merdian-2019:c048')!;
    // A claim on part of the citing sentence (its first clause), as a curator might split it.
    const ev = { ...evidence, claims: [...evidence.claims, { ...c, id: 'merdian-2019:x901', file: 'fixture.yaml', end: c.start + 60 }] };
    const data = fixture(
      `relations:
  - id: rel:far-in-the-cited-source
    kind: QUALIFIES
    subtype: scope
    from: merdian-2019:c048
    to: ceop-2013:c017
    rationale: "Police collaboration and a reduction in commercial child sexual exploitation, against a threat that can only increase."
    ${meta}
  - id: rel:overlapping-span
    kind: QUALIFIES
    subtype: scope
    from: ceop-2013:c093
    to: merdian-2019:x901
    rationale: "Police collaboration and a positive impact, against law enforcement that is likely to cause displacement."
    ${meta}
  - id: rel:next-sentence-own-voice
    kind: QUALIFIES
    subtype: scope
    from: merdian-2019:m001
    to: ceop-2013:m018
    rationale: "The certificate will not detect offenders without a criminal record; initiatives such as the ICPC will have a positive impact."
    ${meta}
  - id: rel:third-source
    kind: SUPPORTS
    from: merdian-2019:c048
    to: gallagher-2006:a-c001
    rationale: "Police collaboration in at-risk countries."
    ${meta}
attributions:
  - id: att:fixture
    from: merdian-2019:c048
    citation: "[4]"
    toSource: ceop-2013
    to: ceop-2013:c092
    verdict: distorted
    rationale: CEOP credits robust local enforcement.
    ${meta}
`,
      ev,
    );
    expect(show(checkIntegrity(ev, data).filter((f) => f.check === 'citing-statement'))).toEqual([
      'citing-statement relations/fixture.yaml rel:far-in-the-cited-source: merdian-2019:c048 cites ceop-2013 (att:fixture, distorted): not independent: a relation to ceop-2013:c017 records that citation again',
      'citing-statement relations/fixture.yaml rel:overlapping-span: merdian-2019:x901 overlaps merdian-2019:c048, which cites ceop-2013 (att:fixture, distorted): not independent: a relation to ceop-2013:c093 records that citation again',
    ]);
  });

  it('find two items on the same span', () => {
    const c = evidence.claims.find((x) => x.id === 'ceop-2013:c001')!;
    const ev = { ...evidence, claims: [...evidence.claims, { ...c, id: 'ceop-2013:c999', file: 'fixture.yaml' }] };
    expect(show(checkIntegrity(ev, empty))).toEqual([
      `twin-span evidence/fixture.yaml ceop-2013:c999: sits on exactly the same span as ceop-2013:c001 (${c.start}-${c.end}): one span is one item`,
    ]);
  });

  it('find a comparison whose verdict disagrees with an attribution between its members', () => {
    const data = fixture(`attributions:
  - id: att:counts-other-thing
    from: merdian-2019:s001
    citation: "[4]"
    toSource: ceop-2013
    to: ceop-2013:s043
    verdict: distorted
    rationale: Same number, but the citing source says it counts something else.
    ${meta}
comparisons:
  - id: cmp:same-number
    measure: Reports received by CEOP in 2012
    items: [merdian-2019:s001, ceop-2013:s043]
    tolerance: 0
`);
    expect(show(checkIntegrity(evidence, data))).toEqual([
      'comparison-attribution relations/fixture.yaml cmp:same-number: merdian-2019:s001 and ceop-2013:s043 compare as consistent, but att:counts-other-thing judges the one distorted to the other: they do not count the same thing',
    ]);
  });

  it('find a facet known on one side only treated as a match', () => {
    const ev = withStatistics({ id: 'ceop-2013:x1', place: 'United Kingdom' }, { id: 'merdian-2019:x2', sourceId: 'merdian-2019', place: null });
    const data = fixture(
      `comparisons:
  - id: cmp:one-sided
    measure: Reports received in one place or an unknown one
    items: [ceop-2013:x1, merdian-2019:x2]
    tolerance: 0
`,
      ev,
    );
    // The loader's comparison already says not comparable; a result that calls them consistent is reported.
    expect(show(checkIntegrity(ev, data).filter((f) => f.check === 'one-sided-facet'))).toEqual([]);
    const results = [
      { a: 'ceop-2013:x1', b: 'merdian-2019:x2', verdict: 'consistent' as const, difference: 0, facet: null, reason: 'within 0', groupId: 'cmp:one-sided' },
    ];
    expect(show(checkIntegrity(ev, data, { results }).filter((f) => f.check === 'one-sided-facet'))).toEqual([
      'one-sided-facet relations/fixture.yaml cmp:one-sided: ceop-2013:x1 and merdian-2019:x2 compare as consistent although the place is known for only one of them (unknown is not equal)',
    ]);
  });

  it('find a range stored with one bound', () => {
    const ev = withStatistics(
      { id: 'ceop-2013:x3', valueText: '20-40%', quote: 'a 20-40% return rate', value: 20 },
      { id: 'ceop-2013:x4', valueText: '3 to 6', quote: 'delays of 3 to 6 months', value: 4.5, low: 3, high: 6 },
    );
    expect(show(checkIntegrity(ev, empty).filter((f) => f.check === 'range-bound'))).toEqual([
      'range-bound evidence/fixture.yaml ceop-2013:x3: "20-40%" is a range: store both bounds as low and high',
    ]);
  });

  it('find the approximate flag without a hedge word, and a hedge word without the flag, unless a note says why', () => {
    const ev = withStatistics(
      { id: 'ceop-2013:x5', valueText: '165', quote: 'there would have been 165 cases', approximate: true },
      { id: 'ceop-2013:x6', valueText: '300', quote: 'received around 300 reports', approximate: false },
      {
        id: 'ceop-2013:x7',
        valueText: '165',
        quote: 'there would have been 165 cases',
        approximate: true,
        note: 'Extrapolated by the report from two police services.',
      },
      { id: 'ceop-2013:x8', valueText: '300', quote: 'received more than 300 reports', approximate: true },
    );
    expect(show(checkIntegrity(ev, empty).filter((f) => f.check === 'approximate-hedge'))).toEqual([
      'approximate-hedge evidence/fixture.yaml ceop-2013:x5: flagged approximate, but "there would have been 165" has no hedge word and no note says why',
      'approximate-hedge evidence/fixture.yaml ceop-2013:x6: "received around 300" is hedged ("around") but not flagged approximate',
    ]);
    expect(hedgeOf({ valueText: '33', quote: 'found 33 cases over the period', reading: null })).toBeUndefined();
  });

  it('find pair-summary sentences that cite no item, or items outside the pair', () => {
    const data = fixture(`pairSummaries:
  - sources: [ceop-2013, merdian-2019]
    overlap: some
    summary: Both count reports [ceop-2013:s043; merdian-2019:s001]. Merdian et al. (2019) agree. The deck asks [iwg-oso-2018:c001].
    evidence: [ceop-2013:s043]
`);
    expect(show(checkIntegrity(evidence, data))).toEqual([
      'pair-summary-citation relations/fixture.yaml pair:ceop-2013|merdian-2019: the sentence "Both count reports [ceop-2013:s043; merdian-2019:s001]." cites merdian-2019:s001; list it under evidence',
      'pair-summary-citation relations/fixture.yaml pair:ceop-2013|merdian-2019: the sentence "Merdian et al. (2019) agree." cites no item id',
      'pair-summary-citation relations/fixture.yaml pair:ceop-2013|merdian-2019: the sentence "The deck asks [iwg-oso-2018:c001]." cites iwg-oso-2018:c001, which is in neither source of the pair',
    ]);
    expect(sentences('Gallagher et al. (2006) find it [a:b]. So does CEOP [c:d].')).toHaveLength(2);
    expect(citedIds('x [a-1:b2, c:d3] y')).toEqual(['a-1:b2', 'c:d3']);
  });

  it('skip a finding accepted with a reason', () => {
    const data = fixture(`pairSummaries:
  - sources: [ceop-2013, merdian-2019]
    overlap: some
    summary: Merdian et al. (2019) agree.
    evidence: [ceop-2013:s043]
accepted:
  - check: pair-summary-citation
    id: pair:ceop-2013|merdian-2019
    reason: A fixture that the test accepts on purpose.
    curator: test
    createdAt: 2026-12-05
`);
    expect(show(checkIntegrity(evidence, data))).toEqual([]);
  });

  it('report an accepted finding that no longer occurs, so the list of acceptances stays true', () => {
    const data = fixture(`accepted:
  - check: fragment
    id: rel:gone
    reason: A relation that has since been removed from the files.
    curator: test
    createdAt: 2026-12-05
`);
    expect(show(checkIntegrity(evidence, data))).toEqual([
      'stale-accepted relations/fixture.yaml rel:gone: accepted as "fragment", but that check no longer finds anything here (removed or fixed): drop the entry',
    ]);
  });
});
