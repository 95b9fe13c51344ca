import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { addressOf } from './bolt-ping.ts';
import { DEFAULT_BREAKER, DatabaseDown, guardDriver, isConnectionFailure } from './breaker.ts';

/**
 * The driver, behind a circuit breaker (db/breaker.ts). Timeouts are short so an outage shows at
 * once: connecting on loopback or a LAN takes milliseconds, and a refused connection fails at
 * once anyway; the breaker, not the driver, retries (the driver's own retries wait 1 s, 2 s, …
 * between attempts, so a request made while Neo4j was down took 3–8 s to fail).
 */
/** The driver's connection pool (the driver's default, stated so /metrics can report its use against it). */
export const POOL_SIZE = 100;

export function createDriver(uri: string, user: string, password: string): Driver {
  return guardDriver(
    neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 1_000,
      maxConnectionPoolSize: POOL_SIZE,
      // Waiting for a free pooled connection: admission control keeps concurrency below the pool size, so this is rare.
      connectionAcquisitionTimeout: 2_000,
      disableLosslessIntegers: true,
    }),
    DEFAULT_BREAKER,
    addressOf(uri),
  );
}

/** True when an error means the database cannot be reached (as opposed to a bad statement). */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof DatabaseDown || isConnectionFailure(e)) return true;
  if (e instanceof Neo4jError && e.retriable) return true;
  return e instanceof Error && /ECONNREFUSED|connect|Connection acquisition timed out/i.test(e.message);
}
