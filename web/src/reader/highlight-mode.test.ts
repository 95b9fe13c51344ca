import { describe, expect, it } from 'vitest';
import { markOf, parseMode, spanKind } from './highlight-mode.ts';

const claim = { id: 'c', type: 'CLAIM' as const, kind: 'FINDING' };
const stat = { id: 's', type: 'STATISTIC' as const, kind: null };
const gap = { id: 'g', type: 'CLAIM' as const, kind: 'OPEN_QUESTION' };
const belief = { id: 'b', type: 'CLAIM' as const, kind: 'BELIEF' };

describe('highlight modes', () => {
  it('sorts spans into the four colour families', () => {
    expect([claim, stat, gap, belief].map(spanKind)).toEqual(['claim', 'statistic', 'open_question', 'correction']);
  });

  it('reads the mode from the URL, defaulting to the selected item only', () => {
    expect(parseMode(null)).toBe('selected');
    expect(parseMode('nonsense')).toBe('selected');
    expect(parseMode('statistic')).toBe('statistic');
  });

  it('by default marks only the selected item strongly, the rest subtly', () => {
    expect(markOf([claim, stat], 'selected', null)).toEqual({ strong: false, span: claim });
    expect(markOf([claim, stat], 'selected', 's')).toEqual({ strong: true, span: stat });
    expect(markOf([], 'all', null)).toBeNull();
  });

  it('shows every quote, or one type, strongly when asked; the selected item always', () => {
    expect(markOf([claim, stat], 'all', null)).toEqual({ strong: true, span: claim });
    expect(markOf([claim, stat], 'statistic', null)).toEqual({ strong: true, span: stat });
    expect(markOf([claim], 'statistic', null)).toEqual({ strong: false, span: claim });
    expect(markOf([claim], 'statistic', 'c')).toEqual({ strong: true, span: claim });
  });
});
