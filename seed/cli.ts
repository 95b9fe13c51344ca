/**
 * `npm run seed`: validate the corpus and evidence files, then load them into Neo4j in one
 * transaction. Uses NEO4J_URI when set, otherwise the project's local Neo4j (.data/neo4j).
 *   npm run seed -- --check   # validate only, touch no database
 */
import { join } from 'node:path';
import { readConfig } from '../api/config.ts';
import { createDriver } from '../api/db.ts';
import { ROOT, startLocalNeo4j } from '../scripts/neo4j.ts';
import { loadSeed, prepareSeed } from './load.ts';

const checkOnly = process.argv.includes('--check');
try {
  const data = prepareSeed();
  const passages = data.sources.reduce((n, s) => n + s.passages.length, 0);
  console.log(`seed: ${data.sources.length} sources, ${passages} passages are valid`);
  if (!checkOnly) {
    const config = readConfig();
    const local = config.NEO4J_URI ? undefined : await startLocalNeo4j({ dataDir: join(ROOT, '.data', 'neo4j'), heap: '2g', pageCache: '1g' });
    const driver = createDriver(config.NEO4J_URI ?? local!.uri, config.NEO4J_USER, config.NEO4J_PASSWORD);
    try {
      await loadSeed(driver, data);
      console.log(`seed: loaded into ${config.NEO4J_URI ?? local!.uri}`);
    } finally {
      await driver.close();
      await local?.stop();
    }
  }
} catch (e) {
  console.error(`seed: ${(e as Error).message}`);
  process.exit(1);
}
