/**
 * The cue phrases of research gaps and misconceptions, and the list and reference rules of the
 * candidate extractor: each cue with sentences it must find and sentences it must leave alone.
 * Pure functions over wink-nlp and the generic segmenter: no database.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, gapCue, misconceptionCue, withoutAsides } from '../seed/ingest/candidates.ts';
import { segmentText } from '../seed/ingest/segment.ts';

const candidatesOf = (text: string) => extractCandidates(text, segmentText(text), []);
const ofType = (text: string, type: string) => candidatesOf(text).filter((c) => c.type === type);

describe('asides do not hide a cue phrase', () => {
  it('takes out dashes, brackets and short comma asides, and nothing else', () => {
    expect(withoutAsides('It was not possible, within the scope of this study, to interview staff.')).toBe('It was not possible to interview staff.');
    expect(withoutAsides('These figures could not, however, be verified.')).toBe('These figures could not be verified.');
    expect(withoutAsides('The rate is not - at least in the samples studied - very high.')).toBe('The rate is not very high.');
    expect(withoutAsides('The term (used since 1990) is misleading.')).toBe('The term is misleading.');
    // A list of nouns is not an aside.
    expect(withoutAsides('Schools, families, and clubs took part.')).toBe('Schools, families, and clubs took part.');
  });
});

describe('research gap cues', () => {
  const found = [
    ['There has been little work on how these programmes are evaluated.', 'little work'],
    ['There is little or no reliable or systematic information on the outcomes.', 'little or no reliable or systematic information'],
    ['This remains an area in need of further, systematic research.', 'in need of further, systematic research'],
    ['It is essential that research be carried out on the long-term effects.', 'that research be carried out'],
    ['We are unaware of any studies that followed participants beyond a year.', 'unaware of any studies'],
    ['Knowledge of the topic is poorly developed.', 'poorly developed'],
    ['This study does not provide a measure of prevalence.', 'This study does not'],
    ['These differences could not, however, be addressed in this study.', 'could not be addressed'],
    ['It would have been valuable to interview the families themselves.', 'would have been valuable to'],
    ['The sample was small, limiting the extent to which the findings apply elsewhere.', 'limiting the extent to which'],
    ['The model may not fully apply to other settings.', 'may not fully apply'],
    ['It was difficult, though, to ascertain how often this happened.', 'difficult to ascertain'],
    ['Participants wondered whether the guidance was being followed.', 'wondered whether'],
  ] as const;
  it.each(found)('finds "%s"', (sentence, cue) => {
    const m = gapCue(sentence);
    expect(m?.cue.toLowerCase()).toBe(cue.toLowerCase());
    expect(m?.strength).toBe('reported');
  });

  const left = [
    'The survey was carried out in three regions in 2019.',
    'Research was carried out with the support of local services.',
    'The authors are aware of the risks involved.',
    'The findings were generalised across all age groups in the report.',
    'Little Rock was one of the sites visited.',
    'Staff could not attend every meeting.',
    'There was little or no contact between the two services.',
  ];
  it.each(left)('leaves alone "%s"', (sentence) => {
    expect(gapCue(sentence)).toBeNull();
  });

  it('a reference entry is no gap, even with "further research" in its title', () => {
    const text = [
      '# Discussion',
      '',
      'Further research is needed on how referrals are handled.',
      '',
      'Smith, J. (2010). Further research on referral pathways. Journal of Social Policy, 12, 1–20.',
      '',
      '# References',
      '',
      'Jones, A. and Brown, B. (2015). Little is known: future research in child protection. London: Example Press.',
      '',
    ].join('\n');
    const gaps = ofType(text, 'gap');
    expect(gaps.map((g) => g.quote)).toEqual(['Further research is needed on how referrals are handled.']);
  });
});

describe('misconception cues', () => {
  const found = [
    ['It is assumed that most cases are reported.', 'It is assumed'],
    ['It had been claimed that most cases involve organised groups.', 'It had been claimed'],
    ['Such cases are much rarer than has been suggested.', 'than has been suggested'],
    ['Group sizes were smaller than previous reports assumed.', 'than previous reports assumed'],
    ['Some practitioners believed that online contact was harmless.', 'Some practitioners believed'],
    ['Whilst often described as a single category, these cases differ widely.', 'Whilst often described'],
    ['The problem is not simply one of technology.', 'is not simply'],
    ['It was not that staff were unwilling, but that they lacked time.', 'It was not that'],
    ['The label is misleading as to the causes of harm.', 'misleading'],
    ['Agencies should not assume that every child in this group is at risk.', 'should not assume'],
    ['The term does not adequately describe the behaviour.', 'does not adequately describe'],
    ['It was not as challenging to investigate as might have been expected.', 'as might have been expected'],
  ] as const;
  it.each(found)('finds "%s"', (sentence, cue) => {
    const m = misconceptionCue(sentence);
    expect(m?.cue.toLowerCase()).toBe(cue.toLowerCase());
    expect(m?.strength).toBe('reported');
  });

  it('the cue phrases already known are found through an aside, as strong cues', () => {
    expect(misconceptionCue('It is often portrayed as a problem of strangers.')).toEqual({ cue: 'It is often portrayed', strength: 'strong' });
    expect(misconceptionCue('This finding runs, perhaps, contrary to expectation.')).toEqual({ cue: 'contrary to', strength: 'strong' });
    expect(misconceptionCue('Contrary, perhaps, to what was expected, the numbers fell.')).toEqual({ cue: 'Contrary to', strength: 'strong' });
  });

  const left = [
    'The report was published in 2015.',
    'Most participants completed the survey.',
    'The number of referrals rose by a third.',
    'Staff felt supported by their managers.',
    'Whilst the data were collected, the team met weekly.',
  ];
  it.each(left)('leaves alone "%s"', (sentence) => {
    expect(misconceptionCue(sentence)).toBeNull();
  });
});

describe('lists introduced by a cue', () => {
  it('items after "research is needed in the following areas:" are gaps, through sub-headings and page notes', () => {
    const text = [
      'Research is needed in the following areas:',
      '',
      '- The outcomes of treatment programmes over',
      'several years',
      '',
      'Services',
      '',
      '- The training given to staff who review referrals',
      '',
      'The next chapter describes the methods.',
      '',
      '- An item of another list',
      '',
    ].join('\n');
    const gaps = ofType(text, 'gap');
    expect(gaps.map((g) => [g.quote.replace(/\s+/g, ' '), g.confidence])).toEqual([
      ['Research is needed in the following areas:', 0.7],
      ['The outcomes of treatment programmes over several years', 0.5],
      ['The training given to staff who review referrals', 0.5],
    ]);
    for (const g of gaps) expect(text.slice(g.start, g.end)).toBe(g.quote);
  });

  it('items after a sentence naming beliefs are misconceptions; a study limit does not make its list gaps', () => {
    const text = [
      'Some of the thinking was shaped by assumptions. These included the following:',
      '',
      '- Most offenders are strangers to the children',
      '- Online contact rarely leads to harm',
      '',
      'It was not possible to study every case, but the cases varied in three ways:',
      '',
      '- The age of the children',
      '- The place where contact began',
      '',
    ].join('\n');
    const misc = ofType(text, 'misconception').filter((c) => c.cue.startsWith('list item'));
    expect(misc.map((c) => c.quote)).toEqual(['Most offenders are strangers to the children', 'Online contact rarely leads to harm']);
    const gapItems = ofType(text, 'gap').filter((c) => c.cue.startsWith('list item'));
    expect(gapItems).toEqual([]);
  });

  it('list items in a future-research section are gaps; the same items elsewhere are not', () => {
    const items = ['- The role of schools in early reporting', '- How families find support services', ''];
    const future = ofType(['# Future research', '', ...items].join('\n'), 'gap');
    expect(future.map((g) => g.quote)).toEqual(['The role of schools in early reporting', 'How families find support services']);
    expect(ofType(['# Services visited', '', ...items].join('\n'), 'gap')).toEqual([]);
  });
});
