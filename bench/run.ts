/**
 * `npm run bench`: seed and query timings on this machine against a real, fresh local Neo4j
 * (or NEO4J_URI). Writes bench/results.json and bench/RESULTS.md. Targets are checked here, never
 * in unit tests; the run exits non-zero when one is missed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp, listen } from '../api/server.ts';
import { loadSeed, prepareSeed } from '../seed/load.ts';
import { connectNeo4j } from '../db/connect.ts';
import { ROOT } from '../db/launcher.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

interface Result {
  name: string;
  unit: 'ms' | 'MB';
  value: number;
  p95?: number;
  target: number;
  ok: boolean;
}
const results: Result[] = [];
const record = (name: string, unit: Result['unit'], value: number, target: number, p95?: number) =>
  results.push({
    name,
    unit,
    value: Math.round(value * 10) / 10,
    p95: p95 === undefined ? undefined : Math.round(p95 * 10) / 10,
    target,
    ok: (p95 ?? value) <= target,
  });

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const dataDir = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
const connection = await connectNeo4j({ dataDir, port: 'free', heap: '1g', pageCache: '256m', log: () => undefined });
const { driver } = connection;
try {
  const [seed, prepMs] = await time(() => prepareSeed());
  record('seed: read, segment, decode, validate (all files)', 'ms', prepMs, 10_000);
  const [, coldMs] = await time(() => loadSeed(driver, seed));
  record('seed: load into an empty Neo4j (one transaction)', 'ms', coldMs, 60_000);
  const [, warmMs] = await time(() => loadSeed(driver, seed));
  record('seed: reload the same seed (idempotent)', 'ms', warmMs, 60_000);

  const { app, apollo } = await createApp({ driver });
  const server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string, variables?: object) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const queries: [string, string, number][] = [
    ['query: sources', '{ sources { id title passageCount claimCount } }', 150],
    [
      'query: reader page (300 passages + spans, 2006 report)',
      '{ source(id: "gallagher-2006") { evidenceSpans { id start end } passages(first: 300) { edges { node { id text reading start end } } } } }',
      600,
    ],
    [
      'query: search across all types, page of 20',
      '{ search(query: "live streaming webcam", first: 20) { totalCount countsByType { type count } edges { highlight node { ... on Passage { id source { id } } ... on Claim { id text source { id } } ... on Statistic { id measure source { id } } ... on ResearchGap { id question } ... on Misconception { id belief } } } } }',
      300,
    ],
    ['query: graph, default focus (most contested), depth 1', '{ graph { nodes { id type label degree } edges { id kind } } }', 500],
    ['query: graph, largest topic, depth 2', '{ graph(focus: ["data-measurement"], depth: 2) { nodes { id type label degree } edges { id kind } } }', 1500],
    ['query: neighbours page of a source (200)', '{ neighbours(id: "gallagher-2006", limit: 200) { nodes { id } edges { id } } }', 800],
    [
      'query: consensus of a gap',
      '{ consensus(id: "gap:merdian-how-offenders-know-locations") { stances { stance source { id } evidence { ... on Claim { id quote { exact } } } } silent { id } } }',
      300,
    ],
    [
      'query: claims, filtered page of 50',
      '{ claims(filter: { topics: ["offenders"] }, first: 50) { totalCount edges { node { id text source { id } topics { id } quote { exact } } } } }',
      300,
    ],
    [
      'query: research gaps with raising quotes',
      '{ researchGaps { id question priority sourceCount raisedBy { claim { id quote { exact } source { id } } } } }',
      500,
    ],
    ['query: one item with quote in context', '{ evidence(id: "ceop-2013:s001") { id quote { exact context { before quote after } } } }', 150],
  ];
  for (const [name, q, target] of queries) {
    await gql(q); // warm
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) samples.push((await time(() => gql(q)))[1]);
    record(`${name} (median; p95 vs target)`, 'ms', pct(samples, 50), target, pct(samples, 95));
  }
  server.close();
  await apollo.stop();
  record('API process resident memory after the run', 'MB', process.memoryUsage().rss / 2 ** 20, 600);
} finally {
  await connection.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

const meta = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), rounds: ROUNDS };
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify({ meta, results }, null, 2) + '\n');
const table = [
  `# Benchmark results`,
  '',
  `${meta.date.slice(0, 10)} · Node ${meta.node} · ${meta.cpus} cores · ${meta.memoryGB} GB · ${meta.rounds} rounds per query · \`npm run bench\``,
  '',
  '| measure | value | p95 | target | met |',
  '|---|---:|---:|---:|:---:|',
  ...results.map((r) => `| ${r.name} | ${r.value} ${r.unit} | ${r.p95 ?? ''} | ≤ ${r.target} ${r.unit} | ${r.ok ? 'yes' : '**no**'} |`),
  '',
];
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), table.join('\n'));
console.log(table.join('\n'));
process.exit(results.every((r) => r.ok) ? 0 : 1);
