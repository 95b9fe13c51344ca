import { describe, expect, it } from 'vitest';
import { summaryParts } from './SummaryText.tsx';

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
});
