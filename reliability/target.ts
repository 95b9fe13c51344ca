/** The system under test: the real API on loopback, over a Neo4j (the tests' one, or a private seeded one). */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, listen, optionsFromConfig, type AppOptions } from '../api/server.ts';
import { readConfig, type ApiToken } from '../api/config.ts';

export interface Target {
  url: string;
  driver: Driver;
  curator: string;
  viewer: string;
  /** The API's resident memory in MB (its own process when it runs as a child; else this one). */
  rssMb(): number;
  /** Whether the API's process is still running (always, when it runs in this process). */
  alive(): boolean;
  close(): Promise<void>;
}

const token = () => randomBytes(24).toString('base64url');

/**
 * The API as production runs it (errors masked, its response cache and admission defaults), with two tokens. All clients of the suite share
 * one loopback address, so the per-client request rate is lifted; failed authentications keep
 * their strict default (token guessing must meet it).
 */
export async function startTarget(driver: Driver, admission: AppOptions['admission'] = {}): Promise<Target> {
  const tokens: ApiToken[] = [
    { name: 'rel-curator', role: 'curator', token: token() },
    { name: 'rel-viewer', role: 'viewer', token: token() },
  ];
  const { app, apollo } = await createApp({
    driver,
    production: true,
    tokens,
    admission: { ratePerSecond: 1e6, rateBurst: 1e6, ...admission },
    responseCache: optionsFromConfig(readConfig({})).responseCache,
  });
  const server: Server = await listen(app, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    driver,
    curator: tokens[0]!.token,
    viewer: tokens[1]!.token,
    rssMb: () => Math.round(process.memoryUsage().rss / 1e5) / 10,
    alive: () => true,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** Internals a response must never show: stack frames, absolute paths, driver or engine names. */
export const LEAK = /\bat [\w.<>]+ \(|\/(?:work|home|usr|tmp)\/|node_modules|stacktrace|Neo4jError|neo4j-driver|\.ts:\d+/i;
