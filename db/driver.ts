import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast while the database is down; callers answer a clear error and recover by themselves.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
  });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when an error means the database cannot be reached (as opposed to a bad statement). */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError && (UNAVAILABLE.has(e.code) || e.retriable)) return true;
  return e instanceof Error && /ECONNREFUSED|connect|Connection acquisition timed out/i.test(e.message);
}
