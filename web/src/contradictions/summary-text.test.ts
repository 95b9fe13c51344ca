import { describe, expect, it } from 'vitest';
import { referenceNumbers, summaryParts } from './SummaryText.tsx';

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

  it('numbers the items in order of first mention, the same item alike wherever it recurs', () => {
    const parts = summaryParts('Both [ceop-2013:s127; ceop-2013:c074; merdian-2019:s003] and again [ceop-2013:s127] or [x-1:c1].');
    expect(Object.fromEntries(referenceNumbers(parts))).toEqual({ 'ceop-2013:s127': 1, 'ceop-2013:c074': 2, 'merdian-2019:s003': 3, 'x-1:c1': 4 });
  });
});
