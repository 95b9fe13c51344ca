/**
 * The benchmark code cannot rot: the synthetic corpus goes through the real seed path, and a short
 * run of `npm run bench` (1×, two rounds, a two-second load from four clients, the graph view in
 * Chromium at two small sizes, no targets) against the tests' Neo4j writes a complete report.
 * Timings are not asserted here; they live in bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sliceGraph } from '../bench/browser-scale.ts';
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
  it('with bridges, adds copies of each replica’s relations that end in the next replicas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-synthetic-'));
    try {
      const one = prepareSeed();
      const syn = writeSyntheticCorpus(dir, 3, 2);
      const three = prepareSeed(loadCorpus(syn.corpusDir), syn.evidenceDir, syn.relationsDir);
      const curated = one.relations.relations;
      expect(three.relations.relations.length).toBe(3 * 3 * curated.length);
      const first = curated[0]!;
      const replicaOf = (item: string) => /-x(\d+):/.exec(item)?.[1] ?? '0';
      // Replica 2's relation, bridged once, runs from replica 2 into replica 0 (the scale wraps round).
      const bridged = three.relations.relations.find((r) => r.id === `${first.id}-x2-b1`)!;
      expect([replicaOf(bridged.from), replicaOf(bridged.to!)]).toEqual(['2', '0']);
      expect(bridged.kind).toBe(first.kind);
      expect(() => writeSyntheticCorpus(join(dir, 'again'), 3, 3)).toThrow(/bridges must be a whole number from 0 to 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('the browser benchmark’s slice of the graph', () => {
  it('has exactly the size asked for, and no edge to a node outside it', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}` }));
    const edges = nodes.slice(1).flatMap((n, i) => [
      { id: `e${i}`, source: nodes[i]!.id, target: n.id },
      { id: `f${i}`, source: 'n0', target: n.id },
    ]);
    const g = { __typename: 'Graph' as const, focus: [], nodes, edges };
    for (const size of [1, 10, 37, 100]) {
      const s = sliceGraph(g, size);
      expect(s.nodes.length + s.edges.length, `size ${size}`).toBe(Math.min(size, 40 + 78));
      const ids = new Set(s.nodes.map((n) => n.id));
      expect(s.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(s.focus).toEqual(['n0']);
    }
  });
});

describe('npm run bench, short', () => {
  it('times every journey query through the API and as its floor, and writes the report', () => {
    const out = mkdtempSync(join(tmpdir(), 'triangulate-bench-out-'));
    try {
      const args = ['--scale', '1', '--rounds', '2', '--out', out, '--no-targets', '--load-seconds', '2', '--load-clients', '4', '--browser-sizes', '60,150'];
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', ...args], {
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
      const measure = (name: string) => runs[0]!.measures.find((m) => m.name.startsWith(name));
      expect(measure('seed: load into an empty Neo4j')?.value).toBeGreaterThan(0);
      for (const name of ['graph, topic at depth 2', 'research gaps list', 'evidence map'])
        expect(measure(`first request after a data change: ${name}`)?.value, name).toBeGreaterThan(0);
      expect(measure('seed: peak memory of the seed process')?.value).toBeGreaterThan(50);
      expect(measure('load: mixed journeys, 4 clients, 2 s, requests per second')?.value).toBeGreaterThan(0);
      expect(measure('load: mixed journeys, 4 clients, 2 s, errors')?.value).toBe(0);
      for (const size of ['60', '150'])
        for (const renderer of ['canvas', 'WebGL']) {
          const what = `browser: graph view, ${size} elements, ${renderer}`;
          expect(measure(`${what}, data to settled layout`)?.value, what).toBeGreaterThan(0);
          expect(measure(`${what}, data to first frame`)?.value, what).toBeGreaterThan(0);
          expect(measure(`${what}, panning and zooming`)?.value, what).toBeGreaterThan(0);
        }
      expect(readFileSync(join(out, 'RESULTS.md'), 'utf8')).toContain('## 1× the corpus');
      expect(readFileSync(join(out, 'p95-by-scale.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<polyline|^<svg[\s\S]*<circle/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
