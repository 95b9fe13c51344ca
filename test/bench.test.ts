/**
 * The benchmark code cannot rot: the synthetic corpus goes through the real seed path, and a short
 * run of `npm run bench` (1×, two rounds, no targets) against the tests' Neo4j writes a complete
 * report. Timings are not asserted here; they live in bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { JOURNEY_QUERIES } from '../bench/queries.ts';
import type { BenchRun } from '../bench/report.ts';
import { renameIds, writeSyntheticCorpus } from '../bench/synthetic.ts';
import { ROOT } from '../db/launcher.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { prepareSeed } from '../seed/load.ts';

describe('the synthetic corpus', () => {
  it('renames ids of a replica but never the quoted text', () => {
    const yaml = [
      'source: ceop-2013',
      '  - id: ceop-2013:c001',
      '    quote: the ceop-2013 report says gap: none',
      '    misconception: misc:ceop-2013-strangers',
      '    raises: gap:x-y',
    ].join('\n');
    expect(renameIds(yaml, ['ceop-2013'], 3).split('\n')).toEqual([
      'source: ceop-2013-x3',
      '  - id: ceop-2013-x3:c001',
      '    quote: the ceop-2013 report says gap: none',
      '    misconception: misc:ceop-2013-strangers-x3',
      '    raises: gap:x-y-x3',
    ]);
    expect(renameIds(yaml, ['ceop-2013'], 0)).toBe(yaml);
  });

  it('at 2× passes the real seed validation with exactly twice the sources, items and relations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-synthetic-'));
    try {
      const one = prepareSeed();
      const syn = writeSyntheticCorpus(dir, 2);
      const two = prepareSeed(loadCorpus(syn.corpusDir), syn.evidenceDir, syn.relationsDir);
      expect(two.sources.length).toBe(2 * one.sources.length);
      expect(two.evidence.claims.length).toBe(2 * one.evidence.claims.length);
      expect(two.evidence.statistics.length).toBe(2 * one.evidence.statistics.length);
      expect(two.evidence.gaps.length).toBe(2 * one.evidence.gaps.length);
      expect(two.relations.relations.length).toBe(2 * one.relations.relations.length);
      expect(two.relations.attributions.length).toBe(2 * one.relations.attributions.length);
      const passages = (s: typeof one) => s.sources.reduce((n, x) => n + x.passages.length, 0);
      expect(passages(two)).toBe(2 * passages(one));
      // A replica's slide deck keeps the slide layout (and so the same passages as the original).
      expect(two.sources.find((s) => s.source.id === 'iwg-oso-2018-x1')?.layout).toBe('slides');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run bench, short', () => {
  it('times every journey query through the API and as its floor, and writes the report', () => {
    const out = mkdtempSync(join(tmpdir(), 'triangulate-bench-out-'));
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', '--scale', '1', '--rounds', '2', '--out', out, '--no-targets'], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') },
      });
      const { runs } = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { runs: BenchRun[] };
      expect(runs.map((r) => r.scale)).toEqual([1]);
      const queries = runs[0]!.measures.filter((m) => m.name.startsWith('query: '));
      expect(queries.map((m) => m.name.slice('query: '.length))).toEqual(JOURNEY_QUERIES.map((q) => q.name));
      for (const q of queries) {
        expect(q.statements, q.name).toBeGreaterThan(0);
        expect(q.floorP50, q.name).toBeGreaterThan(0);
        expect(q.p95, q.name).toBeGreaterThanOrEqual(q.value);
      }
      expect(readFileSync(join(out, 'RESULTS.md'), 'utf8')).toContain('## 1× the corpus');
      expect(readFileSync(join(out, 'p95-by-scale.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<polyline|^<svg[\s\S]*<circle/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
