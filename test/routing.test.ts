/**
 * The API over a `neo4j://` routing URI (docs/deployment.md): the driver asks the server for its
 * routing table and sends reads to readers, writes to the writer. Against the local single
 * server the table names that server in every role; a cluster or Aura answers with its members.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../db/driver.ts';
import { readConfig } from '../api/config.ts';
import { createApp, listen, type App } from '../api/server.ts';
import { testDriver } from './helpers.ts';

const CURATOR = { name: 'router', role: 'curator' as const, token: 'Rt7vKp2RmT9wLz4NbY6sHd3FqW' };
const boltUri = inject('neo4jUri');
const routingUri = boltUri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

let routed: Driver;
let direct: Driver;
let api: App;
let server: Server;
let url: string;
const annotations: string[] = [];
const audits: string[] = [];

beforeAll(async () => {
  routed = createDriver(routingUri, inject('neo4jUser'), inject('neo4jPassword'));
  direct = testDriver();
  api = await createApp({ driver: routed, tokens: [CURATOR], production: true });
  server = await listen(api.app, 0, '127.0.0.1');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await direct?.executeQuery('MATCH (n) WHERE (n:Annotation OR n:AuditRecord) AND n.id IN $ids DETACH DELETE n', { ids: [...annotations, ...audits] });
  await new Promise((r) => server?.close(r));
  await api?.apollo.stop();
  await routed?.close();
  await direct?.close();
});

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data: T; errors?: { message: string }[] } };
}

type Claims = { claims: { edges: { node: { id: string } }[] } };

describe('the API through a neo4j:// routing URI', () => {
  it('is a routing URI the configuration accepts', () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    expect(readConfig({ NEO4J_URI: routingUri }).NEO4J_URI).toBe(routingUri);
  });

  it('gets a routing table from the server with a writer, readers and routers', async () => {
    const { records } = await routed.executeQuery("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers", {}, { routing: 'READ' });
    const servers = records[0]!.get('servers') as { addresses: string[]; role: string }[];
    const address = new URL(boltUri.replace(/^[a-z0-9+]+:/, 'http:')).host;
    expect(Object.fromEntries(servers.map((s) => [s.role, s.addresses]))).toEqual({ WRITE: [address], READ: [address], ROUTE: [address] });
  });

  it('answers /readyz and reads as over bolt://', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const routedRead = await gql<Claims & { sources: { id: string }[] }>('{ sources { id title } claims(first: 5) { edges { node { id } } } }');
    expect(routedRead.status).toBe(200);
    expect(routedRead.body.errors).toBeUndefined();
    const { records } = await direct.executeQuery('MATCH (s:Source) RETURN s.id AS id');
    expect(routedRead.body.data.sources.map((s) => s.id).sort()).toEqual(records.map((r) => r.get('id')).sort());
    expect(routedRead.body.data.claims.edges).toHaveLength(5);
  });

  it('routes a curation write to the writer, in one transaction with its audit record', async () => {
    const itemId = (await gql<Claims>('{ claims(first: 1) { edges { node { id } } } }')).body.data.claims.edges[0]!.node.id;
    const res = await gql<{ annotate: { annotation: { id: string; text: string; author: string }; audit: { id: string } } }>(
      'mutation($itemId: ID!, $text: String!) { annotate(itemId: $itemId, text: $text) { annotation { id text author } audit { id } } }',
      { itemId, text: 'written through neo4j://' },
      CURATOR.token,
    );
    expect(res.body.errors).toBeUndefined();
    const { annotation, audit } = res.body.data.annotate;
    annotations.push(annotation.id);
    audits.push(audit.id);
    expect(annotation).toMatchObject({ text: 'written through neo4j://', author: 'router' });
    const { records } = await direct.executeQuery('MATCH (a:Annotation {id: $id}) MATCH (r:AuditRecord {id: $audit}) RETURN a.text AS text, r.actor AS actor', {
      id: annotation.id,
      audit: audit.id,
    });
    expect(records.map((r) => [r.get('text'), r.get('actor')])).toEqual([['written through neo4j://', 'router']]);
    // The write's bookmark is where the API's reads pick theirs up, so on a cluster the next read waits for the write.
    const session = direct.session();
    await session.executeRead((tx) => tx.run('RETURN 1'));
    const latest = session.lastBookmarks();
    await session.close();
    expect(await routed.executeQueryBookmarkManager.getBookmarks()).toEqual(latest);
  });
});
