/**
 * `npm start`: the whole app on one machine. Starts the project's local Neo4j (unless NEO4J_URI
 * points at one), seeds it when it is empty or holds an older seed, builds the web app when
 * web/dist is missing or stale, then serves the web app and the API from one server on PORT
 * (as in production). `npm run dev` (--dev) serves the API alone and the web app from Vite's dev
 * server with hot reload instead. Ctrl-C stops everything, Neo4j included.
 */
import { join } from 'node:path';
import { pino } from 'pino';
import { readConfig } from '../api/config.ts';
import { seedIfNeeded } from '../seed/load.ts';
import { connectNeo4j } from '../db/connect.ts';
import { ROOT } from '../db/launcher.ts';
import { serve } from './serve.ts';
import { webBuildNeeded } from './web-dist.ts';

const dev = process.argv.includes('--dev');
const config = readConfig();
const log = pino({ level: config.LOG_LEVEL, transport: undefined });
const say = (s: string) => console.log(`triangulate: ${s}`);
const cleanups: (() => Promise<unknown>)[] = [];
let stopping = false;

async function shutdown(code = 0): Promise<void> {
  if (stopping) return; // a second Ctrl-C while stopping changes nothing
  stopping = true;
  say('stopping…');
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** Builds web/dist with Vite when it is missing or older than its sources; returns its folder. */
async function builtWebApp(): Promise<string> {
  const dist = config.WEB_DIST ?? join(ROOT, 'web', 'dist');
  const reason = config.WEB_DIST ? null : webBuildNeeded(ROOT, dist);
  if (reason) {
    say(`building the web app (${reason})…`);
    const started = Date.now();
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    say(`web app built into web/dist in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return dist;
}

try {
  const webDist = dev ? undefined : await builtWebApp();
  say(config.NEO4J_URI ? `using the Neo4j at ${config.NEO4J_URI} (NEO4J_URI)` : 'starting the local Neo4j (data in .data/neo4j)…');
  const connection = await connectNeo4j({ env: config, log: say });
  cleanups.push(() => connection.close());
  const { driver } = connection;
  if (connection.local) say(`Neo4j is up at ${connection.uri}`);
  if (!(await seedIfNeeded(driver, say))) say('the database already holds the current seed');

  const serving = await serve({ config, driver, log, webDist });
  cleanups.push(() => serving.close());
  const apiUrl = serving.url;
  if (!dev) {
    say(`web app and API on one server: GraphQL at ${apiUrl}/graphql, metrics at ${apiUrl}/metrics`);
    say(`Open ${apiUrl}/ in a browser. Press Ctrl-C to stop.`);
  } else {
    process.env.TRIANGULATE_API_URL = apiUrl;
    const webPort = Number(process.env.WEB_PORT ?? 5173);
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({ configFile: join(ROOT, 'vite.config.ts'), server: { port: webPort, host: config.HOST, strictPort: false } });
    await vite.listen();
    cleanups.push(() => vite.close());
    const webUrl = vite.resolvedUrls?.local[0] ?? `http://${config.HOST}:${webPort}/`;
    say(`API:  ${apiUrl}/graphql`);
    say(`development: Vite serves the web app with hot reload. Open ${webUrl} in a browser. Press Ctrl-C to stop.`);
  }
} catch (e) {
  console.error(`triangulate: ${(e as Error).message}`);
  await shutdown(1);
}
