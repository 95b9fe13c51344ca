/**
 * A write whose connection fails while its COMMIT is in flight may have been saved: the API says
 * the outcome is unknown (COMMIT_OUTCOME_UNKNOWN) rather than that it failed. Real Neo4j, reached
 * through a proxy that forwards the COMMIT and then cuts the client's connection before the reply.
 */
import { randomUUID } from 'node:crypto';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Db } from '../api/db.ts';
import { createDriver } from '../db/driver.ts';
import { testDriver } from './helpers.ts';

/** Bolt's COMMIT: a chunk of two bytes (a struct with no fields, signature 0x12), then the end-of-message chunk. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

let proxy: Server;
let armed = false;
const sockets = new Set<Socket>();
const direct = testDriver();

beforeAll(async () => {
  const target = new URL(inject('neo4jUri'));
  proxy = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    sockets.add(client).add(server);
    server.on('data', (b) => client.write(b));
    client.on('data', (b) => {
      server.write(b);
      if (armed && b.includes(COMMIT)) {
        armed = false;
        // The COMMIT reaches Neo4j; its reply never reaches the driver.
        client.destroy();
        setTimeout(() => server.destroy(), 1000);
      }
    });
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    server.on('close', () => sockets.delete(server));
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => proxy.close(r));
  await direct.executeQuery('MATCH (n:OutcomeProbe) DELETE n');
  await direct.close();
});

describe('a connection lost during COMMIT', () => {
  it('answers COMMIT_OUTCOME_UNKNOWN (503, Retry-After), not a failure: the change may be saved', async () => {
    const { port } = proxy.address() as AddressInfo;
    const driver = createDriver(`bolt://127.0.0.1:${port}`, inject('neo4jUser'), inject('neo4jPassword'));
    try {
      const id = randomUUID();
      await new Db(driver).read('RETURN 1'); // a pooled connection, past the handshake
      armed = true;
      const error = (await new Db(driver)
        .write((tx) => tx.run('CREATE (:OutcomeProbe {id: $id})', { id }))
        .then(
          () => null,
          (e: unknown) => e,
        )) as { extensions: { code: string; http: { status: number; headers: Map<string, string> } } } | null;
      expect(armed).toBe(false);
      expect(error?.extensions.code).toBe('COMMIT_OUTCOME_UNKNOWN');
      expect(error?.extensions.http.status).toBe(503);
      expect(error?.extensions.http.headers.get('retry-after')).toBe('1');
      // Here it was saved: which is why "failed" would have been the wrong answer.
      await expect
        .poll(async () => (await direct.executeQuery('MATCH (n:OutcomeProbe {id: $id}) RETURN count(n) AS n', { id })).records[0]!.get('n'), { timeout: 5000 })
        .toBe(1);
    } finally {
      await driver.close();
    }
  });
});
