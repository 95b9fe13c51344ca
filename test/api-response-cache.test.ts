/**
 * The response cache (real HTTP, real Neo4j): a query asked again is answered from memory (one
 * read of the data version instead of its statements); a write, through this API or by another
 * process straight to Neo4j, makes the next answer current; answers are kept per role, and answers
 * with errors are not kept.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { startApi, type RunningApi } from './helpers.ts';

const CURATOR: ApiToken = { name: 'cache-curator', role: 'curator', token: 'cache-curator-token-4f9a2c7e1b' };
const PREFIX = 'Cache test note';
let api: RunningApi;
let itemId: string;
let auditsBefore: string[];

beforeAll(async () => {
  api = await startApi({ tokens: [CURATOR], responseCache: { seconds: 60, maxMb: 8 } });
  const { body } = await api.request('{ claims(first: 1) { edges { node { id } } } }');
  itemId = (body.data as { claims: { edges: { node: { id: string } }[] } }).claims.edges[0]!.node.id;
  const { records } = await api.driver.executeQuery('MATCH (n:AuditRecord) RETURN n.id AS id');
  auditsBefore = records.map((r) => r.get('id') as string);
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (n:Annotation) WHERE n.text STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
  await api.driver.executeQuery('MATCH (n:AuditRecord) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: auditsBefore });
  await api.close();
});

const NOTES = `query($id: ID!) { evidence(id: $id) { ... on Claim { id annotations { text } } } }`;
const notesOf = (body: { data?: unknown }) => (body.data as { evidence: { annotations: { text: string }[] } }).evidence.annotations.map((a) => a.text);
const roundTrips = (body: { extensions?: Record<string, unknown> }) => body.extensions?.roundTrips;

describe('response cache', () => {
  it('answers a repeated query from memory: an Age header and one round trip (the data version), not its statements', async () => {
    const first = await api.request(NOTES, { id: itemId });
    expect(first.headers.get('age')).toBeNull();
    expect(roundTrips(first.body)).toBeGreaterThanOrEqual(2);
    const again = await api.request(NOTES, { id: itemId });
    expect(again.headers.get('age')).not.toBeNull();
    expect(again.body.data).toEqual(first.body.data);
    expect(roundTrips(again.body)).toBe(1);
  });

  it('sees a write made by another process straight to Neo4j (an audited change moves the data version)', async () => {
    const text = `${PREFIX} ${randomUUID()} (another process)`;
    await api.driver.executeQuery(
      `MATCH (c:Claim {id: $id})
       CREATE (a:Annotation {id: $aid, itemId: $id, text: $text, author: 'elsewhere', createdAt: $at})-[:ANNOTATES]->(c)
       CREATE (:AuditRecord {id: $rid, actor: 'elsewhere', role: 'curator', action: 'ANNOTATE', targetId: $id, relatedId: $aid, at: $at})`,
      { id: itemId, aid: `ann:${randomUUID()}`, rid: `audit:${randomUUID()}`, text, at: new Date().toISOString() },
    );
    const after = await api.request(NOTES, { id: itemId });
    expect(after.headers.get('age')).toBeNull();
    expect(notesOf(after.body)).toContain(text);
  });

  it('sees a mutation through the API at once', async () => {
    await api.request(NOTES, { id: itemId });
    const text = `${PREFIX} ${randomUUID()}`;
    const res = await api.request(
      `mutation($id: ID!, $text: String!) { annotate(itemId: $id, text: $text) { annotation { id } } }`,
      { id: itemId, text },
      { token: CURATOR.token },
    );
    expect(res.body.errors).toBeUndefined();
    const after = await api.request(NOTES, { id: itemId });
    expect(after.headers.get('age')).toBeNull();
    expect(notesOf(after.body)).toContain(text);
  });

  it('keeps answers per role and never keeps an answer with errors', async () => {
    const q = `{ sources { id } }`;
    await api.request(q);
    expect((await api.request(q)).headers.get('age')).not.toBeNull();
    expect((await api.request(q, undefined, { token: CURATOR.token })).headers.get('age')).toBeNull();
    const bad = `query($id: ID!) { evidence(id: $id) { id } auditLog(first: 1) { totalCount } }`;
    const refused = await api.request(bad, { id: itemId });
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect((await api.request(bad, { id: itemId })).headers.get('age')).toBeNull();
  });
});
