/**
 * The benchmark's seed, in a process of its own so its peak memory is the seed's alone and the
 * API's process (bench/run.ts) starts without the seed's garbage. Writes the synthetic corpus at
 * `--scale N` into `--dir`, runs the real seed path (prepareSeed, loadSeed) against NEO4J_URI and
 * prints one JSON line: the timings, the counts and the process's peak resident memory.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/connect.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { loadSeed, prepareSeed } from '../seed/load.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

export interface SeedStepResult {
  generateMs: number;
  prepareMs: number;
  loadMs: number;
  peakRssMB: number;
  counts: { sources: number; passages: number; items: number; relations: number };
}

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, bridges: { type: 'string', default: '0' }, dir: { type: 'string' } },
});
const scale = Number(args.scale);
if (!process.env.NEO4J_URI) throw new Error('seed-step: NEO4J_URI must name the benchmark’s Neo4j');
if (scale > 1 && !args.dir) throw new Error('seed-step: --dir is needed for a synthetic corpus');

let t = performance.now();
const syn = scale === 1 ? null : writeSyntheticCorpus(join(args.dir!, 'corpus'), scale, Number(args.bridges));
const generateMs = performance.now() - t;
t = performance.now();
const seed = syn ? prepareSeed(loadCorpus(syn.corpusDir), syn.evidenceDir, syn.relationsDir) : prepareSeed();
const prepareMs = performance.now() - t;
const connection = await connectNeo4j();
t = performance.now();
try {
  await loadSeed(connection.driver, seed);
} finally {
  await connection.close();
}
const loadMs = performance.now() - t;
const ev = seed.evidence;
const result: SeedStepResult = {
  generateMs,
  prepareMs,
  loadMs,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  counts: {
    sources: seed.sources.length,
    passages: seed.sources.reduce((n, s) => n + s.passages.length, 0),
    items: ev.claims.length + ev.statistics.length + ev.misconceptions.length + ev.gaps.length,
    relations: seed.relations.relations.length,
  },
};
console.log(JSON.stringify(result));
