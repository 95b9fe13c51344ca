import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../api/db.ts';
import { createApp, listen } from '../api/server.ts';

export function testDriver(): Driver {
  return createDriver(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'));
}

export interface RunningApi {
  url: string;
  driver: Driver;
  close(): Promise<void>;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** The real API on a real HTTP port, against the test Neo4j. */
export async function startApi(opts: { webDist?: string; production?: boolean } = {}): Promise<RunningApi> {
  const driver = testDriver();
  const { app, apollo } = await createApp({ driver, webDist: opts.webDist, production: opts.production });
  const server: Server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    driver,
    async close() {
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await driver.close();
    },
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
  };
}

/** Maps with at most `size` calls in flight. */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}
