/**
 * The response cache (real HTTP, real Neo4j): a query asked again is answered from memory, a
 * mutation through the API makes the next answer current at once, answers are kept per role,
 * and answers with errors are not kept.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { startApi, type RunningApi } from './helpers.ts';

const CURATOR: ApiToken = { name: 'cache-curator', role: 'curator', token: 'cache-curator-token-4f9a2c7e1b' };
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
  await api.driver.executeQuery('MATCH (n:Annotation) WHERE n.text STARTS WITH $prefix DETACH DELETE n', { prefix: 'Cache test note' });
  await api.driver.executeQuery('MATCH (n:AuditRecord) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: auditsBefore });
  await api.close();
});

const NOTES = `query($id: ID!) { evidence(id: $id) { ... on Claim { id annotations { text } } } }`;
const notesOf = (body: { data?: unknown }) => (body.data as { evidence: { annotations: { text: string }[] } }).evidence.annotations.map((a) => a.text);

describe('response cache', () => {
  it('answers a repeated query from memory (Age header), not from Neo4j', async () => {
    const first = await api.request(NOTES, { id: itemId });
    expect(first.headers.get('age')).toBeNull();
    // Written behind the API's back: the cached answer does not see it, which shows it was not asked of Neo4j.
    const marker = `Cache test note ${randomUUID()} (direct)`;
    await api.driver.executeQuery(
      `MATCH (c:Claim {id: $id}) CREATE (a:Annotation {id: $aid, itemId: $id, text: $text, author: 'direct', createdAt: $at})-[:ANNOTATES]->(c)`,
      { id: itemId, aid: `ann:${randomUUID()}`, text: marker, at: new Date().toISOString() },
    );
    const again = await api.request(NOTES, { id: itemId });
    expect(again.headers.get('age')).not.toBeNull();
    expect(again.body.data).toEqual(first.body.data);
    expect(notesOf(again.body)).not.toContain(marker);
    expect(again.body.extensions).toMatchObject({ roundTrips: 0 });
  });

  it('a mutation through the API makes the next answer current at once', async () => {
    const text = `Cache test note ${randomUUID()}`;
    const res = await api.request(
      `mutation($id: ID!, $text: String!) { annotate(itemId: $id, text: $text) { annotation { id } } }`,
      { id: itemId, text },
      { token: CURATOR.token },
    );
    expect(res.body.errors).toBeUndefined();
    const after = await api.request(NOTES, { id: itemId });
    expect(after.headers.get('age')).toBeNull();
    expect(notesOf(after.body)).toEqual(expect.arrayContaining([text, expect.stringMatching(/\(direct\)$/)]));
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
