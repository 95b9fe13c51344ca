import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from './driver.ts';
import { readNeo4jEnv, type Neo4jEnv } from './env.ts';
import { ROOT, freePort, portFree, startLocalNeo4j, type LocalNeo4j } from './launcher.ts';

export interface Connection {
  driver: Driver;
  uri: string;
  /** Set when this call started the local Neo4j; `close()` stops it. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Where the local Neo4j keeps its data (default: the app's `.data/neo4j`). */
  dataDir?: string;
  /** Reuse a local Neo4j already answering on NEO4J_BOLT_PORT (a curator tool beside `npm start`). */
  reuseRunning?: boolean;
  /** `free`: any free port (tests, benchmarks), so a running `npm start` is never disturbed. */
  port?: 'free';
  heap?: string;
  pageCache?: string;
  log?: (s: string) => void;
  env?: Neo4jEnv;
}

/**
 * The one way every command reaches Neo4j: NEO4J_URI when set (nothing local is started);
 * otherwise the project's local Neo4j on NEO4J_BOLT_PORT (or a free port when that one is taken).
 */
export async function connectNeo4j(opts: ConnectOptions = {}): Promise<Connection> {
  const env = opts.env ?? readNeo4jEnv();
  const { NEO4J_USER: user, NEO4J_PASSWORD: password } = env;
  if (env.NEO4J_URI) {
    const driver = createDriver(env.NEO4J_URI, user, password);
    return { driver, uri: env.NEO4J_URI, close: () => driver.close() };
  }
  if (opts.reuseRunning) {
    const uri = `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;
    const running = createDriver(uri, user, password);
    try {
      await running.verifyConnectivity();
      return { driver: running, uri, close: () => running.close() };
    } catch {
      await running.close();
    }
  }
  const port = opts.port !== 'free' && (await portFree(env.NEO4J_BOLT_PORT)) ? env.NEO4J_BOLT_PORT : await freePort();
  const local = await startLocalNeo4j({
    dataDir: opts.dataDir ?? join(ROOT, '.data', 'neo4j'),
    port,
    heap: opts.heap ?? '2g',
    pageCache: opts.pageCache ?? '1g',
    log: opts.log,
  });
  const driver = createDriver(local.uri, user, password);
  return {
    driver,
    uri: local.uri,
    local,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
