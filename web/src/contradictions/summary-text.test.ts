import { describe, expect, it } from 'vitest';
import { referenceLabels, summaryParts } from './SummaryText.tsx';

describe('a pair summary', () => {
  it('splits prose from bracketed item references, leaving other brackets as text', () => {
    expect(summaryParts('Both agree [a-2006:a-c113; b-2013:s127] and differ [sic].')).toEqual([
      { text: 'Both agree ' },
      { ids: ['a-2006:a-c113', 'b-2013:s127'] },
      { text: ' and differ [sic].' },
    ]);
    expect(summaryParts('[x-1:c1]')).toEqual([{ ids: ['x-1:c1'] }]);
    expect(summaryParts('No references.')).toEqual([{ text: 'No references.' }]);
  });

  it('names several items of one source apart, the same item alike wherever it recurs', () => {
    const cite = (id: string) => ({ 'ceop-2013': 'CEOP (2013)', 'merdian-2019': 'Merdian et al. (2019)' })[id];
    const parts = summaryParts('Both [ceop-2013:s127; ceop-2013:c074; merdian-2019:s003] and again [ceop-2013:s127] or [x-1:c1].');
    expect(Object.fromEntries(referenceLabels(parts, cite))).toEqual({
      'ceop-2013:s127': 'CEOP (2013), item 1',
      'ceop-2013:c074': 'CEOP (2013), item 2',
      'merdian-2019:s003': 'Merdian et al. (2019)',
      'x-1:c1': 'x-1:c1',
    });
  });
});
