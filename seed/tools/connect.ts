import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readConfig } from '../../api/config.ts';
import { createDriver } from '../../api/db.ts';
import { ROOT, startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j.ts';
import { seedIfNeeded } from '../load.ts';

/**
 * The database a curator tool works on: NEO4J_URI if set, else the app's running local Neo4j,
 * else the app's data folder started for the tool (seeded first when `seed` is set; a tool that
 * reads curators' decisions must not seed, since a reload would replace them).
 */
export async function connectForTool(opts: { seed: boolean }): Promise<{ driver: Driver; local?: LocalNeo4j }> {
  const config = readConfig();
  if (config.NEO4J_URI) return { driver: createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD) };
  const running = createDriver('bolt://127.0.0.1:7687', config.NEO4J_USER, config.NEO4J_PASSWORD);
  try {
    await running.verifyConnectivity();
    return { driver: running };
  } catch {
    await running.close();
  }
  const local = await startLocalNeo4j({ dataDir: join(ROOT, '.data', 'neo4j'), heap: '2g', pageCache: '1g' });
  const driver = createDriver(local.uri, config.NEO4J_USER, config.NEO4J_PASSWORD);
  if (opts.seed) await seedIfNeeded(driver);
  return { driver, local };
}
