import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { buildPassages } from '../seed/passages.ts';

const sources = buildPassages(loadCorpus());

describe('passages', () => {
  it.each(sources.map((s) => [s.source.id, s] as const))('%s: passages tile the whole file and hold its exact text', (_id, s) => {
    const raw = s.source.raw;
    expect(s.passages.length).toBeGreaterThan(5);
    expect(s.passages[0]!.start).toBe(0);
    expect(s.passages.at(-1)!.end).toBe(raw.length);
    s.passages.forEach((p, i) => {
      expect(p.end).toBeGreaterThan(p.start);
      if (i > 0) expect(p.start).toBe(s.passages[i - 1]!.end);
      expect(p.raw).toBe(raw.slice(p.start, p.end));
      expect(p.ordinal).toBe(i + 1);
      if (p.reading !== null) expect(p.reading.length).toBe(p.raw.length);
    });
    expect(s.passages.map((p) => p.raw).join('')).toBe(raw);
  });

  it('gives stable ids', () => {
    const again = buildPassages(loadCorpus());
    expect(again.flatMap((s) => s.passages.map((p) => `${p.id}@${p.start}`))).toEqual(sources.flatMap((s) => s.passages.map((p) => `${p.id}@${p.start}`)));
  });

  const byId = Object.fromEntries(sources.map((s) => [s.source.id, s]));
  const find = (id: string, text: string) => byId[id]!.passages.find((p) => p.raw.includes(text));

  it("separates the 2006 report's footnotes from the body", () => {
    const note = find('gallagher-2006', '19 To reiterate the point made at the end of Chapter 3');
    expect(note?.role).toBe('footnote');
    const body = find('gallagher-2006', '5.4.3  Virtually all the children');
    expect(body?.role).toBe('body');
    expect(body?.section).toBe('Victims');
  });

  it("marks the 2013 assessment's running headers as page furniture and keeps its tables", () => {
    const header = byId['ceop-2013']!.passages.filter((p) => p.raw.trim() === 'Key threat 2: Online child sexual exploitation (OCSE)');
    expect(header.length).toBeGreaterThanOrEqual(3);
    expect(header.every((p) => p.role === 'pageFurniture')).toBe(true);
    expect(find('ceop-2013', 'TABLE 1: OCSE Victim demographics')?.role).toBe('caption');
    expect(find('ceop-2013', '13 to 14')?.role).toBe('table');
  });

  it("does not take the 2006 report's stray table rows and notes for headings (the reader's contents list them)", () => {
    const g = sources.find((s) => s.source.id === 'gallagher-2006')!;
    const headings = g.passages.filter((p) => p.role === 'heading').map((p) => p.text.trim());
    expect(headings.length).toBeGreaterThan(400);
    expect(headings.filter((t) => /\s\d[\d.,]*%?\s+\d[\d.,]*%?\*?$/.test(t) || t.startsWith('*'))).toEqual([]);
    const table = g.passages.find((p) => p.text.trim() === 'Total 52 100.1*');
    expect(table?.role).not.toBe('heading');
  });

  it('finds numbered section headings in the 2019 article', () => {
    const h = find('merdian-2019', '2.1. Study Design');
    expect(h?.role).toBe('heading');
    expect(find('merdian-2019', 'Thirteen discussants attended')?.section).toBe('2.2. Participants/Discussants');
  });

  it('reflows display text: joined lines, folded spaces, line-end hyphens joined', () => {
    const p = find('merdian-2019', 'The role of offenders travelling within and across national borders')!;
    expect(p.text).not.toContain('\n');
    expect(p.text).toContain('to plan, prepare, and carry out sexual offences against children');
    const hyphen = find('gallagher-2006', 'long-\n')!;
    expect(hyphen.text).toMatch(/long-\w/);
  });

  it('decodes the slide deck in display text while raw keeps the damaged characters', () => {
    const slide = find('iwg-oso-2018', 'MAJOR FINDINGS')!;
    expect(slide.raw).toContain('MAJOR FINDINGS ƻŦ ǘƘŜ L²Dψh{hΩǎ Ŏƻƴǎǳƭǘŀǘƛƻƴ ǇǊƻŎŜǎǎ');
    expect(slide.text).toContain('MAJOR FINDINGS of the IWG_OSO’s consultation process');
    expect(slide.reading).toContain('MAJOR FINDINGS of the IWG_OSO’s consultation process');
  });
});
