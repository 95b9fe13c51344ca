/**
 * A request's database work stops when its client leaves or its time is up, in Neo4j too: work
 * nobody will read must not keep the database from the clients still waiting.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Db } from '../api/db.ts';
import { requestBounds } from '../api/http/request-bounds.ts';
import { testDriver } from './helpers.ts';

const driver: Driver = testDriver();
afterAll(() => driver.close());

/** A read that takes minutes unless stopped, tagged so SHOW TRANSACTIONS can find it. */
const slow = (tag: string) => `UNWIND range(1, 4000000000) AS x WITH x WHERE x = -1 /* ${tag} */ RETURN count(x) AS n`;

/** Whether Neo4j is still running a statement with this tag. */
async function running(tag: string): Promise<boolean> {
  const { records } = await driver.executeQuery(`SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $tag RETURN count(*) AS n`, { tag });
  return (records[0]!.get('n') as number) > 0;
}

async function untilRunning(tag: string): Promise<void> {
  await expect.poll(() => running(tag), { timeout: 5_000, interval: 50 }).toBe(true);
}

describe('a request’s database work is bounded (real Neo4j)', () => {
  it('stops a read in Neo4j when its signal aborts, answering REQUEST_CANCELLED', async () => {
    const tag = randomUUID();
    const gone = new AbortController();
    const read = new Db(driver, { signal: gone.signal }).read(slow(tag));
    const outcome = read.then(
      () => 'answered',
      (e: { extensions?: { code?: string } }) => e.extensions?.code,
    );
    await untilRunning(tag);
    const t0 = performance.now();
    gone.abort(new Error('the client closed the connection'));
    expect(await outcome).toBe('REQUEST_CANCELLED');
    expect(performance.now() - t0).toBeLessThan(2_000);
    await expect.poll(() => running(tag), { timeout: 3_000, interval: 50 }).toBe(false);
    // A request whose client has gone starts no more work.
    await expect(new Db(driver, { signal: gone.signal }).read('RETURN 1')).rejects.toMatchObject({ extensions: { code: 'REQUEST_CANCELLED' } });
  });

  it('answers REQUEST_TIMEOUT (503, Retry-After) when the time is up, and the statement is gone from Neo4j', async () => {
    const tag = randomUUID();
    const read = new Db(driver, { signal: AbortSignal.timeout(500), timeoutMs: 500 }).read(slow(tag));
    const error = (await read.then(
      () => null,
      (e: unknown) => e,
    )) as { extensions: { code: string; http: { status: number; headers: Map<string, string> } } } | null;
    expect(error?.extensions.code).toBe('REQUEST_TIMEOUT');
    expect(error?.extensions.http.status).toBe(503);
    expect(error?.extensions.http.headers.get('retry-after')).toBe('1');
    await expect.poll(() => running(tag), { timeout: 3_000, interval: 50 }).toBe(false);
  });

  it('is bounded by Neo4j’s transaction timeout even without the signal (the server stops it)', async () => {
    const tag = randomUUID();
    const t0 = performance.now();
    await expect(new Db(driver, { timeoutMs: 500 }).read(slow(tag))).rejects.toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' } });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(await running(tag)).toBe(false);
  });

  it('over HTTP: a client that disconnects stops its query in Neo4j', async () => {
    const tag = randomUUID();
    let answered: string | undefined;
    const app = express();
    app.get('/slow', async (req, res) => {
      try {
        await new Db(driver, requestBounds(req, res, 60_000)).read(slow(tag));
        answered = 'answered';
      } catch (e) {
        answered = (e as { extensions?: { code?: string } }).extensions?.code;
      }
      res.end();
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const client = request({ host: '127.0.0.1', port, path: '/slow' });
      client.on('error', () => undefined);
      client.end();
      await untilRunning(tag);
      client.destroy();
      await expect.poll(() => running(tag), { timeout: 3_000, interval: 50 }).toBe(false);
      await expect.poll(() => answered, { timeout: 3_000 }).toBe('REQUEST_CANCELLED');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
