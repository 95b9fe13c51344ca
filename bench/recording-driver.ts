/**
 * The floor of a GraphQL operation: the driver the API is given records the Cypher statements one
 * request runs, and `replay` runs the same statements directly through the real driver, one after
 * the other, so the benchmark can set the API's time beside the database's own.
 */
import type { Driver, QueryConfig } from 'neo4j-driver';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  config?: QueryConfig;
}

function withoutSignal(config: QueryConfig): QueryConfig {
  const copy: QueryConfig & { signal?: AbortSignal } = { ...config };
  delete copy.signal;
  return copy;
}

export function recordingDriver(driver: Driver) {
  let log: Statement[] | null = null;
  const proxy = new Proxy(driver, {
    get(target, key) {
      if (key === 'executeQuery') {
        return (cypher: string, params: Record<string, unknown> = {}, config?: QueryConfig) => {
          // The request's abort signal ends with its 10 s bound: replays long after it must not inherit it.
          log?.push({ cypher, params, config: config && withoutSignal(config) });
          return target.executeQuery(cypher, params, config);
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver: proxy,
    /** The statements that `work` ran through `executeQuery` (run one request at a time while recording). */
    async record(work: () => Promise<unknown>): Promise<Statement[]> {
      log = [];
      try {
        await work();
        return log;
      } finally {
        log = null;
      }
    },
    async replay(statements: Statement[]): Promise<void> {
      for (const s of statements) await driver.executeQuery(s.cypher, s.params, s.config);
    },
  };
}
