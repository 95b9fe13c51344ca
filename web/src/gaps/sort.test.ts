import { describe, expect, it } from 'vitest';
import { DEFAULT_DIR, GAP_SORT_KEYS, gapOrder } from './sort.ts';

describe('gaps table sort', () => {
  it('asks the API for the column’s order, reversed only when the direction is not the column’s default', () => {
    expect(gapOrder('priority', 'descending')).toEqual({ orderBy: 'PRIORITY', reverse: false });
    expect(gapOrder('priority', 'ascending')).toEqual({ orderBy: 'PRIORITY', reverse: true });
    expect(gapOrder('question', 'ascending')).toEqual({ orderBy: 'QUESTION', reverse: false });
    expect(gapOrder('rating', 'ascending')).toEqual({ orderBy: 'RATING', reverse: true });
    expect(gapOrder('topics', 'descending')).toEqual({ orderBy: 'TOPICS', reverse: true });
    for (const k of GAP_SORT_KEYS) expect(gapOrder(k, DEFAULT_DIR[k]).reverse).toBe(false);
    expect(new Set(GAP_SORT_KEYS.map((k) => gapOrder(k, 'ascending').orderBy)).size).toBe(GAP_SORT_KEYS.length);
  });
});
