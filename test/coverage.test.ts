import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../seed/corpus.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { candidateSentences, coverage } from '../seed/coverage.ts';
import { buildPassages } from '../seed/passages.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSeed } from '../seed/load.ts';
import { linkCoverage, openFindings } from '../seed/relations/link-coverage.ts';
import { readRelations } from '../seed/relations/read.ts';

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

describe('link coverage (npm run coverage -- --links)', () => {
  const seed = prepareSeed();
  const data = seed.relations;

  it('carries the recorded noLink entries in the prepared seed, as the files give them', () => {
    expect(data.noLink.length).toBeGreaterThan(0);
    expect(data.noLink).toEqual(readRelations(seed.evidence).data.noLink);
  });

  it('counts a finding as linked by each curated relation, attribution or cross-source comparison that names it', () => {
    const { findings } = linkCoverage(seed.sources, seed.evidence, data);
    const rel = data.relations.find((r) => r.status === 'curated' && findings.some((f) => f.id === r.from))!;
    const expected =
      data.relations.filter((r) => r.status === 'curated' && (r.from === rel.from || r.to === rel.from)).length +
      data.attributions.filter((a) => a.from === rel.from || a.to === rel.from).length;
    const finding = findings.find((f) => f.id === rel.from)!;
    expect(finding.links).toBeGreaterThanOrEqual(expected);
    expect(openFindings(findings).map((f) => f.id)).not.toContain(rel.from);
  });

  it('settles an open finding once a curator records that no other source speaks to it, and keeps the rows consistent', () => {
    // Every finding of the corpus is settled now: take one recorded entry away to have an open one.
    const reopened = data.noLink[0]!;
    const base = { ...data, noLink: data.noLink.filter((e) => e !== reopened) };
    const before = linkCoverage(seed.sources, seed.evidence, base);
    const open = openFindings(before.findings);
    expect(open.map((f) => f.id)).toContain(reopened.item);
    expect(open.every((f) => f.links === 0 && f.peers.length > 0 && !f.peers.includes(f.sourceId))).toBe(true);
    const target = open[0]!;
    const after = linkCoverage(seed.sources, seed.evidence, {
      ...base,
      noLink: [
        ...base.noLink,
        { item: target.id, reason: 'The other sources discuss the topic but not this point.', curator: 'test', createdAt: '2026-12-06' },
      ],
    });
    expect(openFindings(after.findings).map((f) => f.id)).not.toContain(target.id);
    expect(openFindings(after.findings)).toHaveLength(open.length - 1);
    for (const r of after.rows) expect(r.linked + r.settled + r.open).toBeLessThanOrEqual(r.findings);
    const perSource = (rows: typeof after.rows, s: string) => rows.filter((r) => r.sourceId === s).reduce((n, r) => n + r.settled, 0);
    expect(perSource(after.rows, target.sourceId) - perSource(before.rows, target.sourceId)).toBe(target.topics.length || 1);
  });

  it('refuses a noLink entry for an item that does not exist, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nolink-'));
    writeFileSync(
      join(dir, 'extra.yaml'),
      'noLink:\n  - item: "ceop-2013:c9999"\n    reason: "No other source speaks to this point."\n    curator: test\n    createdAt: "2026-12-06"\n',
    );
    const { problems } = readRelations(seed.evidence, dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'relations/extra.yaml', line: 2, field: 'item', message: 'no evidence item "ceop-2013:c9999"' }),
    ]);
  });
});
