/**
 * `npm start`: the whole app on one machine. Starts the project's local Neo4j (unless NEO4J_URI
 * points at one), seeds it when it is empty or holds an older seed, then serves the API and the
 * web app, and prints where to open it. Ctrl-C stops everything, Neo4j included.
 */
import { join } from 'node:path';
import { pino } from 'pino';
import { createServer as createVite } from 'vite';
import { readConfig } from '../api/config.ts';
import { createApp, listen, optionsFromConfig } from '../api/server.ts';
import { ingestHooks } from '../seed/ingest/pipeline.ts';
import { seedIfNeeded } from '../seed/load.ts';
import { connectNeo4j } from '../db/connect.ts';
import { ROOT } from '../db/launcher.ts';

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

try {
  say(config.NEO4J_URI ? `using the Neo4j at ${config.NEO4J_URI} (NEO4J_URI)` : 'starting the local Neo4j (data in .data/neo4j)…');
  const connection = await connectNeo4j({ env: config, log: say });
  cleanups.push(() => connection.close());
  const { driver } = connection;
  if (connection.local) say(`Neo4j is up at ${connection.uri}`);
  if (!(await seedIfNeeded(driver, say))) say('the database already holds the current seed');

  const { app, apollo } = await createApp({ driver, log, ...optionsFromConfig(config), webDist: undefined, ingest: ingestHooks(driver) });
  const server = await listen(app, config.PORT, config.HOST);
  cleanups.push(async () => {
    server.close();
    await apollo.stop();
  });
  const apiUrl = `http://${config.HOST}:${config.PORT}`;
  process.env.TRIANGULATE_API_URL = apiUrl;

  const webPort = Number(process.env.WEB_PORT ?? 5173);
  const vite = await createVite({ configFile: join(ROOT, 'vite.config.ts'), server: { port: webPort, host: config.HOST, strictPort: false } });
  await vite.listen();
  cleanups.push(() => vite.close());
  const webUrl = vite.resolvedUrls?.local[0] ?? `http://${config.HOST}:${webPort}/`;
  say(`API:  ${apiUrl}/graphql`);
  say(`Open ${webUrl} in a browser. Press Ctrl-C to stop.`);
} catch (e) {
  console.error(`triangulate: ${(e as Error).message}`);
  await shutdown(1);
}
