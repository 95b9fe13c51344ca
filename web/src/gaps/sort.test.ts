import { describe, expect, it } from 'vitest';
import { sortGapRows } from './sort.ts';

const gap = (question: string, status: string, sourceCount: number, priority: number | null, topics: string[] = []) => ({
  question,
  status,
  sourceCount,
  priority,
  topics: topics.map((name) => ({ name })),
});

const GAPS = [
  gap('B rated', 'open', 1, 7, ['Zeta']),
  gap('A two sources', 'open', 2, null, ['Alpha']),
  gap('C answered', 'partly-addressed', 3, 9, ['Mid']),
  gap('D plain', 'open', 1, null, []),
];

describe('gaps table sort', () => {
  it('priority (descending) is the documented order: unanswered, then sources, then the source rating, then A–Z', () => {
    expect(sortGapRows(GAPS, 'priority', 'descending').map((g) => g.question)).toEqual(['A two sources', 'B rated', 'D plain', 'C answered']);
    expect(sortGapRows(GAPS, 'priority', 'ascending').map((g) => g.question)).toEqual(['C answered', 'D plain', 'B rated', 'A two sources']);
  });

  it('sorts by question, sources, status and topic, ties in priority order', () => {
    expect(sortGapRows(GAPS, 'question', 'ascending').map((g) => g.question[0])).toEqual(['A', 'B', 'C', 'D']);
    expect(sortGapRows(GAPS, 'question', 'descending').map((g) => g.question[0])).toEqual(['D', 'C', 'B', 'A']);
    expect(sortGapRows(GAPS, 'sources', 'descending').map((g) => g.sourceCount)).toEqual([3, 2, 1, 1]);
    expect(sortGapRows(GAPS, 'status', 'ascending').at(-1)!.question).toBe('C answered');
    expect(sortGapRows(GAPS, 'topics', 'ascending').map((g) => g.question[0])).toEqual(['A', 'C', 'B', 'D']);
  });

  it('keeps unrated gaps after rated ones whichever the direction', () => {
    expect(sortGapRows(GAPS, 'rating', 'descending').map((g) => g.priority)).toEqual([9, 7, null, null]);
    expect(sortGapRows(GAPS, 'rating', 'ascending').map((g) => g.priority)).toEqual([7, 9, null, null]);
  });
});
