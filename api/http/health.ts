/**
 * /healthz (the process answers) and /readyz (it can serve: Neo4j answers). While the driver's
 * breaker is open (db/breaker.ts) /readyz answers at once, saying since when and why; otherwise it
 * runs `RETURN 1` with a 1 s bound, and a failure there opens the breaker like any other.
 */
import type { Express, RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { breakerOf } from '../../db/breaker.ts';

const READY_TIMEOUT_MS = 1000;

export function mountHealth(app: Express, driver: Driver, ...before: RequestHandler[]): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', ...before, async (_req, res) => {
    const breaker = breakerOf(driver);
    let failure: string | undefined;
    if (!breaker?.isOpen) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          driver.executeQuery('RETURN 1', {}, { routing: 'READ' }),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS))),
        ]);
        res.json({ status: 'ready', ready: true, neo4j: 'up', breaker: 'closed' });
        return;
      } catch (e) {
        failure = (e as Error).message.split('\n')[0];
      } finally {
        clearTimeout(timer);
      }
    }
    const state = breaker?.status() ?? { state: 'closed' as const };
    const neo4j = state.state === 'open' ? `unreachable since ${state.since}: ${state.reason}` : `unavailable: ${failure}`;
    res.setHeader('retry-after', '1');
    res.status(503).json({ status: 'unavailable', ready: false, neo4j, breaker: state.state, reason: `graph database ${neo4j}` });
  });
}

/** Logs each change of the driver's breaker once (open at warn, closed at info) while the server runs. */
export function breakerLogPlugin(driver: Driver, log: Logger): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const stop = breakerOf(driver)?.onChange((change) => {
        if (change.open) log.warn({ reason: change.reason }, 'graph database unreachable: circuit breaker open');
        else log.info({ downMs: change.downMs }, 'graph database answers again: circuit breaker closed');
      });
      return {
        async serverWillStop() {
          stop?.();
        },
      };
    },
  };
}
