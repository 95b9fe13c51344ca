/**
 * Curation through the API (real HTTP, real Neo4j), its record: annotations read with the items in
 * batches, the change and its audit record written in one transaction (both or neither), the audit
 * log paged by cursor, and the Cypher builders' parameters.
 */
import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { pino } from 'pino';
import type { ApiContext } from '../api/context.ts';
import {
  acceptLink,
  annotationsOfItems,
  createAudit,
  createRelation,
  listAudit,
  lockRelation,
  relationEnds,
  retypeRelation,
  updateRelation,
} from '../api/cypher/curation.ts';
import { decodeAuditCursor, encodeAuditCursor } from '../api/cursor.ts';
import { Db } from '../api/db.ts';
import { CorpusCache } from '../api/corpus-cache.ts';
import { createLoaders } from '../api/loaders.ts';
import type { AnnotationModel, ClaimModel, StatisticModel } from '../api/models.ts';
import { curationResolvers } from '../api/resolvers/curation.ts';
import { createDriver } from '../db/driver.ts';
import { graphql } from './gql/index.ts';
import type { CurationAuditFragment, CurationAuditLogQuery } from './gql/graphql.ts';
import {
  ALICE,
  ANNOTATE,
  api,
  AUDIT_LOG,
  auditsOf,
  CAROL,
  driver,
  fails,
  fx,
  hook,
  hooked,
  ok,
  PROPOSE,
  recorded,
  REJECT,
  relationRows,
  relationsBefore,
  setUpCuration,
  VIEWER,
} from './curation-setup.ts';
import { graphCounts } from './seed-snapshot.ts';

setUpCuration();

describe('annotations', () => {
  it("the request id of the response is the audit record's", async () => {
    const res = await api.request(ANNOTATE, { itemId: fx.statB, text: 'request id check' }, { token: ALICE });
    expect(res.body.data?.annotate.audit.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('annotates claims, statistics, gaps and misconceptions; the notes are read with the items, with no round trip per item', async () => {
    const notes: Record<string, string> = {
      [fx.claimA]: 'Check the 2013 figures.',
      [fx.statB]: 'Table 3, second column.',
      [fx.gap]: 'Partly answered in 2019?',
      [fx.misconception]: 'See also the slide deck.',
    };
    for (const [itemId, text] of Object.entries(notes)) {
      const { data, roundTrips } = await ok(api, ANNOTATE, { itemId, text }, ALICE);
      expect(roundTrips).toBeLessThanOrEqual(2);
      expect(data.annotate.annotation).toMatchObject({ itemId, text, author: 'alice' });
      expect(data.annotate.audit).toMatchObject({ action: 'ANNOTATE', targetId: itemId, relatedId: data.annotate.annotation.id, before: null });
    }
    const notesOf = graphql(`query CurationItemNotes($id: ID!) { evidence(id: $id) { annotations { text author } } }`);
    const ev = await ok(api, notesOf, { id: fx.claimA }, VIEWER);
    expect(ev.data.evidence?.annotations.map((a) => a.text)).toContain(notes[fx.claimA]);
    const gaps = await ok(api, graphql(`query CurationGapNotes { researchGaps(first: 500) { edges { node { id annotations { text } } } } }`), {}, VIEWER);
    expect(gaps.data.researchGaps.edges.find((e) => e.node.id === fx.gap)?.node.annotations).toEqual([{ text: notes[fx.gap] }]);
    const mis = await ok(api, graphql(`query CurationMisconceptionNotes { misconceptions { id annotations { text } } }`), {}, VIEWER);
    expect(mis.data.misconceptions.find((m) => m.id === fx.misconception)?.annotations).toEqual([{ text: notes[fx.misconception] }]);
    const rel = await ok(api, notesOf, { id: fx.statB }, VIEWER);
    expect(rel.data.evidence?.annotations.map((a) => a.text)).toEqual(['request id check', notes[fx.statB]]);

    // a page of items with their annotations (and their gaps' and misconceptions'): one round trip, whatever the size
    const q = graphql(`query CurationClaimNotes($n: Int) {
      claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } }
    }`);
    const small = await ok(api, q, { n: 5 }, VIEWER);
    const large = await ok(api, q, { n: 300 }, VIEWER);
    expect(small.roundTrips).toBe(1);
    expect(large.roundTrips).toBe(1);
    const stats = await ok(
      api,
      graphql(`query CurationStatisticNotes($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }`),
      { f: { sources: ['gallagher-2006'] } },
      VIEWER,
    );
    expect(stats.roundTrips).toBe(1);
    expect(stats.data.statistics.edges.find((e) => e.node.id === fx.statB)?.node.annotations).toHaveLength(2);
  });

  it('items fetched without their annotations get them in one batched query for all of them', async () => {
    const db = new Db(driver);
    const ctx = {
      db,
      driver,
      loaders: createLoaders(db),
      corpus: new CorpusCache(),
      log: pino({ level: 'silent' }),
      requestId: 'test',
      principal: null,
    } as ApiContext;
    const claimNotes = curationResolvers.Claim?.annotations;
    const statNotes = curationResolvers.Statistic?.annotations;
    if (typeof claimNotes !== 'function' || typeof statNotes !== 'function') throw new Error('the annotations resolvers are not functions');
    const info = {} as GraphQLResolveInfo;
    // Items as a query that did not fetch their annotations leaves them: the resolvers read only the id (and annotations if present).
    const resolve = async (item: { id: string; annotations?: AnnotationModel[] }) => Promise.all(await claimNotes(item as ClaimModel, {}, ctx, info));
    const resolveStat = async (item: { id: string }) => Promise.all(await statNotes(item as StatisticModel, {}, ctx, info));
    const [a, b, c] = await Promise.all([resolve({ id: fx.claimA }), resolve({ id: fx.claimA2 }), resolveStat({ id: fx.statB })]);
    expect(db.roundTrips).toBe(1);
    expect(a.map((x) => x.text)).toEqual(['Check the 2013 figures.']);
    expect(b).toEqual([]);
    expect(c).toHaveLength(2);
    expect(await resolve({ id: 'x', annotations: [] })).toEqual([]);
    expect(db.roundTrips).toBe(1);
  });
});

describe('one transaction: the change and its audit record, both or neither', () => {
  it('a failure after the change and the audit were written rolls back both (a new relation)', async () => {
    const before = await graphCounts(driver);
    const relationsNow = await relationRows(driver);
    hook.failNextCommit = true;
    hook.seenInside = null;
    const input = { from: fx.claimA2, to: fx.statB, kind: 'SUPPORTS' as const, rationale: 'This one must not survive the failed commit.', confidence: 0.5 };
    const e = await fails(hooked, PROPOSE, { input }, ALICE);
    expect(e.message).toMatch(/forced failure/);
    // inside the transaction, both had been written …
    expect(hook.seenInside).toMatchObject({ audits: (before['node:AuditRecord'] ?? 0) + 1, relations: relationsNow.length + 1 });
    // … and neither is in the graph
    expect(await graphCounts(driver)).toEqual(before);
    expect(await relationRows(driver)).toEqual(relationsNow);
    const { records } = await driver.executeQuery(`MATCH (a {id: $a})-[r]-(b {id: $b}) RETURN count(r) AS n`, { a: fx.claimA2, b: fx.statB });
    expect(records[0]!.get('n')).toBe(0);
    expect((await ok(api, AUDIT_LOG, { actor: 'alice', first: 500 }, VIEWER)).data.auditLog.edges.map((x) => recorded(x.node.after).rationale)).not.toContain(
      input.rationale,
    );
  });

  it('… and a status change', async () => {
    const [target] = relationsBefore.filter((r) => r.props.status === 'curated' && r.id !== fx.curated);
    hook.watchRelation = target!.id;
    const before = await graphCounts(driver);
    const auditsBeforeChange = await auditsOf(target!.id);
    hook.failNextCommit = true;
    const e = await fails(hooked, REJECT, { id: target!.id, reason: 'rolled back' }, ALICE);
    expect(e.message).toMatch(/forced failure/);
    expect(hook.seenInside?.status).toBe('rejected');
    expect(await graphCounts(driver)).toEqual(before);
    expect((await relationRows(driver)).find((r) => r.id === target!.id)).toEqual(target);
    expect(await auditsOf(target!.id)).toEqual(auditsBeforeChange);
  });

  it('writes are counted as round trips, and an unreachable database is DATABASE_UNAVAILABLE', async () => {
    const db = new Db(driver);
    const n = await db.write(async (tx) => {
      await tx.run('RETURN 1 AS x');
      return (await tx.run('RETURN 2 AS x')).records[0]!.get('x') as number;
    });
    expect([n, db.roundTrips]).toEqual([2, 2]);
    const down = createDriver('bolt://127.0.0.1:1', 'neo4j', 'neo4j');
    try {
      await expect(new Db(down).write(async (tx) => tx.run('RETURN 1'))).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    } finally {
      await down.close();
    }
  }, 30_000);
});

describe('the audit log', () => {
  it('lists changes newest first, filtered by target and actor, paged by cursor', async () => {
    for (let i = 1; i <= 5; i++) await ok(api, ANNOTATE, { itemId: fx.gap, text: `paging note ${i}` }, CAROL);
    const seen: CurationAuditFragment[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number;
    do {
      const { data, roundTrips }: { data: CurationAuditLogQuery; roundTrips: number } = await ok(
        api,
        AUDIT_LOG,
        { actor: 'carol', targetId: fx.gap, first: 2, after },
        VIEWER,
      );
      expect(roundTrips).toBe(1);
      total = data.auditLog.totalCount;
      seen.push(...data.auditLog.edges.map((e) => e.node));
      after = data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(total).toBe(5);
    expect(pages).toBe(3);
    expect(seen.map((a) => recorded(a.after).text)).toEqual([5, 4, 3, 2, 1].map((i) => `paging note ${i}`));
    expect(new Set(seen.map((a) => a.id)).size).toBe(5);
    for (const a of seen) expect(a).toMatchObject({ actor: 'carol', targetId: fx.gap, action: 'ANNOTATE' });

    // the whole log, newest first
    const all = (await ok(api, AUDIT_LOG, { first: 500 }, VIEWER)).data.auditLog;
    const times = all.edges.map((e) => e.node.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.totalCount).toBe(all.edges.length);
    expect(new Set(all.edges.map((e) => e.node.actor))).toEqual(new Set(['alice', 'carol']));

    // a page after the last one is empty; a forged cursor is refused
    const last = await ok(api, AUDIT_LOG, { actor: 'carol', targetId: fx.gap, first: 2, after: encodeAuditCursor(seen.at(-1)!) }, VIEWER);
    expect(last.data.auditLog.edges).toEqual([]);
    for (const bad of ['nonsense', Buffer.from('["audit", 1, 2]').toString('base64url'), Buffer.from('o:5').toString('base64url')]) {
      const e = await fails(api, AUDIT_LOG, { after: bad }, VIEWER);
      expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', 'after']);
    }
    const anonymous = await fails(api, AUDIT_LOG, { first: 5 });
    expect([anonymous.status, anonymous.code]).toEqual([401, 'UNAUTHENTICATED']);
    const big = await fails(api, AUDIT_LOG, { first: 501 }, VIEWER);
    expect(big.code).toBe('BAD_USER_INPUT');
  });
});

describe('Cypher builders of curation', () => {
  const NASTY_ID = `x' OR 1=1 //`;
  /** A builder's text and parameters (without its row decoder). */
  const text = ({ cypher, params }: { cypher: string; params: Record<string, unknown> }) => ({ cypher, params });
  it('keep every value a parameter (relationship types too)', () => {
    expect(text(createAudit({ id: 'a' }))).toEqual({
      cypher: 'CREATE (x:AuditRecord)\nSET x = $record\nRETURN x {.*} AS audit',
      params: { record: { id: 'a' } },
    });
    expect(text(lockRelation(NASTY_ID))).toEqual({
      cypher: `MATCH (a)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN {id: $id}]->(b)
SET r.__lock = true
REMOVE r.__lock
RETURN type(r) AS kind, properties(r) AS props, a.id AS from, b.id AS to, b.kind AS toKind`,
      params: { id: NASTY_ID },
    });
    const retype = retypeRelation(NASTY_ID, 'CONTRADICTS } DETACH DELETE n', { rationale: NASTY_ID });
    expect(retype.cypher).toMatch(
      /^MATCH \(a\)-\[old:SUPPORTS\|CONTRADICTS\|QUALIFIES\|ASSERTED_VS_OPEN \{id: \$id\}\]->\(b\)\nWITH a, old, b, properties\(old\) AS props\nCREATE \(a\)-\[r:\$\(\$kind\)\]->\(b\)\nSET r = props\nSET r \+= \$changes\nDELETE old\nRETURN r \{\.\*, kind: type\(r\), from: CASE WHEN a:Claim/,
    );
    expect(retype.params).toEqual({ id: NASTY_ID, kind: 'CONTRADICTS } DETACH DELETE n', changes: { rationale: NASTY_ID } });
    expect(updateRelation('r', { status: 'curated' }).cypher.split('\n').slice(0, 2)).toEqual([
      'MATCH (a)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN {id: $id}]->(b)',
      'SET r += $changes',
    ]);
    expect(createRelation(NASTY_ID, 'b', 'SUPPORTS', { id: 'r' }).cypher.split('\n').slice(0, 4)).toEqual([
      'MATCH (a:Claim|Statistic {id: $from})',
      'MATCH (b:Claim|Statistic {id: $to})',
      'CREATE (a)-[r:$($kind)]->(b)',
      'SET r = $props',
    ]);
    expect(acceptLink('p', {}, 'SUPPORTS', {}).cypher.split('\n').slice(0, 4)).toEqual([
      'MATCH (a)-[p:PROPOSED_LINK {id: $id}]->(b)',
      'SET p += $decision',
      'CREATE (a)-[r:$($kind)]->(b)',
      'SET r = $relation',
    ]);
    expect(text(annotationsOfItems(['a', NASTY_ID]))).toEqual({
      cypher: 'MATCH (x:Annotation) WHERE x.itemId IN $ids\nRETURN x {.id, .itemId, .text, .author, .createdAt} AS annotation\nORDER BY x.createdAt, x.id',
      params: { ids: ['a', NASTY_ID] },
    });
    expect(relationEnds(NASTY_ID, 'b').params).toEqual({ from: NASTY_ID, to: 'b' });
    for (const q of [lockRelation(NASTY_ID), retype, createRelation(NASTY_ID, NASTY_ID, 'SUPPORTS', {}), relationEnds(NASTY_ID, NASTY_ID)])
      expect(q.cypher).not.toContain(NASTY_ID);
  });

  it('page the audit log by position (newest first), not by offset', () => {
    const q = listAudit({ targetId: NASTY_ID, actor: null }, { at: '2026-01-01T00:00:00.000Z', id: 'audit:x' }, 20);
    expect(q.cypher).toBe(`CALL () {
  MATCH (x:AuditRecord)
  WHERE ($targetId IS NULL OR x.targetId = $targetId OR x.relatedId = $targetId)
  AND ($actor IS NULL OR x.actor = $actor)
  RETURN count(x) AS total
}
CALL () {
  MATCH (x:AuditRecord)
  WHERE ($targetId IS NULL OR x.targetId = $targetId OR x.relatedId = $targetId)
  AND ($actor IS NULL OR x.actor = $actor)
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id < $afterId))
  WITH x ORDER BY x.at DESC, x.id DESC LIMIT toInteger($take)
  RETURN collect(x {.*}) AS page
}
RETURN total, page`);
    expect(q.params).toEqual({ targetId: NASTY_ID, actor: null, afterAt: '2026-01-01T00:00:00.000Z', afterId: 'audit:x', take: 21 });
    const c = encodeAuditCursor({ at: '2026-01-01T00:00:00.000Z', id: 'audit:x' });
    expect(decodeAuditCursor(c)).toEqual({ at: '2026-01-01T00:00:00.000Z', id: 'audit:x' });
    expect(decodeAuditCursor(null)).toBeNull();
  });
});
