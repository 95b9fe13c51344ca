/** The API process on its own (Docker, or a user's own Neo4j): reads the environment and serves. */
import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createDriver } from '../db/driver.ts';
import { createApp, listen, optionsFromConfig } from './server.ts';

const config = readConfig();
const log = pino({ level: config.LOG_LEVEL });
if (!config.NEO4J_URI) {
  log.fatal('NEO4J_URI is not set: point the API at a Neo4j (or use `npm start`, which runs a local one)');
  process.exit(2);
}
const driver = createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD);
const { app, apollo } = await createApp({ driver, log, ...optionsFromConfig(config) });
const server = await listen(app, config.PORT, config.HOST);
log.info(`API on http://${config.HOST}:${config.PORT}/graphql`);

const shutdown = async () => {
  server.close();
  await apollo.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
