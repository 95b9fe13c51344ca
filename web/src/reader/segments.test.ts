import { describe, expect, it } from 'vitest';
import { reflow } from '../../../core/reflow.ts';
import { segmentPassage } from './segments.ts';

const reading = 'The first line of the\npassage wraps here, and a quote\nfollows.  \n\n';
const passage = { start: 100, end: 100 + reading.length, reading, role: 'body' as const };

describe('segmentPassage', () => {
  it('without spans gives the reflowed passage', () => {
    const pieces = segmentPassage(passage, []);
    expect(pieces).toEqual([{ text: reflow(passage.reading), spans: [] }]);
  });

  it('cuts at span boundaries and reads the same as the whole passage', () => {
    const start = 100 + passage.reading.indexOf('passage wraps');
    const end = 100 + passage.reading.indexOf(', and');
    const pieces = segmentPassage(passage, [{ id: 'a', start, end }]);
    expect(pieces.map((p) => p.text).join('')).toBe(reflow(passage.reading));
    expect(pieces.find((p) => p.spans.length)?.text).toBe('passage wraps here');
  });

  it('orders overlapping spans shortest first and ignores spans of other passages', () => {
    const a = { id: 'long', start: 100, end: 140 };
    const b = { id: 'short', start: 110, end: 120 };
    const c = { id: 'elsewhere', start: 0, end: 50 };
    const pieces = segmentPassage(passage, [a, b, c]);
    const mid = pieces.find((p) => p.spans.length === 2)!;
    expect(mid.spans.map((s) => s.id)).toEqual(['short', 'long']);
    expect(pieces.some((p) => p.spans.some((s) => s.id === 'elsewhere'))).toBe(false);
    expect(pieces.map((p) => p.text).join('')).toBe(reflow(passage.reading));
  });

  it('keeps line structure in tables', () => {
    const table = { start: 0, end: 20, reading: 'Row A 12\nRow B 34\n', role: 'table' as const };
    const pieces = segmentPassage(table, [{ id: 'x', start: 6, end: 8 }]);
    expect(pieces.map((p) => p.text).join('')).toBe('Row A 12\nRow B 34\n');
    expect(pieces[1]).toEqual({ text: '12', spans: [{ id: 'x', start: 6, end: 8 }] });
  });
});
