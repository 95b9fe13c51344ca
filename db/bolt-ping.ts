/**
 * Is the Neo4j process at an address alive at all? A Bolt handshake on a fresh TCP connection is
 * answered by the server's network threads, however busy its queries keep it, so unlike a query
 * it tells a hung server (the kernel accepts the connection, nothing ever answers: a stopped or
 * wedged JVM, a black-holed link) from a slow one. Any reply counts, even the server closing the
 * connection (a TLS port refuses plain bytes); only silence until the deadline is a hang.
 */
import { connect } from 'node:net';

// The Bolt preamble and four proposed versions (5.8 down to 5.0, then 4.4): 20 bytes.
const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0]);

export class NoAnswer extends Error {
  constructor(address: string, ms: number) {
    super(`no answer to a Bolt handshake at ${address} in ${ms} ms`);
    this.name = 'NoAnswer';
  }
}

/** Resolves when the server answers; rejects with NoAnswer on silence, or with the socket error (refused, unreachable). */
export function boltPing(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let connected = false;
    const done = (e?: Error) => {
      clearTimeout(timer);
      socket.destroy();
      if (e) reject(e);
      else resolve();
    };
    const timer = setTimeout(() => done(new NoAnswer(`${host}:${port}`, timeoutMs)), timeoutMs);
    socket.once('connect', () => {
      connected = true;
      socket.write(HANDSHAKE);
    });
    socket.once('data', () => done());
    socket.once('end', () => done());
    // A reset after connecting is an answer too; before it, the server is not there.
    socket.once('error', (e) => done(connected ? undefined : e));
  });
}

/** The host and port a bolt:// or neo4j:// URI names (the router, for a routing URI). */
export function addressOf(uri: string): { host: string; port: number } {
  const url = new URL(uri);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 7687 };
}
