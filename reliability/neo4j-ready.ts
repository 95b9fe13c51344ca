import neo4j from 'neo4j-driver';

/**
 * When Neo4j can serve again, seen from outside the API: the first read of the graph that
 * answers, on a driver of its own without retries or breaker. (The launcher's start resolves when
 * Bolt answers; after a `kill -9` the database may still be recovering for seconds.)
 */
export async function whenQueryable(uri: string, user = 'neo4j', password = 'x'): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 1000 });
  try {
    for (;;) {
      const session = driver.session();
      try {
        await session.run('MATCH (n) RETURN n LIMIT 1');
        return performance.now();
      } catch {
        await new Promise((r) => setTimeout(r, 20));
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  } finally {
    await driver.close();
  }
}
