import { connectNeo4j, type Connection } from '../../db/connect.ts';
import { seedIfNeeded } from '../load.ts';

/**
 * The database a curator tool works on: NEO4J_URI if set, else the app's running local Neo4j,
 * else the app's data folder started for the tool (seeded first when `seed` is set; a tool that
 * reads curators' decisions must not seed, since a reload would replace them).
 */
export async function connectForTool(opts: { seed: boolean }): Promise<Connection> {
  const connection = await connectNeo4j({ reuseRunning: true });
  if (opts.seed && connection.local) await seedIfNeeded(connection.driver);
  return connection;
}
