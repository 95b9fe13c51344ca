/**
 * `npm run bench:web [-- --rounds R] [--out DIR] [--dist DIR]`: what the browser downloads and how
 * fast the explorer answers, in Chromium against the production build served by the real API over
 * loopback, with a real Neo4j (NEO4J_URI, else a fresh local one seeded with the corpus).
 *
 * - Each view from a cold cache (a new browser context per round): the scripts it downloads, their
 *   size raw and gzipped (the API serves them uncompressed; gzip is what a compressing proxy would
 *   send), first contentful paint, and when its content is on screen.
 * - The explorer journeys of issue 9, with the scripts already cached (a returning user): the
 *   reader opened at a quote near the end of the 2006 report, the first graph render at the
 *   default focus, and a topic focus of about 250 nodes.
 * Results go to DIR/web-results.json and DIR/WEB-RESULTS.md. Targets are reported, never asserted.
 */
process.env.NODE_ENV = 'production'; // a production build (Vite reads this), whatever the caller's environment

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { build } from 'vite';
import { createApp, listen } from '../api/server.ts';
import { connectNeo4j } from '../db/connect.ts';
import { ROOT } from '../db/launcher.ts';
import { GRAPH_LAID_OUT } from '../core/perf-marks.ts';
import { loadSeed } from '../seed/load.ts';
import { renderWebResults, summarise, type JourneyResult, type ScriptLoad, type ViewResult, type WebBench } from './web-report.ts';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '5' },
    out: { type: 'string', default: join(ROOT, 'bench') },
    dist: { type: 'string' },
  },
});
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) throw new Error(`--rounds must be a whole number from 1 to 100, not ${args.rounds}`);

const VIEWPORT = { width: 1280, height: 800 };
// Playwright evaluates its wait predicates as strings, which the production API's Content Security
// Policy (script-src 'self') forbids; bypassing it changes nothing else the page does.
const CONTEXT = { viewport: VIEWPORT, bypassCSP: true };
/** The node budget the graph view offers for a large focus (`nodes=250`, web/src/graph/model.ts NODE_BUDGETS). */
const TOPIC_FOCUS_NODES = 250;

/** The machine's load before the run: a busy machine makes every timing noisy. */
const loadAtStart = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-web-'));
const connection = await connectNeo4j({
  dataDir: process.env.NEO4J_URI ? undefined : join(work, 'neo4j'),
  port: 'free',
  heap: '1g',
  pageCache: '256m',
  log: () => undefined,
});
let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof listen>> | undefined;
try {
  const sources = await connection.driver.executeQuery('MATCH (s:Source) RETURN count(s) AS n');
  if (Number(sources.records[0]!.get('n')) === 0) await loadSeed(connection.driver);

  const dist = args.dist ?? join(work, 'dist');
  if (!args.dist)
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true, sourcemap: false },
    });
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built web app in ${dist}`);
  const { app } = await createApp({ driver: connection.driver, webDist: dist });
  server = await listen(app, 0, '127.0.0.1');
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(`GraphQL failed: ${body.errors?.map((e) => e.message).join('; ')}`);
    return body.data;
  };
  const fixtures = await findFixtures(gql);

  browser = await launchChromium();

  const q = encodeURIComponent;
  const views: { name: string; path: string; ready: string }[] = [
    { name: 'landing page (sources)', path: '/', ready: `document.querySelector('[data-testid="source-card"]')` },
    { name: 'search', path: `/search?q=${q(fixtures.searchWords)}`, ready: `document.querySelector('.hit')` },
    { name: 'reader', path: `/sources/merdian-2019`, ready: `document.querySelector('mark.hl')` },
    { name: 'graph', path: '/graph', ready: `performance.getEntriesByName('${GRAPH_LAID_OUT}').length > 0` },
    { name: 'contradictions', path: '/contradictions', ready: `document.querySelector('[data-testid="contradiction"]')` },
    { name: 'research gaps', path: '/gaps', ready: `document.querySelector('[data-testid="gap-row"]')` },
    { name: 'evidence map', path: '/map', ready: `document.querySelector('[data-testid="map-cell"]')` },
    { name: 'item page', path: `/items/${q(fixtures.itemPage)}`, ready: `document.querySelector('[data-testid="item-page"] h1')` },
  ];
  const viewResults: ViewResult[] = [];
  for (const v of views) {
    const loads = [];
    for (let r = 0; r < rounds; r++) loads.push(await coldLoad(browser, base + v.path, v.ready));
    const scripts = loads[0]!.scripts;
    viewResults.push({
      name: v.name,
      path: v.path,
      scripts,
      scriptBytes: scripts.reduce((n, s) => n + s.bytes, 0),
      scriptGzip: scripts.reduce((n, s) => n + s.gzip, 0),
      fcp: summarise(loads.map((l) => l.fcp)),
      ready: summarise(loads.map((l) => l.ready)),
    });
    console.log(`${v.name}: ${(viewResults.at(-1)!.scriptGzip / 1000).toFixed(1)} kB gzipped script, FCP p50 ${viewResults.at(-1)!.fcp.p50} ms`);
  }

  const lateQuote = `(() => { const el = document.querySelector('mark[data-items~="${fixtures.lateItem}"]'); if (!el) return false;
    const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`;
  const laidOut = `performance.getEntriesByName('${GRAPH_LAID_OUT}').length > 0`;
  const journeys: JourneyResult[] = [
    await journey(browser, {
      name: 'reader at a quote near the end of the 2006 report (quote on screen)',
      detail: `${fixtures.lateItem}, passage ${fixtures.lateOrdinal} of ${fixtures.lastOrdinal}`,
      url: `${base}/sources/gallagher-2006?item=${q(fixtures.lateItem)}`,
      ready: lateQuote,
      target: 800,
    }),
    await journey(browser, {
      name: 'first graph render at the default focus',
      detail: 'the most contested items',
      url: `${base}/graph`,
      ready: laidOut,
      target: 500,
    }),
    await journey(browser, {
      name: `topic focus of about ${TOPIC_FOCUS_NODES} nodes rendered`,
      detail: `topic ${fixtures.topic.id} at depth ${fixtures.topic.depth}`,
      url: `${base}/graph?focus=${q(fixtures.topic.id)}&depth=${fixtures.topic.depth}&nodes=${TOPIC_FOCUS_NODES}`,
      ready: laidOut,
      target: 1000,
    }),
  ];

  const result: WebBench = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      note: `1-minute load average ${loadAtStart.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after; above the core count, other work shared the machine and timings are noisy`,
    },
    rounds,
    viewport: VIEWPORT,
    command: `npm run bench:web -- --rounds ${rounds}`,
    views: viewResults,
    journeys,
  };
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'web-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(args.out, 'WEB-RESULTS.md'), renderWebResults(result));
  for (const j of journeys) console.log(`${j.name}: p50 ${j.p50} ms, p95 ${j.p95} ms (target ${j.target} ms)`);
} finally {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await connection.close();
  rmSync(work, { recursive: true, force: true });
}

/** Waits (checking every frame) until `ready` holds, and returns when that was in ms after navigation start. */
async function readyAt(page: Page, ready: string): Promise<number> {
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : 0`, undefined, { polling: 'raf', timeout: 60_000 });
  return Math.round((await handle.jsonValue()) as number);
}

async function coldLoad(b: Browser, url: string, ready: string): Promise<{ scripts: ScriptLoad[]; fcp: number; ready: number }> {
  const context = await b.newContext(CONTEXT);
  try {
    const page = await context.newPage();
    const scripts: ScriptLoad[] = [];
    const bodies: Promise<void>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      bodies.push(
        res.body().then(
          (body) => void scripts.push({ path: new URL(res.url()).pathname, bytes: body.length, gzip: gzipSync(body).length }),
          () => undefined,
        ),
      );
    });
    await page.goto(url);
    const at = await readyAt(page, ready);
    const fcp = await readyAt(page, `performance.getEntriesByName('first-contentful-paint')[0]?.startTime`).then(() =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime),
    );
    await Promise.all(bodies);
    return { scripts: scripts.sort((x, y) => x.path.localeCompare(y.path)), fcp: Math.round(fcp), ready: at };
  } finally {
    await context.close();
  }
}

/** One journey, `rounds` times in one context whose HTTP cache is warm from a first, unmeasured visit. */
async function journey(b: Browser, j: { name: string; detail: string; url: string; ready: string; target: number }): Promise<JourneyResult> {
  const context = await b.newContext(CONTEXT);
  try {
    const page = await context.newPage();
    await page.goto(j.url);
    await readyAt(page, j.ready);
    const times: number[] = [];
    let nodes: number | undefined;
    for (let r = 0; r < rounds; r++) {
      await page.goto('about:blank');
      await page.goto(j.url);
      times.push(await readyAt(page, j.ready));
      nodes = await page.evaluate(
        (mark) => (performance.getEntriesByName(mark).at(-1) as { detail?: { nodes?: number } } | undefined)?.detail?.nodes,
        GRAPH_LAID_OUT,
      );
    }
    const s = summarise(times);
    return { name: j.name, detail: nodes ? `${j.detail}: ${nodes} nodes` : j.detail, target: j.target, ...s, met: s.p95 <= j.target };
  } finally {
    await context.close();
  }
}

/** The items, words and topic the views and journeys open, found through the API. */
async function findFixtures(gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>) {
  type Stat = { node: { id: string; quote: { context: { passages: { ordinal: number }[] } } } };
  const stats = await gql<{ statistics: { edges: Stat[] } }>(
    `{ statistics(filter: { sources: ["gallagher-2006"] }, first: 500) { edges { node { id quote { context { passages { ordinal } } } } } } }`,
  );
  const late = stats.statistics.edges
    .map(({ node }) => ({ id: node.id, ordinal: node.quote.context.passages[0]!.ordinal }))
    .reduce((a, x) => (x.ordinal > a.ordinal ? x : a));
  const { source } = await gql<{ source: { passageCount: number } }>(`{ source(id: "gallagher-2006") { passageCount } }`);
  const rel = await gql<{ relations: { edges: { node: { from: { id: string } } }[] } }>(
    `{ relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } } } } }`,
  );
  // The largest topic, at depth 1, with the view's node budget of 250.
  const { topics } = await gql<{ topics: { id: string; claimCount: number; statisticCount: number }[] }>(`{ topics { id claimCount statisticCount } }`);
  const largest = topics.sort((a, b) => b.claimCount + b.statisticCount - a.claimCount - a.statisticCount)[0]!;
  const topic = { id: largest.id, depth: 1 };
  return {
    lateItem: late.id,
    lateOrdinal: late.ordinal,
    lastOrdinal: source.passageCount,
    itemPage: rel.relations.edges[0]!.node.from.id,
    searchWords: 'grooming',
    topic,
  };
}
