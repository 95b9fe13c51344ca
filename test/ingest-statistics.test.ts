/**
 * Statistic candidates: how the extractor reads numbers that are easy to miss (table rows laid out
 * as lines, written-out numbers without their noun, a decimal point read as a sentence end), and
 * the look-alikes it must leave alone. Sentences written for these tests, not taken from the
 * corpus. Pure functions over wink-nlp and the generic segmenter: no database.
 */
import { describe, expect, it } from 'vitest';
import { leaveOneOut, totals } from '../bench/ingest-loo.ts';
import { extractCandidates } from '../seed/ingest/candidates.ts';
import { segmentText } from '../seed/ingest/segment.ts';

const statsOf = (text: string) => extractCandidates(text, segmentText(text), []).filter((c) => c.type === 'statistic');
const values = (text: string) => statsOf(text).map((c) => c.value);
const find = (text: string, value: number) => statsOf(text).find((c) => c.value === value);

describe('table rows a text file lays out as lines', () => {
  const table = [
    'The services answered as follows, by region and in total, over the two rounds of the survey.',
    '',
    'Region Yes No',
    '',
    'Northern area 6 4.5 127 95.5 133 100.0 ',
    'Southern area 2 1.6 121 98.4 123 100.0 ',
    '',
    'Staffing and training',
    '',
    'Services were asked about their staff.',
    '',
    'Replied in full 9 7.2 ',
    '',
    'Total 125 100.1* ',
    '',
  ].join('\n');

  it('a label followed by figures is a table row, not body text or a heading, and each figure a candidate', () => {
    const passages = segmentText(table);
    const roleOf = (s: string) => passages.find((p) => p.start <= table.indexOf(s) && table.indexOf(s) < p.end)!.role;
    expect(roleOf('Northern area 6')).toBe('table');
    expect(roleOf('Replied in full')).toBe('table');
    expect(roleOf('Total 125')).toBe('table');
    // A heading after the rows stays a heading: a row opens no flattened table.
    expect(roleOf('Staffing and training')).toBe('heading');
    expect(roleOf('Services were asked')).toBe('body');
    expect(values(table)).toEqual(expect.arrayContaining([6, 4.5, 2, 1.6, 9, 7.2, 125, 100.1]));
  });

  it('a figure at the end of a row does not take the next row’s label as its noun', () => {
    const c = statsOf(table).find((x) => x.value === 100 && x.start > table.indexOf('Northern'))!;
    expect(c.quote).toBe('100.0');
  });

  it('prose ending with two numbers stays prose', () => {
    const text =
      'The scheme ran in the county for several years and the final count was reported in 2009 as 14 \nwith a further set expected later in the year.\n';
    expect(segmentText(text).every((p) => p.role === 'body')).toBe(true);
  });
});

describe('a decimal point is no sentence end', () => {
  it('a figure after a damaged bullet glyph keeps its decimals', () => {
    const text = 'Survey of adults\n\nÁ4.1%: reported contact with the service\n\nÁ12.5% of the sample declined\n';
    expect(values(text)).toEqual(expect.arrayContaining([4.1, 12.5]));
    expect(values(text)).not.toContain(1);
    expect(values(text)).not.toContain(5);
  });
});

describe('written-out numbers and their counts', () => {
  it('"there was one" counts; "one" elsewhere without a qualifier does not', () => {
    expect(find('There was one further reported incident in the period.', 1)).toMatchObject({ unit: 'incident', cue: 'there was one' });
    expect(find('There was one (confirmed) referral in these areas.', 1)).toMatchObject({ unit: 'referral' });
    expect(find('One reason for the delay was staffing.', 1)).toBeUndefined();
    expect(find('This is one part of a wider picture.', 1)).toBeUndefined();
  });

  it('figures listed before "respectively" need no noun; reference numbers still are none', () => {
    const text = 'The numbers of files read in the three services were 40, 125 and 3 respectively.';
    expect(statsOf(text).find((c) => c.quote === '3')).toMatchObject({ value: 3, cue: 'listed before "respectively"' });
    expect(find('The two samples were small - being four and six respectively.', 4)).toBeDefined();
    expect(values('The results are shown in Tables 2 and 3 respectively.')).toEqual([]);
  });

  it('a figure coordinated with a count just before it counts the same thing', () => {
    expect(find('There were 9 such schools in the north and 4 in the south.', 4)).toMatchObject({ unit: 'schools', cue: 'coordinated with a count' });
    expect(find('Of the cases, 12 involved one adult, as against three where two adults took part.', 3)).toBeUndefined();
    expect(find('It was 20 cases in the city, as against three in the villages.', 3)).toMatchObject({ unit: 'cases' });
    expect(values('The rules are set out in footnotes 14 and 15.')).toEqual([]);
    expect(values('Children aged 8 and 9 took part.')).not.toContain(9);
  });

  it('"the three remaining schools": a participle after a determined number still reaches the noun', () => {
    expect(find('The three remaining schools declined.', 3)).toMatchObject({ unit: 'schools' });
    expect(find('Of those reviewed, 14 involving adults were closed.', 14)?.unit).not.toBe('adults');
  });

  it('"(fewer than five) of these cases", "all but one of the", "two and a half years", "half reported"', () => {
    const bracket = find('Most services saw only a few (fewer than five) of these cases each year.', 5)!;
    expect(bracket.quote).toBe('(fewer than five) of these cases');
    expect(find('All but one of the schools replied.', 1)).toBeDefined();
    expect(find('The project ran for two and a half years.', 2.5)).toMatchObject({ unit: 'years' });
    expect(find('Of the services, half reported a rise.', 50)).toMatchObject({ cue: 'half as a subject' });
    expect(find('The other half of the budget went on staff.', 50)).toBeDefined();
    expect(find('A quarter of younger pupils and a third of older pupils took part.', 33.33)).toBeDefined();
  });

  it('"over a four year period": the article is no number and "over" no qualifier', () => {
    expect(find('Data were gathered over a four year period.', 4)).toMatchObject({ quote: 'four year period', approximate: false });
  });
});

describe('figures with marks around them', () => {
  it('"5+ years" is at least five; "10,000s" with a note number glued on is still a figure; "millions of"', () => {
    expect(find('Cases reported over the 5+ years of the study.', 5)).toMatchObject({ quote: '5+ years', approximate: true });
    expect(find('It held 10,000s12 of images.', 10000)).toBeDefined();
    expect(find('Offenders have shared millions of images.', 1e6)).toMatchObject({ quote: 'millions', approximate: true });
    expect(find('There are tens of thousands of accounts.', 1e4)).toBeDefined();
  });

  it('a qualifier is a whole word: "up to" is not read inside "group to"', () => {
    expect(find('Ownership in the older age group to 62% this year.', 62)).toBeDefined();
  });

  it('a bracketed citation is no figure, a bracketed estimate is', () => {
    expect(find('We traced [approximately 400] suspects.', 400)).toMatchObject({ approximate: true });
    expect(values('As reported earlier [12], the rate rose.')).not.toContain(12);
  });
});

describe('leave-one-out over the five corpus documents (bench/ingest-loo.ts)', () => {
  // Floors a little under the measured values (docs/ingest.md: statistics 98.1 % at 38.7 % precision,
  // gaps 86.1 %, misconceptions 65.5 %, claims 97.2 %), so a change that loses found items fails here.
  it('keeps recall (and the statistics’ precision) at what was measured', { timeout: 240_000 }, async () => {
    const t = totals(await leaveOneOut());
    expect(t.statistic.recall).toBeGreaterThanOrEqual(97.5);
    expect(t.statistic.precision).toBeGreaterThanOrEqual(37.5);
    expect(t.gap.recall).toBeGreaterThanOrEqual(85);
    expect(t.misconception.recall).toBeGreaterThanOrEqual(64);
    expect(t.claim.recall).toBeGreaterThanOrEqual(96);
  });
});
