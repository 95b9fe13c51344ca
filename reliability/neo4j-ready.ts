import neo4j from 'neo4j-driver';

/**
 * When Neo4j can serve again, seen from outside the API: the first time a statement (by default a
 * trivial read of the graph) answers, on a driver of its own without retries or breaker. After a
 * `kill -9` the database answers Bolt seconds before it answers queries, and the first run of each
 * statement after a restart also waits for Neo4j to plan it again.
 */
export async function whenQueryable(
  uri: string,
  cypher = 'MATCH (n) RETURN n LIMIT 1',
  params: Record<string, unknown> = {},
  user = 'neo4j',
  password = 'x',
): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 1000 });
  try {
    for (;;) {
      const session = driver.session();
      try {
        await session.run(cypher, params);
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
