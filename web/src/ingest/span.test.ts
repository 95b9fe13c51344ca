import { describe, expect, it } from 'vitest';
import { spanQuote, toWords, windowOf } from './span.ts';

const c = { start: 20, end: 31, quote: '36% of 1,14', contextBefore: 'In 2012, ', contextAfter: '5 reports came.' };

describe('a candidate quote within its shown context', () => {
  it('the window starts where the context does', () => {
    expect(windowOf(c)).toEqual({ base: 11, text: 'In 2012, 36% of 1,145 reports came.' });
  });
  it('quotes any span within the window, and refuses the rest', () => {
    expect(spanQuote(c, 20, 36)).toEqual({ quote: '36% of 1,145 rep' });
    expect(spanQuote(c, 11, 46)).toEqual({ quote: 'In 2012, 36% of 1,145 reports came.' });
    expect(spanQuote(c, 10, 20)).toMatchObject({ problem: expect.stringMatching(/within the text shown/) });
    expect(spanQuote(c, 20, 47)).toMatchObject({ problem: expect.stringMatching(/within the text shown/) });
    expect(spanQuote(c, 25, 25)).toMatchObject({ problem: expect.stringMatching(/after the start/) });
    expect(spanQuote(c, 19, 20)).toMatchObject({ problem: expect.stringMatching(/no text/) });
  });
  it('widens ends inside a word to the whole word', () => {
    expect(toWords(c, 20, 31)).toEqual({ start: 20, end: 32 });
    expect(toWords(c, 33, 37)).toEqual({ start: 33, end: 40 });
    expect(toWords(c, 34, 40)).toEqual({ start: 33, end: 40 });
  });
});
