/**
 * The production server (Docker, or a user's own Neo4j): the API and, when built, the web app on
 * one port, with document uploads. Compiled to dist/scripts/main.js by `npm run build`; reads the
 * environment and serves (scripts/serve.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { readConfig } from '../api/config.ts';
import { createDriver } from '../db/driver.ts';
import { serve } from './serve.ts';

const config = readConfig();
const log = pino({ level: config.LOG_LEVEL });
if (!config.NEO4J_URI) {
  log.fatal('NEO4J_URI is not set: point the API at a Neo4j (or use `npm start`, which runs a local one)');
  process.exit(2);
}
const driver = createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD);
// The web app of `npm run build`, found from the working directory (the project's folder, /app in the image).
const webDist = resolve(config.WEB_DIST ?? 'web/dist');
const withWeb = existsSync(join(webDist, 'index.html'));
const { url, close } = await serve({ config, driver, log, webDist });
log.info(
  withWeb
    ? `web app and API on ${url}/ (GraphQL at ${url}/graphql, web app from ${webDist})`
    : `API on ${url}/graphql (no web app: ${webDist} has no build; run npm run build)`,
);

const shutdown = async () => {
  await close();
  await driver.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
