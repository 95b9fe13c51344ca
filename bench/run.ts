/**
 * `npm run bench [-- --scale N] [--rounds R] [--out DIR]`: seed and journey-query timings on this
 * machine against a real, fresh local Neo4j (or NEO4J_URI), at N times the corpus (bench/synthetic.ts).
 * Each query is timed through GraphQL over HTTP and, in the same run, as its floor: the same Cypher
 * statements run directly through the driver. Results for each scale are merged into
 * bench/results.json (one run per scale) and bench/RESULTS.md with an SVG plot of p95 against scale.
 * Targets are checked here, never in unit tests; `--no-targets` (the CI smoke run) only measures.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, listen } from '../api/server.ts';
import { connectNeo4j } from '../db/connect.ts';
import { ROOT } from '../db/launcher.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { loadSeed, prepareSeed } from '../seed/load.ts';
import { JOURNEY_QUERIES } from './queries.ts';
import { recordingDriver } from './recording-driver.ts';
import { renderResults, type BenchRun, type Measure } from './report.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '30' },
    out: { type: 'string', default: join(ROOT, 'bench') },
    'no-targets': { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
const rounds = Number(args.rounds);
if (!Number.isInteger(scale) || scale < 1 || scale > 200) throw new Error(`--scale must be a whole number from 1 to 200, not ${args.scale}`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1, not ${args.rounds}`);

/** Journey-query p95 targets on this 2-core machine: 15 ms at 1×, 60 ms at 100×, in between by log scale. */
const queryTarget = (s: number) => Math.round(15 + (45 * Math.log10(s)) / 2);
const FLOOR_RATIO_TARGET = 1.5;

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
const dataDir = process.env.NEO4J_URI ? undefined : join(work, 'neo4j');
// Heap and page cache grow with the seed's one transaction (about 2 GB of heap at 100×).
const heap = scale >= 50 ? '6g' : scale >= 10 ? '3g' : '1g';
const connection = await connectNeo4j({ dataDir, port: 'free', heap, pageCache: scale >= 10 ? '2g' : '256m', log: () => undefined });
const measures: Measure[] = [];
let counts = { sources: 0, passages: 0, items: 0, relations: 0 };
try {
  const [seed, prepMs] = await time(() => {
    if (scale === 1) return prepareSeed();
    const syn = writeSyntheticCorpus(join(work, 'corpus'), scale);
    return prepareSeed(loadCorpus(syn.corpusDir), syn.evidenceDir, syn.relationsDir);
  });
  const ev = seed.evidence;
  counts = {
    sources: seed.sources.length,
    passages: seed.sources.reduce((n, s) => n + s.passages.length, 0),
    items: ev.claims.length + ev.statistics.length + ev.misconceptions.length + ev.gaps.length,
    relations: seed.relations.relations.length,
  };
  const perK = (ms: number) => round1(ms / 1000 / (counts.items / 1000));
  measures.push({ name: 'seed: read, segment, decode, validate', unit: 's', value: round1(prepMs / 1000), note: `${perK(prepMs)} s per 1,000 items` });
  const [, loadMs] = await time(() => loadSeed(connection.driver, seed));
  measures.push({
    name: 'seed: load into an empty Neo4j (one transaction)',
    unit: 's',
    value: round1(loadMs / 1000),
    target: scale >= 100 ? 600 : undefined,
    note: `${perK(loadMs)} s per 1,000 items`,
  });
  measures.push({ name: 'seed: process memory after loading', unit: 'MB', value: Math.round(process.memoryUsage().rss / 2 ** 20) });

  const recorder = recordingDriver(connection.driver);
  const { app, apollo } = await createApp({ driver: recorder.driver });
  const server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  };
  const target = queryTarget(scale);
  for (const { name, query } of JOURNEY_QUERIES) {
    await gql(query); // warm the caches and the plan cache
    const statements = await recorder.record(() => gql(query));
    const api: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < rounds; i++) {
      api.push((await time(() => gql(query)))[1]);
      floor.push((await time(() => recorder.replay(statements)))[1]);
    }
    const ratio = round1(pct(api, 50) / Math.max(pct(floor, 50), 0.01));
    measures.push({
      name: `query: ${name}`,
      unit: 'ms',
      value: round1(pct(api, 50)),
      p95: round1(pct(api, 95)),
      target,
      floorP50: round1(pct(floor, 50)),
      floorP95: round1(pct(floor, 95)),
      ratio,
      statements: statements.length,
    });
  }
  server.close();
  await apollo.stop();
  measures.push({ name: 'API process resident memory after the run', unit: 'MB', value: Math.round(process.memoryUsage().rss / 2 ** 20), target: 600 });
} finally {
  await connection.close();
  rmSync(work, { recursive: true, force: true });
}

const checkTargets = !args['no-targets'];
for (const m of measures) {
  const within = m.target === undefined || (m.p95 ?? m.value) <= m.target;
  const ratioOk = m.ratio === undefined || m.ratio <= FLOOR_RATIO_TARGET;
  m.ok = within && ratioOk;
}
const run: BenchRun = {
  scale,
  meta: { date: new Date().toISOString(), node: process.version, cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), rounds, ...counts },
  measures,
};

// One run per scale: a new run replaces the earlier one of the same scale.
const resultsPath = join(args.out, 'results.json');
const previous: BenchRun[] = existsSync(resultsPath) ? ((JSON.parse(readFileSync(resultsPath, 'utf8')) as { runs?: BenchRun[] }).runs ?? []) : [];
const runs = [...previous.filter((r) => r.scale !== scale), run].sort((a, b) => a.scale - b.scale);
writeFileSync(resultsPath, JSON.stringify({ runs }, null, 2) + '\n');
const { markdown, svg } = renderResults(runs, FLOOR_RATIO_TARGET);
writeFileSync(join(args.out, 'RESULTS.md'), markdown);
writeFileSync(join(args.out, 'p95-by-scale.svg'), svg);
console.log(markdown);
const missed = measures.filter((m) => !m.ok);
if (checkTargets && missed.length) {
  console.error(`bench: ${missed.length} target(s) missed at ${scale}×: ${missed.map((m) => m.name).join('; ')}`);
  process.exit(1);
}
process.exit(0);
