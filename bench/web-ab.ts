/**
 * `npx tsx bench/web-ab.ts --dists DIR_A,DIR_B[,…] [--rounds 20] [--path /graph] [--data DIR]`: an A/B
 * of web builds on one journey (time to the graph-laid-out mark, as `npm run bench:web` measures it),
 * each build served by its own API on one Neo4j and loaded in one Chromium, the builds alternated load
 * by load so a machine whose load changes weighs on each alike. Build each variant first, e.g.
 * `NODE_ENV=production npx vite build --outDir /tmp/a`. Prints each build's p50, p95 and mean, and the
 * median time of every User Timing mark and resource (scripts, /graphql) of its loads, so extra
 * `performance.mark` calls in a variant show where its time went. The API's time per POST is printed
 * as server:N (N in the order the answers finished). NEO4J_URI, or a local Neo4j kept in --data
 * (seeded on first use).
 */
process.env.NODE_ENV = 'production';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { createApp, listen } from '../api/server.ts';
import { connectNeo4j } from '../db/connect.ts';
import { GRAPH_LAID_OUT } from '../core/perf-marks.ts';
import { loadSeed } from '../seed/load.ts';

const { values: args } = parseArgs({
  options: {
    dists: { type: 'string' },
    rounds: { type: 'string', default: '20' },
    path: { type: 'string', default: '/graph' },
    data: { type: 'string', default: join(tmpdir(), 'triangulate-web-ab-neo4j') },
  },
});
if (!args.dists) throw new Error('--dists DIR_A,DIR_B is required');
const dists = args.dists.split(',');
const rounds = Number(args.rounds);
const laidOut = `performance.getEntriesByName('${GRAPH_LAID_OUT}').length > 0`;

const loads = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`load average at start ${loads()}`);
const connection = await connectNeo4j({
  dataDir: process.env.NEO4J_URI ? undefined : args.data,
  port: 'free',
  heap: '1g',
  pageCache: '256m',
  log: () => undefined,
});
const servers: Awaited<ReturnType<typeof listen>>[] = [];
const serverTimes: number[] = [];
const browser = await launchChromium();
try {
  const sources = await connection.driver.executeQuery('MATCH (s:Source) RETURN count(s) AS n');
  if (Number(sources.records[0]!.get('n')) === 0) await loadSeed(connection.driver);
  const pages: { base: string; page: Page }[] = [];
  for (const dist of dists) {
    const { app } = await createApp({ driver: connection.driver, webDist: dist });
    const server = await listen(app, 0, '127.0.0.1');
    servers.push(server);
    server.on('request', (req, res) => {
      if (req.method !== 'POST') return;
      const t0 = performance.now();
      res.on('finish', () => serverTimes.push(Math.round(performance.now() - t0)));
    });
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true })).newPage();
    // Two unmeasured loads warm the HTTP cache (a returning user, as bench/web.ts's journeys) and the API.
    for (let i = 0; i < 2; i++) {
      await page.goto(base + args.path);
      await page.waitForFunction(laidOut, undefined, { polling: 'raf', timeout: 60_000 });
    }
    pages.push({ base, page });
  }

  const results: { ms: number; marks: Record<string, number> }[][] = dists.map(() => []);
  for (let r = 0; r < rounds; r++)
    for (let k = 0; k < dists.length; k++) {
      const i = (r + k) % dists.length;
      const { base, page } = pages[i]!;
      await page.goto('about:blank');
      serverTimes.length = 0;
      await page.goto(base + args.path);
      const ready = await page.waitForFunction(`(${laidOut}) ? performance.now() : 0`, undefined, { polling: 'raf', timeout: 60_000 });
      const ms = Math.round((await ready.jsonValue()) as number);
      await page.waitForTimeout(150);
      const marks = await page.evaluate(() => {
        const m: Record<string, number> = {};
        for (const e of performance.getEntriesByType('mark')) if (!(e.name in m)) m[e.name] = Math.round(e.startTime);
        let gql = 0;
        for (const e of performance.getEntriesByType('resource') as unknown as { name: string; startTime: number; responseEnd: number }[]) {
          const path = new URL(e.name).pathname;
          const key = path === '/graphql' ? `graphql ${gql++}` : path.replace(/-[\w-]{8}\.(js|css)$/, '.$1');
          m[`${key} start`] = Math.round(e.startTime);
          m[`${key} end`] = Math.round(e.responseEnd);
        }
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        if (fcp) m['first contentful paint'] = Math.round(fcp.startTime);
        return m;
      });
      serverTimes.forEach((t, n) => (marks[`server:${n}`] = t));
      results[i]!.push({ ms, marks });
    }

  const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)]!;
  dists.forEach((dist, i) => {
    const ms = results[i]!.map((x) => x.ms);
    const mean = Math.round(ms.reduce((a, b) => a + b, 0) / ms.length);
    console.log(`\n${dist}: p50 ${quantile(ms, 0.5)} ms, p95 ${quantile(ms, 0.95)} ms, mean ${mean} ms  [${ms.join(' ')}]`);
    const keys = [...new Set(results[i]!.flatMap((x) => Object.keys(x.marks)))];
    const medians = keys
      .map(
        (k) =>
          [
            k,
            quantile(
              results[i]!.flatMap((x) => x.marks[k] ?? []),
              0.5,
            ),
          ] as const,
      )
      .sort((a, b) => a[1] - b[1]);
    for (const [k, v] of medians) console.log(`  ${String(v).padStart(5)}  ${k}`);
  });
  console.log(`\nload average at end ${loads()}`);
} finally {
  await browser.close();
  for (const s of servers) await new Promise((r) => s.close(r));
  await connection.close();
}
