import { describe, expect, it } from 'vitest';
import { anchorQuote, foldWhitespace, lineCol, spanMatchesQuote } from '../seed/anchor.ts';

const raw = 'The first line of text\nwraps here. The first line\nagain; a cell\n51\n\nRow B\n51\n';

describe('anchorQuote', () => {
  it('finds a quote across a line break, returning the exact raw span', () => {
    const r = anchorQuote(raw, 'text wraps here.');
    expect(r.ok && raw.slice(r.span.start, r.span.end)).toBe('text\nwraps here.');
  });

  it('fails on no match and on an ambiguous match', () => {
    expect(anchorQuote(raw, 'not there')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(anchorQuote(raw, 'The first line')).toMatchObject({ ok: false, reason: 'ambiguous', matches: 2 });
  });

  it('resolves ambiguity with occurrence or after', () => {
    const second = anchorQuote(raw, 'The first line', { occurrence: 2 });
    expect(second.ok && second.span.start).toBe(raw.indexOf('The first line', 1));
    const cell = anchorQuote(raw, '51', { after: 'Row B' });
    expect(cell.ok && cell.span.start).toBe(raw.lastIndexOf('51'));
    expect(anchorQuote(raw, '51', { after: 'nowhere' })).toMatchObject({ ok: false, reason: 'after-not-found' });
    expect(anchorQuote(raw, 'x', { occurrence: 3 })).toMatchObject({ ok: false });
  });

  it('does not treat regular-expression characters in a quote as syntax', () => {
    const text = 'costs (approx. $5) [sic] a+b';
    const r = anchorQuote(text, '(approx. $5) [sic] a+b');
    expect(r.ok && text.slice(r.span.start, r.span.end)).toBe('(approx. $5) [sic] a+b');
  });

  it('checks a stored span against the quote, whitespace-tolerant only', () => {
    expect(spanMatchesQuote(raw, { start: 18, end: 34 }, 'text wraps here.')).toBe(true);
    expect(spanMatchesQuote(raw, { start: 18, end: 34 }, 'text wraps there')).toBe(false);
    expect(spanMatchesQuote(raw, { start: 50, end: 10 }, 'x')).toBe(false);
    expect(foldWhitespace('  a \n b ')).toBe('a b');
    expect(lineCol(raw, raw.indexOf('again'))).toEqual({ line: 3, col: 1 });
  });
});
