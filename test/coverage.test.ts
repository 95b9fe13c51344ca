import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../seed/corpus.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { candidateSentences, coverage } from '../seed/coverage.ts';
import { buildPassages } from '../seed/passages.ts';
import { prepareSeed } from '../seed/load.ts';

const fixtureSource = (raw: string): CorpusSource => ({
  id: 'fixture',
  file: 'fixture.txt',
  sha256: '0'.repeat(64),
  title: 'Fixture',
  authors: [],
  year: 2020,
  publisher: null,
  kind: 'test',
  jurisdiction: null,
  raw,
});

describe('coverage report', () => {
  const raw = [
    '1. Introduction',
    '',
    '12. In 2012, 1,145 reports were received, a rise of 20% on the year before. The rise is welcome.',
    'Little is known about the offenders. See Table 5 and chapters 5-10 for details [30].',
    'The remaining sentence says nothing countable.',
    '',
  ].join('\n');
  const [record] = buildPassages([fixtureSource(raw)]);

  it('finds sentences with a number, a percentage or a gap phrase, ignoring paragraph numbers and cross-references', () => {
    const found = candidateSentences(record!);
    expect(found.map((s) => s.signals)).toEqual([['number', 'percent'], ['gap']]);
    expect(found[0]!.text).toMatch(/^In 2012, 1,145 reports/);
    expect(found[1]!.line).toBe(4);
  });

  it('counts a sentence covered by an item, skipped by a skip entry, or uncovered', () => {
    const figure = raw.indexOf('1,145');
    const gap = raw.indexOf('Little is known');
    const covered = coverage([record!], [{ id: 'x:s1', sourceId: 'fixture', start: figure, end: figure + 5, skipped: false }]);
    expect(covered.map((c) => c.status)).toEqual(['covered', 'uncovered']);
    const skipped = coverage([record!], [{ id: 'skip', sourceId: 'fixture', start: gap, end: gap + 10, skipped: true }]);
    expect(skipped.map((c) => c.status)).toEqual(['uncovered', 'skipped']);
  });

  it('leaves no numeric or gap sentence of any source uncovered and unexplained', () => {
    const corpus = loadCorpus();
    const records = buildPassages(corpus);
    const seed = prepareSeed(corpus);
    const spans = [...seed.evidence.claims, ...seed.evidence.statistics].map((i) => ({
      id: i.id,
      sourceId: i.sourceId,
      start: i.start,
      end: i.end,
      skipped: false,
    }));
    const skips = seed.evidence.skipped.map((s, k) => ({ id: `skip${k}`, sourceId: s.sourceId, start: s.start, end: s.end, skipped: true }));
    const result = coverage(records, [...spans, ...skips]);
    expect(result.length).toBeGreaterThan(500);
    expect(result.filter((r) => r.status === 'uncovered').map((r) => `${r.sourceId}:${r.line} ${r.text.slice(0, 80)}`)).toEqual([]);
  });
});
