import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore } from './context.ts';

describe('quote context on word boundaries', () => {
  it('keeps short context as it is', () => {
    expect(contextBefore('the rise of ', 300)).toBe('the rise of ');
    expect(contextAfter(' in the region.', 300)).toBe(' in the region.');
  });

  it('cuts the context before a quote at a word boundary, not mid-word', () => {
    const before = 'Reports of child sex tourism and related offending ';
    expect(contextBefore(before, 15)).toBe('…offending '); // the last 15 characters start mid-word ("ated offending ")
    expect(contextBefore(before, 18)).toBe('…related offending '); // they start on a word
    expect(contextBefore(before, 3)).toBe('…');
  });

  it('cuts the context after a quote at a word boundary, keeping its leading space', () => {
    const after = ' across several jurisdictions in the period';
    expect(contextAfter(after, 16)).toBe(' across several…');
    expect(contextAfter(after, 15)).toBe(' across several…');
    expect(contextAfter(after, 12)).toBe(' across…');
  });

  it('never starts or ends with a broken word for any length', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const words = new Set(text.split(' '));
    for (let max = 1; max < text.length; max++) {
      const b = contextBefore(text, max).replace(/^…/, '').trim();
      const a = contextAfter(text, max).replace(/…$/, '').trim();
      if (b) expect(words.has(b.split(' ')[0]!), `before ${max}: ${b}`).toBe(true);
      if (a) expect(words.has(a.split(' ').at(-1)!), `after ${max}: ${a}`).toBe(true);
    }
  });
});
