import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../db/driver.ts';
import { createApp, listen } from '../api/server.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../db/launcher.ts';
import type { GqlBody } from './helpers.ts';

// A Neo4j of its own, so stopping it does not disturb the other tests.
const dataDir = mkdtempSync(join(tmpdir(), 'triangulate-outage-'));
let neo: LocalNeo4j | undefined;
afterAll(async () => {
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the API while Neo4j goes down and comes back', () => {
  it('fails fast with a clear error, then recovers without a restart', async () => {
    const port = await freePort();
    neo = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => undefined });
    const driver = createDriver(neo.uri, 'neo4j', 'x');
    const { app, apollo } = await createApp({ driver });
    const server: Server = await listen(app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const gql = async () =>
      (
        await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ sources { id } }"}' })
      ).json() as Promise<GqlBody<unknown>>;
    try {
      // A cold Neo4j on a busy machine may take longer than readyz's 2 s bound for its first query.
      await expect.poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 30_000, interval: 1_000 }).toBe(200);
      expect((await gql()).data).toEqual({ sources: [] });

      await neo.stop();
      let t = performance.now();
      const down = await fetch(`${url}/readyz`);
      expect(down.status).toBe(503);
      expect((await down.json()).reason).toMatch(/graph database unavailable/);
      expect(performance.now() - t).toBeLessThan(5_000);
      t = performance.now();
      const failed = await gql();
      expect(failed.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(failed.errors?.[0]?.message).toMatch(/graph database is unavailable/);
      expect(performance.now() - t).toBeLessThan(15_000);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      neo = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', log: () => undefined });
      await expect.poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 60_000, interval: 1_000 }).toBe(200);
      expect((await gql()).data).toEqual({ sources: [] });
    } finally {
      server.close();
      await apollo.stop();
      await driver.close();
    }
  }, 240_000);
});
