/**
 * `npm run bench [-- --scale N] [--bridges K] [--rounds R] [--out DIR] [--no-load] [--no-browser]`: seed, journey
 * query, concurrency and browser timings on this machine against a real, fresh local Neo4j (or
 * NEO4J_URI), at N times the corpus (bench/synthetic.ts).
 * Each query is timed through GraphQL over HTTP and, in the same run, as its floor: the same Cypher
 * statements run directly through the driver. The seed runs in a process of its own
 * (bench/seed-step.ts) so that each process's peak memory is its own. Results for each scale are
 * merged into bench/results.json (one run per scale: a run replaces only its own scale) and
 * bench/RESULTS.md with an SVG plot of p95 against scale.
 * Targets are checked here, never in unit tests; `--no-targets` (the CI smoke run) only measures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, listen } from '../api/server.ts';
import { connectNeo4j } from '../db/connect.ts';
import { readNeo4jEnv } from '../db/env.ts';
import { ROOT } from '../db/launcher.ts';
import { mixedLoad } from './load.ts';
import { JOURNEY_QUERIES } from './queries.ts';
import { recordingDriver } from './recording-driver.ts';
import { renderResults, type BenchRun, type Measure } from './report.ts';
import type { SeedStepResult } from './seed-step.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    bridges: { type: 'string', default: '0' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '30' },
    out: { type: 'string', default: join(ROOT, 'bench') },
    'no-targets': { type: 'boolean', default: false },
    'no-load': { type: 'boolean', default: false },
    'load-seconds': { type: 'string', default: '30' },
    'load-clients': { type: 'string', default: '50' },
    'no-browser': { type: 'boolean', default: false },
    'browser-sizes': { type: 'string', default: '1000,2500,5000' },
    'report-only': { type: 'boolean', default: false },
  },
});
const resultsPath = join(args.out, 'results.json');
const findingsPath = join(ROOT, 'bench', 'FINDINGS.md');
const FLOOR_RATIO_TARGET = 1.5;
/** Unmeasured calls of each query (and of its floor) before its timed rounds. */
const WARM_UP_ROUNDS = 3;
/** Rounds of the first request after a data change (each rebuilds what the API keeps per data version). */
const COLD_ROUNDS = 5;

/** Rewrites RESULTS.md and the plot from results.json and FINDINGS.md (alone: `--report-only`, after editing the findings). */
function writeReport(runs: BenchRun[]): string {
  const { markdown, svg } = renderResults(runs, FLOOR_RATIO_TARGET, existsSync(findingsPath) ? readFileSync(findingsPath, 'utf8') : '');
  writeFileSync(join(args.out, 'RESULTS.md'), markdown);
  writeFileSync(join(args.out, 'p95-by-scale.svg'), svg);
  return markdown;
}
const readRuns = (): BenchRun[] => (existsSync(resultsPath) ? ((JSON.parse(readFileSync(resultsPath, 'utf8')) as { runs?: BenchRun[] }).runs ?? []) : []);
if (args['report-only']) {
  writeReport(readRuns());
  process.exit(0);
}
const whole = (name: string, v: string, min: number, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not ${v}`);
  return n;
};
const scale = whole('scale', args.scale, 1, 200);
const bridges = whole('bridges', args.bridges, 0, Math.max(scale - 1, 0));
const rounds = whole('rounds', args.rounds, 1, 10_000);
const loadSeconds = whole('load-seconds', args['load-seconds'], 1, 600);
const loadClients = whole('load-clients', args['load-clients'], 1, 1000);
const browserSizes = args['browser-sizes'].split(',').map((s) => whole('browser-sizes', s, 10, 50_000));

/** Journey-query p95 targets on this 2-core machine: 15 ms at 1×, 60 ms at 100×, in between by log scale. */
const queryTarget = (s: number) => Math.round(15 + (45 * Math.log10(s)) / 2);

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round1 = (x: number) => Math.round(x * 10) / 10;
/** The machine's 1-minute load average before the run: a busy machine makes every timing noisy. */
const loadAtStart = loadavg()[0]!;
const progress = (s: string) => process.stderr.write(`bench ${scale}×: ${s}\n`);

const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
const dataDir = process.env.NEO4J_URI ? undefined : join(work, 'neo4j');
// Sized for a 24 GB machine: the seed is one transaction, held in the heap until it commits
// (about 3 GB at 100×); the page cache holds the whole store (about 2 GB at 100×) so reads are not disk-bound.
const heap = scale >= 50 ? '6g' : scale >= 10 ? '3g' : '1g';
const pageCache = scale >= 50 ? '3g' : scale >= 10 ? '1g' : '256m';
const connection = await connectNeo4j({ dataDir, port: 'free', heap, pageCache, log: () => undefined });
const measures: Measure[] = [];
let counts = { sources: 0, passages: 0, items: 0, relations: 0 };
try {
  progress('seeding');
  const env = readNeo4jEnv();
  const seedOut = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['bench/seed-step.ts', '--scale', String(scale), '--bridges', String(bridges), '--dir', work],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: env.NEO4J_USER,
        NEO4J_PASSWORD: env.NEO4J_PASSWORD,
        NODE_OPTIONS: `--max-old-space-size=${scale >= 50 ? 8192 : 4096}`,
      },
    },
  );
  const seed = JSON.parse(seedOut.trim().split('\n').at(-1)!) as SeedStepResult;
  counts = seed.counts;
  const perK = (ms: number) => `${round1(ms / 1000 / (counts.items / 1000))} s per 1,000 items`;
  if (scale > 1) measures.push({ name: 'seed: write the synthetic corpus', unit: 's', value: round1(seed.generateMs / 1000) });
  measures.push({ name: 'seed: read, segment, decode, validate', unit: 's', value: round1(seed.prepareMs / 1000), note: perK(seed.prepareMs) });
  measures.push({
    name: 'seed: load into an empty Neo4j (one transaction)',
    unit: 's',
    value: round1(seed.loadMs / 1000),
    target: scale >= 100 ? 600 : undefined,
    note: perK(seed.loadMs),
  });
  measures.push({ name: 'seed: peak memory of the seed process', unit: 'MB', value: seed.peakRssMB });

  const recorder = recordingDriver(connection.driver);
  // Many clients share this machine's one address here: the per-client rate limit would count them as one.
  const browser = args['no-browser'] ? undefined : await import('./browser-scale.ts');
  const webDist = browser ? await browser.buildWebApp(work) : undefined;
  const { app, apollo } = await createApp({ driver: recorder.driver, webDist, admission: { ratePerSecond: 100_000, rateBurst: 100_000 } });
  const server = await listen(app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gql = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  };
  const target = queryTarget(scale);
  for (const { name, query } of JOURNEY_QUERIES) {
    progress(name);
    // Warm Neo4j's plan cache and page cache and both JITs (Node's and the JVM's), so that p95 is
    // the steady state a user meets rather than the first plan of each statement.
    for (let i = 0; i < WARM_UP_ROUNDS; i++) await gql(query);
    const statements = await recorder.record(() => gql(query));
    for (let i = 0; i < WARM_UP_ROUNDS; i++) await recorder.replay(statements);
    const api: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < rounds; i++) {
      api.push((await time(() => gql(query)))[1]);
      floor.push((await time(() => recorder.replay(statements)))[1]);
    }
    measures.push({
      name: `query: ${name}`,
      unit: 'ms',
      value: round1(pct(api, 50)),
      p95: round1(pct(api, 95)),
      target,
      floorP50: round1(pct(floor, 50)),
      floorP95: round1(pct(floor, 95)),
      ratio: round1(pct(api, 50) / Math.max(pct(floor, 50), 0.01)),
      statements: statements.length,
    });
  }
  // What the API keeps under the data version (rankings, the gap order, whole-corpus reads) is built
  // again by the first request after any write; the rounds above only meet it warm.
  progress('first requests after a data change');
  for (const name of ['graph, topic at depth 2', 'research gaps list', 'evidence map']) {
    const { query } = JOURNEY_QUERIES.find((q) => q.name === name)!;
    const cold: number[] = [];
    for (let i = 0; i < COLD_ROUNDS; i++) {
      // The same change an ingestion makes to the data version, without changing the data.
      await connection.driver.executeQuery(`MATCH (i:SeedInfo {id: 'seed'}) SET i.ingestedAt = datetime()`);
      cold.push((await time(() => gql(query)))[1]);
    }
    measures.push({
      name: `first request after a data change: ${name}`,
      unit: 'ms',
      value: round1(pct(cold, 50)),
      p95: round1(pct(cold, 95)),
      note: `${COLD_ROUNDS} rounds`,
    });
  }
  if (!args['no-load']) {
    progress(`${loadClients} clients for ${loadSeconds} s`);
    const load = await mixedLoad(base, JOURNEY_QUERIES, loadClients, loadSeconds);
    const what = `load: mixed journeys, ${load.connections} clients, ${load.seconds} s`;
    measures.push({ name: `${what}, requests per second`, unit: 'req/s', value: load.requestsPerSecond, note: `${load.requests} requests` });
    measures.push({ name: `${what}, latency`, unit: 'ms', value: load.p50, p99: load.p99, note: `max ${load.max} ms` });
    measures.push({ name: `${what}, errors`, unit: 'count', value: load.errors, target: 0 });
  }
  measures.push({ name: 'API process resident memory after the run', unit: 'MB', value: Math.round(process.memoryUsage().rss / 2 ** 20), target: 600 });
  measures.push({ name: 'API process peak resident memory', unit: 'MB', value: Math.round(process.resourceUsage().maxRSS / 1024), target: 600 });
  if (browser && webDist) {
    progress(`the graph view at ${browserSizes.join(', ')} elements`);
    measures.push(...(await browser.browserScale(base, browserSizes)));
  }
  server.close();
  await apollo.stop();
} finally {
  await connection.close();
  rmSync(work, { recursive: true, force: true });
}

const checkTargets = !args['no-targets'];
for (const m of measures) {
  const within = m.target === undefined || (m.atLeast ? m.value >= m.target : (m.p95 ?? m.value) <= m.target);
  const ratioOk = m.ratio === undefined || m.ratio <= FLOOR_RATIO_TARGET;
  m.ok = within && ratioOk;
}
const run: BenchRun = {
  scale,
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    rounds,
    warmUpRounds: WARM_UP_ROUNDS,
    loadAverage: { start: round1(loadAtStart), end: round1(loadavg()[0]!) },
    ...counts,
  },
  measures,
};

// One run per scale: a new run replaces the earlier one of the same scale and keeps the others.
const runs = [...readRuns().filter((r) => r.scale !== scale), run].sort((a, b) => a.scale - b.scale);
writeFileSync(resultsPath, JSON.stringify({ runs }, null, 2) + '\n');
console.log(writeReport(runs));
const missed = measures.filter((m) => !m.ok);
if (checkTargets && missed.length) {
  console.error(`bench: ${missed.length} target(s) missed at ${scale}×: ${missed.map((m) => m.name).join('; ')}`);
  process.exit(1);
}
process.exit(0);
