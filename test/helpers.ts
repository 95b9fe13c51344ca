import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { ApiToken } from '../api/config.ts';
import type { BeforeCommitHook } from '../api/context.ts';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createDriver } from '../db/driver.ts';
import { createApp, listen, type AppOptions } from '../api/server.ts';

export function testDriver(): Driver {
  return createDriver(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'));
}

type Variables = Record<string, unknown>;
interface RequestOptions {
  token?: string;
}
interface GqlResponse<T> {
  status: number;
  headers: Headers;
  body: GqlBody<T>;
}
/**
 * What a plain-string query returns unless the caller names a type. Prefer a graphql() document (typed
 * by the code generator); strings are for queries that are themselves under test (malformed, hostile,
 * over a limit) and for the few tests that name a generated schema type for the data they read.
 */
type Untyped = unknown;

export interface RunningApi {
  url: string;
  driver: Driver;
  close(): Promise<void>;
  /** A document written with test/gql's graphql(): its result and variables are typed by the code generator. */
  gql<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V, opts?: RequestOptions): Promise<GqlBody<R>>;
  /** A plain-string query: its data is `unknown` unless the caller names the type (generated schema types, from test/gql/graphql.ts). */
  gql<T = Untyped>(query: string, variables?: Variables, opts?: RequestOptions): Promise<GqlBody<T>>;
  /** Like gql, with the HTTP status and headers of the response. */
  request<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V, opts?: RequestOptions): Promise<GqlResponse<R>>;
  request<T = Untyped>(query: string, variables?: Variables, opts?: RequestOptions): Promise<GqlResponse<T>>;
}

export interface GqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** The real API on a real HTTP port, against the test Neo4j. */
export async function startApi(
  opts: { webDist?: string; production?: boolean; tokens?: ApiToken[]; beforeCommit?: BeforeCommitHook } & Pick<
    AppOptions,
    'log' | 'limits' | 'admission' | 'corsOrigins' | 'ingest' | 'responseCache'
  > = {},
): Promise<RunningApi> {
  const driver = testDriver();
  const { app, apollo } = await createApp({ ...opts, driver, production: opts.production ?? false });
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
    async gql(query: string | TypedDocumentNode, variables?: Variables, o?: RequestOptions) {
      return (await request(query, variables, o)).body;
    },
    request,
  };
  async function request(query: string | TypedDocumentNode, variables?: Variables, o?: RequestOptions): Promise<GqlResponse<Untyped>> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(o?.token ? { authorization: `Bearer ${o.token}` } : {}) },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GqlBody<Untyped> };
  }
}

/** Maps with at most `size` calls in flight. */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** The part of a graph query's result that expandableNeighbour reads. */
interface NeighbourGraph {
  focus: readonly string[];
  nodes: readonly { id: string; type: string; degree: number }[];
}

/**
 * The largest neighbour limit, of `limits` tried largest first, at which a neighbour of the focus (not a group)
 * has more links than the limit, so that expanding it adds nodes; how many links the default focus's neighbours
 * have depends on the curated data. `graphAt(limit)` runs the test's graph query at that limit.
 */
export async function expandableNeighbour<G extends NeighbourGraph>(
  limits: readonly number[],
  graphAt: (limit: number) => Promise<G>,
): Promise<{ limit: number; base: G; leaf: G['nodes'][number] }> {
  for (const limit of limits) {
    const base = await graphAt(limit);
    const leaf = base.nodes.find((n) => n.type !== 'GROUP' && !base.focus.includes(n.id) && n.degree > limit);
    if (leaf) return { limit, base, leaf };
  }
  throw new Error('no neighbour of the default focus has more than one link');
}

/** The real API for one test file: started before its tests, stopped after; `ok` runs a query that must not fail. */
export function useApi(opts: Parameters<typeof startApi>[0] = {}) {
  let running: RunningApi | undefined;
  beforeAll(async () => {
    running = await startApi(opts);
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    get api(): RunningApi {
      if (!running) throw new Error('the API is not started yet');
      return running;
    },
    async ok<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
      const res = await this.api.gql(document, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    },
  };
}

/** A project command (a TypeScript file run with tsx), against the test Neo4j, with extra environment. */
export function runCommand(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = join(import.meta.dirname, '..');
  return new Promise((resolve) =>
    execFile(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, script), ...args],
      {
        cwd: root,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}
