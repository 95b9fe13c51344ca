/**
 * Curation through the API (real HTTP, real Neo4j): bearer tokens, the mutations, validation,
 * injection-shaped input, the audit trail and its atomicity with the change, and the export of
 * decisions to the relations files. Everything it changes is restored in afterAll, and checked.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig, type ApiToken } from '../api/config.ts';
import { authenticate, type ApiContext } from '../api/context.ts';
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
import { Db } from '../api/db.ts';
import { createDriver } from '../db/driver.ts';
import { createLoaders } from '../api/loaders.ts';
import { curationResolvers } from '../api/resolvers/curation.ts';
import { relationIdForLink } from '../api/curation/links.ts';
import { decodeAuditCursor, encodeAuditCursor } from '../api/cursor.ts';
import type { AnnotationModel } from '../api/models.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { prepareSeed } from '../seed/load.ts';
import { RELATIONS_DIR } from '../seed/relations/read.ts';
import { EXPORT_FILE, exportDecisions, readDecisions, type StoredRelation } from '../seed/tools/export-decisions.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [
  { name: 'alice', role: 'curator', token: 'alice-curator-token-0001' },
  { name: 'carol', role: 'curator', token: 'carol-curator-token-0002' },
  { name: 'vic', role: 'viewer', token: 'vic-viewer-token-0000003' },
];
const ALICE = TOKENS[0]!.token;
const CAROL = TOKENS[1]!.token;
const VIEWER = TOKENS[2]!.token;
const RELATION_TYPES = 'SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN';

let api: RunningApi; // tokens configured
let open: RunningApi; // no tokens configured
let prod: RunningApi; // production error masking
let hooked: RunningApi; // a test hook that can fail a transaction just before its commit
let driver: Driver;

/** When set, the hooked API's next curation transaction fails after its change and audit record were written. */
let failNextCommit = false;
let seenInside: { audits: number; relations: number; status: string | null } | null = null;
let watchRelation = '';

// ---- the graph before, and its restoration -----------------------------------------------------------

interface RelRow {
  id: string;
  kind: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
async function relationRows(d: Driver): Promise<RelRow[]> {
  const { records } = await d.executeQuery(
    `MATCH (a)-[r:${RELATION_TYPES}]->(b) RETURN r.id AS id, type(r) AS kind, a.id AS from, b.id AS to, properties(r) AS props ORDER BY id`,
  );
  return records.map((r) => r.toObject() as unknown as RelRow);
}
async function idsOf(d: Driver, label: 'AuditRecord' | 'Annotation'): Promise<string[]> {
  const { records } = await d.executeQuery(`MATCH (n:${label}) RETURN n.id AS id`);
  return records.map((r) => r.get('id') as string);
}

let countsBefore: Record<string, number>;
let relationsBefore: RelRow[];
let auditsBefore: string[];
let annotationsBefore: string[];
const createdLinks: string[] = [];

async function restore(): Promise<void> {
  const original = new Map(relationsBefore.map((r) => [r.id, r]));
  const now = await relationRows(driver);
  const changed = now.filter((r) => original.has(r.id) && JSON.stringify(r) !== JSON.stringify(original.get(r.id))).map((r) => r.id);
  await driver.executeQuery(`MATCH ()-[r:${RELATION_TYPES}]->() WHERE NOT r.id IN $keep OR r.id IN $changed DELETE r`, { keep: [...original.keys()], changed });
  await driver.executeQuery(
    `UNWIND $rows AS row
     MATCH (a:Claim|Statistic {id: row.from}), (b:Claim|Statistic {id: row.to})
     CREATE (a)-[r:$(row.kind)]->(b) SET r = row.props`,
    { rows: changed.map((id) => original.get(id)!) },
  );
  await driver.executeQuery('MATCH ()-[p:PROPOSED_LINK]->() WHERE p.id IN $ids DELETE p', { ids: createdLinks });
  await driver.executeQuery('MATCH (n:AuditRecord) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: auditsBefore });
  await driver.executeQuery('MATCH (n:Annotation) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: annotationsBefore });
}

// ---- evidence to work with -----------------------------------------------------------------------------

interface Fixtures {
  claimA: string; // a claim of source A
  statB: string; // a statistic of source B, unrelated to claimA
  claimA2: string; // another claim of source A
  openB: string; // an open-question claim of source B
  linkFrom: string;
  linkTo: string;
  link2From: string;
  link2To: string;
  curated: string; // a curated SUPPORTS relation of the seed (from a file)
  curatedFile: string;
  curatedFrom: string;
  curatedTo: string;
  gap: string;
  misconception: string;
}
let fx: Fixtures;

async function fixtures(d: Driver): Promise<Fixtures> {
  const one = async (q: string, params: Record<string, unknown> = {}) => (await d.executeQuery(q, params)).records[0]!.toObject() as Record<string, string>;
  const pair = await one(`MATCH (a:Claim {sourceId: 'ceop-2013', kind: 'finding'}), (b:Statistic {sourceId: 'gallagher-2006'})
    WHERE NOT (a)--(b) RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 1`);
  const a2 = await one(`MATCH (a:Claim {sourceId: 'ceop-2013', kind: 'finding'}) WHERE a.id <> $a RETURN a.id AS id ORDER BY a.id LIMIT 1`, { a: pair.a });
  const openB = await one(
    `MATCH (c:Claim {sourceId: 'gallagher-2006', kind: 'open-question'}) WHERE NOT (c)--(:Claim {id: $a}) RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    { a: pair.a },
  );
  const links = (
    await d.executeQuery(`MATCH (a:Claim {sourceId: 'merdian-2019', kind: 'finding'}), (b:Claim {sourceId: 'iwg-oso-2018', kind: 'finding'})
      WHERE NOT (a)--(b) RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 2`)
  ).records.map((r) => r.toObject() as Record<string, string>);
  const cur = await one(`MATCH (a)-[r:SUPPORTS {status: 'curated'}]->(b) RETURN r.id AS id, r.file AS file, a.id AS a, b.id AS b ORDER BY r.id LIMIT 1`);
  const gap = await one(`MATCH (g:ResearchGap) RETURN g.id AS id ORDER BY g.id LIMIT 1`);
  const mis = await one(`MATCH (m:Misconception) RETURN m.id AS id ORDER BY m.id LIMIT 1`);
  return {
    claimA: pair.a!,
    statB: pair.b!,
    claimA2: a2.id!,
    openB: openB.id!,
    linkFrom: links[0]!.a!,
    linkTo: links[0]!.b!,
    link2From: links[1]!.a!,
    link2To: links[1]!.b!,
    curated: cur.id!,
    curatedFile: cur.file!,
    curatedFrom: cur.a!,
    curatedTo: cur.b!,
    gap: gap.id!,
    misconception: mis.id!,
  };
}

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  relationsBefore = await relationRows(driver);
  auditsBefore = await idsOf(driver, 'AuditRecord');
  annotationsBefore = await idsOf(driver, 'Annotation');
  fx = await fixtures(driver);
  for (const [i, [from, to]] of [
    [fx.linkFrom, fx.linkTo],
    [fx.link2From, fx.link2To],
    [fx.curatedFrom, fx.curatedTo], // ends already linked by a curated SUPPORTS relation
  ].entries()) {
    const id = `prop:test-curation-${i + 1}`;
    createdLinks.push(id);
    await driver.executeQuery(
      `MATCH (a:Claim|Statistic {id: $from}), (b:Claim|Statistic {id: $to}) CREATE (a)-[:PROPOSED_LINK {id: $id, status: 'proposed', score: 9.5, reasons: ['text similarity 9.5', 'test link']}]->(b)`,
      { id, from, to },
    );
  }
  // These tests present unknown tokens on purpose, more often than a client may (test/api-http.test.ts checks that limit).
  const admission = { authFailuresPerMinute: 1000 };
  api = await startApi({ tokens: TOKENS, admission });
  open = await startApi({ admission });
  prod = await startApi({ tokens: TOKENS, production: true, admission });
  hooked = await startApi({
    tokens: TOKENS,
    admission,
    beforeCommit: async (tx) => {
      if (!failNextCommit) return;
      failNextCommit = false;
      const audits = (await tx.run('MATCH (x:AuditRecord) RETURN count(x) AS n')).records[0]!.get('n') as number;
      const relations = (await tx.run(`MATCH ()-[r:${RELATION_TYPES}]->() RETURN count(r) AS n`)).records[0]!.get('n') as number;
      const status = ((await tx.run(`OPTIONAL MATCH ()-[r:${RELATION_TYPES} {id: $id}]->() RETURN r.status AS s`, { id: watchRelation })).records[0]?.get(
        's',
      ) ?? null) as string | null;
      seenInside = { audits, relations, status };
      throw new Error('forced failure after the change and its audit record, before the commit');
    },
  });
});

afterAll(async () => {
  await Promise.all([api, open, prod, hooked].filter(Boolean).map((a) => a.close()));
  try {
    await restore();
    // Other test files see the seed exactly as it was.
    expect(await graphCounts(driver)).toEqual(countsBefore);
    expect(await relationRows(driver)).toEqual(relationsBefore);
  } finally {
    await driver.close();
  }
});

// ---- queries --------------------------------------------------------------------------------------------

const END = `... on Claim { id source { id } } ... on Statistic { id source { id } }`;
const REL = `id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ${END} } to { ${END} }`;
const AUDIT = `id at actor role action targetId relatedId before after requestId`;
const PROPOSE = `mutation($input: ProposeRelationInput!) { proposeRelation(input: $input) { relation { ${REL} } audit { ${AUDIT} } } }`;
const ACCEPT = `mutation($id: ID!) { acceptRelation(id: $id) { relation { ${REL} } audit { ${AUDIT} } } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectRelation(id: $id, reason: $reason) { relation { ${REL} } audit { ${AUDIT} } } }`;
const EDIT = `mutation($id: ID!, $input: EditRelationInput!) { editRelation(id: $id, input: $input) { relation { ${REL} } audit { ${AUDIT} } } }`;
const LINK = `link { id status decidedBy decidedAt reason relationId from { ${END} } to { ${END} } }`;
const ACCEPT_LINK = `mutation($id: ID!, $input: AcceptProposedLinkInput!) { acceptProposedLink(id: $id, input: $input) { ${LINK} relation { ${REL} } audit { ${AUDIT} } } }`;
const REJECT_LINK = `mutation($id: ID!, $reason: String) { rejectProposedLink(id: $id, reason: $reason) { ${LINK} relation { id } audit { ${AUDIT} } } }`;
const ANNOTATE = `mutation($itemId: ID!, $text: String!) { annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ${AUDIT} } } }`;
const AUDIT_LOG = `query($targetId: ID, $actor: String, $first: Int, $after: String) { auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) { totalCount edges { cursor node { ${AUDIT} } } pageInfo { hasNextPage endCursor } } }`;

const proposal = () => ({ from: fx.claimA, to: fx.statB, kind: 'SUPPORTS', rationale: 'Both describe the same pattern of offending abroad.', confidence: 0.6 });

async function ok<T = any>(a: RunningApi, query: string, variables: Record<string, unknown>, token: string): Promise<{ data: T; roundTrips: number }> {
  const res = await a.request<T>(query, variables, { token });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return { data: res.body.data!, roundTrips: res.body.extensions?.roundTrips as number };
}

async function fails(a: RunningApi, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await a.request(query, variables, { token });
  expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
  const e = res.body.errors![0]!;
  return { status: res.status, headers: res.headers, code: e.extensions?.code as string, field: e.extensions?.field as string | undefined, message: e.message };
}

async function auditsOf(targetId: string): Promise<any[]> {
  const { data } = await ok(api, AUDIT_LOG, { targetId, first: 100 }, VIEWER);
  return data.auditLog.edges.map((e: any) => e.node);
}

/** Every mutation, with arguments valid enough to reach the resolver. */
const EVERY_MUTATION = (): [string, string, Record<string, unknown>][] => [
  ['proposeRelation', PROPOSE, { input: proposal() }],
  ['acceptRelation', ACCEPT, { id: fx.curated }],
  ['rejectRelation', REJECT, { id: fx.curated, reason: 'not convincing' }],
  ['editRelation', EDIT, { id: fx.curated, input: { confidence: 0.1 } }],
  ['acceptProposedLink', ACCEPT_LINK, { id: createdLinks[0], input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }],
  ['rejectProposedLink', REJECT_LINK, { id: createdLinks[0] }],
  ['annotate', ANNOTATE, { itemId: fx.claimA, text: 'a note' }],
];

// ---- tests ----------------------------------------------------------------------------------------------

describe('tokens (TRIANGULATE_TOKENS)', () => {
  it('parses name:role:token entries and names the variable and the entry when one is malformed, never the token', () => {
    const c = readConfig({ TRIANGULATE_TOKENS: 'alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F, vic:viewer:Gm5QeR8tWb1ZkJ0cVn4PyU7h:with:colons' });
    expect(c.TRIANGULATE_TOKENS).toEqual([
      { name: 'alice', role: 'curator', token: 'Xq7vKp2RmT9wLz4NbY6sHd3F' },
      { name: 'vic', role: 'viewer', token: 'Gm5QeR8tWb1ZkJ0cVn4PyU7h:with:colons' },
    ]);
    expect(readConfig({}).TRIANGULATE_TOKENS).toEqual([]);
    expect(readConfig({ TRIANGULATE_TOKENS: '' }).TRIANGULATE_TOKENS).toEqual([]);
    const bad: [string, RegExp][] = [
      ['alice:admin:Xq7vKp2RmT9wLz4NbY6sHd3F', /TRIANGULATE_TOKENS: entry 1 \("alice:admin:…"\): the role must be one of viewer, curator/],
      [
        'alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,bob:curator:short',
        /entry 2 \("bob:curator:…"\): the token must be at least 24 characters; make one with node -e/,
      ],
      ['alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,alice:viewer:Gm5QeR8tWb1ZkJ0cVn4PyU7h', /entry 2 \("alice:viewer:…"\): the name "alice" is used twice/],
      ['alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,bob:viewer:Xq7vKp2RmT9wLz4NbY6sHd3F', /the same token is given twice/],
      ['justonepart', /TRIANGULATE_TOKENS: entry 1 is not name:role:token/],
      ['al ice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F', /the name must be/],
    ];
    for (const [value, message] of bad) {
      expect(() => readConfig({ TRIANGULATE_TOKENS: value })).toThrow(ConfigError);
      expect(() => readConfig({ TRIANGULATE_TOKENS: value })).toThrow(message);
    }
    expect(() => readConfig({ TRIANGULATE_TOKENS: 'bob:curator:short' })).not.toThrow(/short/);
  });

  it('resolves a bearer token to its holder, and anything else to nobody', () => {
    expect(authenticate(`Bearer ${ALICE}`, TOKENS)).toEqual({ name: 'alice', role: 'curator' });
    expect(authenticate(`bearer ${VIEWER}`, TOKENS)).toEqual({ name: 'vic', role: 'viewer' });
    for (const h of [undefined, '', 'Bearer', `Basic ${ALICE}`, `Bearer ${ALICE}x`, `Bearer ${ALICE.slice(0, -1)}`, `Bearer ${ALICE} extra`])
      expect(authenticate(h, TOKENS)).toBeNull();
    expect(authenticate(`Bearer ${ALICE}`, [])).toBeNull();
  });
});

describe('who may change the graph (real API)', () => {
  it('reads need no token (and ignore an unknown one)', async () => {
    for (const token of [undefined, VIEWER, 'not-a-known-token-at-all']) {
      const res = await api.request('{ sources { id } }', {}, { token });
      expect(res.status).toBe(200);
      expect(res.body.data.sources).toHaveLength(5);
    }
  });

  it('no token, or an unknown one: UNAUTHENTICATED with HTTP 401, and nothing changes', async () => {
    const before = await graphCounts(driver);
    for (const [name, query, variables] of EVERY_MUTATION()) {
      for (const token of [undefined, 'not-a-known-token-at-all', VIEWER.slice(0, -1)]) {
        const e = await fails(api, query, variables, token);
        expect([name, e.code, e.status]).toEqual([name, 'UNAUTHENTICATED', 401]);
        expect(e.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('with no tokens configured, every mutation answers UNAUTHENTICATED, whatever the token', async () => {
    const before = await graphCounts(driver);
    for (const [name, query, variables] of EVERY_MUTATION()) {
      const e = await fails(open, query, variables, ALICE);
      expect([name, e.code, e.status]).toEqual([name, 'UNAUTHENTICATED', 401]);
    }
    expect((await open.request('{ sources { id } }', {})).status).toBe(200);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('a viewer token: FORBIDDEN with HTTP 403, and nothing changes', async () => {
    const before = await graphCounts(driver);
    for (const [name, query, variables] of EVERY_MUTATION()) {
      const e = await fails(api, query, variables, VIEWER);
      expect([name, e.code, e.status]).toEqual([name, 'FORBIDDEN', 403]);
      expect(e.message).toMatch(/vic/);
    }
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('in production the codes pass the error masking, with their messages', async () => {
    const before = await graphCounts(driver);
    const unauth = await fails(prod, PROPOSE, { input: proposal() });
    expect([unauth.code, unauth.status]).toEqual(['UNAUTHENTICATED', 401]);
    expect(unauth.message).toMatch(/Bearer/);
    const forbidden = await fails(prod, PROPOSE, { input: proposal() }, VIEWER);
    expect([forbidden.code, forbidden.status]).toEqual(['FORBIDDEN', 403]);
    const bad = await fails(prod, PROPOSE, { input: { ...proposal(), rationale: 'short' } }, ALICE);
    expect([bad.code, bad.field]).toEqual(['BAD_USER_INPUT', 'input.rationale']);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('input validation at the boundary', () => {
  const cases = (): [string, string, Record<string, unknown>, string, RegExp][] => [
    ['rationale too short', PROPOSE, { input: { ...proposal(), rationale: '   short  ' } }, 'input.rationale', /10 to 600/],
    ['rationale too long', PROPOSE, { input: { ...proposal(), rationale: 'x'.repeat(601) } }, 'input.rationale', /10 to 600/],
    ['confidence above 1', PROPOSE, { input: { ...proposal(), confidence: 1.5 } }, 'input.confidence', /from 0 to 1/],
    ['confidence below 0', PROPOSE, { input: { ...proposal(), confidence: -0.1 } }, 'input.confidence', /from 0 to 1/],
    ['id too long', PROPOSE, { input: { ...proposal(), from: `a${'b'.repeat(100)}` } }, 'input.from', /at most 100/],
    ['id with spaces', PROPOSE, { input: { ...proposal(), to: 'ceop 2013:c001' } }, 'input.to', /must be an id/],
    ['unknown item', PROPOSE, { input: { ...proposal(), from: 'ceop-2013:c99999' } }, 'input.from', /no claim or statistic "ceop-2013:c99999"/],
    ['same source', PROPOSE, { input: { ...proposal(), to: fx.claimA2 } }, 'input.to', /different sources/],
    ['a disagreement without subtype', PROPOSE, { input: { ...proposal(), kind: 'CONTRADICTS' } }, 'input.subtype', /needs a subtype/],
    ['asserted-vs-open to an assertion', PROPOSE, { input: { ...proposal(), kind: 'ASSERTED_VS_OPEN' } }, 'input.kind', /OPEN_QUESTION/],
    ['unknown relation', ACCEPT, { id: 'rel:no-such-relation' }, 'id', /no relation "rel:no-such-relation"/],
    ['already curated', ACCEPT, { id: fx.curated }, 'id', /already curated/],
    ['empty reason', REJECT, { id: fx.curated, reason: '  ' }, 'reason', /1 to 1000/],
    ['an edit that gives nothing', EDIT, { id: fx.curated, input: {} }, 'input', /at least one/],
    ['an edit that changes nothing', EDIT, { id: fx.curated, input: { kind: 'SUPPORTS' } }, 'input', /changes nothing/],
    ['an edit to a disagreement without subtype', EDIT, { id: fx.curated, input: { kind: 'QUALIFIES', subtype: null } }, 'input.subtype', /needs a subtype/],
    [
      'a link whose items are already related so',
      ACCEPT_LINK,
      { id: createdLinks[2], input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } },
      'input.kind',
      /already a SUPPORTS relation/,
    ],
    ['unknown link', ACCEPT_LINK, { id: 'prop:nothing', input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }, 'id', /no proposed link/],
    ['empty annotation', ANNOTATE, { itemId: fx.claimA, text: '   ' }, 'text', /1 to 2000/],
    ['annotation too long', ANNOTATE, { itemId: fx.claimA, text: 'x'.repeat(2001) }, 'text', /1 to 2000/],
    ['annotation of a passage', ANNOTATE, { itemId: 'ceop-2013:p0001', text: 'a note' }, 'itemId', /no claim, statistic, research gap or misconception/],
  ];

  it('answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await graphCounts(driver);
    for (const [name, query, variables, field, message] of cases()) {
      const e = await fails(api, query, variables, ALICE);
      expect([name, e.code, e.field]).toEqual([name, 'BAD_USER_INPUT', field]);
      expect(e.message, name).toMatch(message);
      expect(e.message.startsWith(`${field}:`), name).toBe(true);
    }
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('curating relations', () => {
  let proposed: string;

  it('proposes a relation between items of different sources, with exactly one audit record', async () => {
    const before = await graphCounts(driver);
    const { data, roundTrips } = await ok(api, PROPOSE, { input: proposal() }, ALICE);
    const { relation, audit } = data.proposeRelation;
    proposed = relation.id;
    expect(relation).toMatchObject({ kind: 'SUPPORTS', subtype: null, status: 'PROPOSED', curator: 'alice', confidence: 0.6, rationale: proposal().rationale });
    expect(relation.id).toMatch(/^rel:api-[0-9a-f-]{36}$/);
    expect(relation.from.id).toBe(fx.claimA);
    expect(relation.to.source.id).toBe('gallagher-2006');
    expect(new Date(relation.createdAt).toISOString()).toBe(relation.createdAt);
    expect(roundTrips).toBeLessThanOrEqual(3);

    expect(audit).toMatchObject({ actor: 'alice', role: 'curator', action: 'PROPOSE_RELATION', targetId: proposed, before: null, at: relation.createdAt });
    expect(JSON.parse(audit.after)).toMatchObject({ id: proposed, kind: 'SUPPORTS', status: 'proposed', from: fx.claimA, to: fx.statB, curator: 'alice' });
    expect(await auditsOf(proposed)).toEqual([audit]);

    const after = await graphCounts(driver);
    expect(after['rel:SUPPORTS']).toBe(before['rel:SUPPORTS']! + 1);
    expect(after['node:AuditRecord'] ?? 0).toBe((before['node:AuditRecord'] ?? 0) + 1);

    const listed = await ok(api, `{ relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }`, {}, VIEWER);
    expect(listed.data.relations.edges.map((e: any) => e.node.id)).toContain(proposed);
    // the same relation again is refused
    const again = await fails(api, PROPOSE, { input: proposal() }, ALICE);
    expect([again.code, again.field]).toEqual(['BAD_USER_INPUT', 'input.to']);
    expect(again.message).toContain(proposed);
  });

  it("the request id of the response is the audit record's", async () => {
    const res = await api.request(ANNOTATE, { itemId: fx.statB, text: 'request id check' }, { token: ALICE });
    expect(res.body.data.annotate.audit.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('accepts it: curated, listed among the curated relations, audited with before and after', async () => {
    const { data, roundTrips } = await ok(api, ACCEPT, { id: proposed }, CAROL);
    expect(roundTrips).toBeLessThanOrEqual(3);
    const { relation, audit } = data.acceptRelation;
    expect(relation).toMatchObject({ id: proposed, status: 'CURATED', curator: 'carol', updatedBy: 'carol' });
    expect(JSON.parse(audit.before)).toMatchObject({ status: 'proposed', curator: 'alice' });
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'curated', curator: 'carol', updatedAt: relation.updatedAt });
    expect(audit).toMatchObject({ action: 'ACCEPT_RELATION', actor: 'carol', targetId: proposed });

    const curated = await ok(
      api,
      `{ relations(filter: { statuses: [CURATED], sources: ["ceop-2013", "gallagher-2006"] }, first: 500) { edges { node { id status curator } } } }`,
      {},
      VIEWER,
    );
    expect(curated.data.relations.edges.map((e: any) => e.node)).toContainEqual({ id: proposed, status: 'CURATED', curator: 'carol' });
    const history = await auditsOf(proposed);
    expect(history.map((a) => a.action)).toEqual(['ACCEPT_RELATION', 'PROPOSE_RELATION']);
  });

  it('edits it; a new kind replaces the relationship, keeping its id and properties', async () => {
    const { data, roundTrips } = await ok(api, EDIT, { id: proposed, input: { kind: 'QUALIFIES', subtype: 'SCOPE', confidence: 0.55 } }, ALICE);
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(data.editRelation.relation).toMatchObject({
      id: proposed,
      kind: 'QUALIFIES',
      subtype: 'SCOPE',
      confidence: 0.55,
      status: 'CURATED',
      curator: 'carol',
      rationale: proposal().rationale,
    });
    const { records } = await driver.executeQuery(`MATCH (a)-[r {id: $id}]->(b) RETURN type(r) AS t, properties(r) AS p, a.id AS a, b.id AS b`, {
      id: proposed,
    });
    expect(records).toHaveLength(1);
    expect(records[0]!.get('t')).toBe('QUALIFIES');
    expect([records[0]!.get('a'), records[0]!.get('b')]).toEqual([fx.claimA, fx.statB]);
    expect(records[0]!.get('p')).toMatchObject({ proposedBy: 'alice', curator: 'carol', subtype: 'scope', createdAt: data.editRelation.relation.createdAt });
    const audit = data.editRelation.audit;
    expect(JSON.parse(audit.before)).toMatchObject({ kind: 'SUPPORTS', confidence: 0.6 });
    expect(JSON.parse(audit.after)).toMatchObject({ kind: 'QUALIFIES', subtype: 'scope', confidence: 0.55, updatedBy: 'alice' });
    // and the subtype can be cleared once the kind does not need one
    const back = await ok(
      api,
      EDIT,
      { id: proposed, input: { kind: 'SUPPORTS', subtype: null, rationale: 'Both describe the same pattern, in other words.' } },
      ALICE,
    );
    expect(back.data.editRelation.relation).toMatchObject({ kind: 'SUPPORTS', subtype: null, rationale: 'Both describe the same pattern, in other words.' });
  });

  it('rejects a curated relation of the seed with a reason', async () => {
    const { data, roundTrips } = await ok(api, REJECT, { id: fx.curated, reason: 'The rationale overstates the overlap.' }, ALICE);
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(data.rejectRelation.relation).toMatchObject({
      id: fx.curated,
      status: 'REJECTED',
      rejectionReason: 'The rationale overstates the overlap.',
      updatedBy: 'alice',
    });
    expect(JSON.parse(data.rejectRelation.audit.before).status).toBe('curated');
    expect(JSON.parse(data.rejectRelation.audit.after)).toMatchObject({ status: 'rejected', rejectionReason: 'The rationale overstates the overlap.' });
    const curated = await ok(api, `{ relations(first: 500) { edges { node { id } } } }`, {}, VIEWER);
    expect(curated.data.relations.edges.map((e: any) => e.node.id)).not.toContain(fx.curated);
    const again = await fails(api, REJECT, { id: fx.curated }, ALICE);
    expect(again.message).toMatch(/already rejected/);
  });
});

describe("the proposer's links", () => {
  it('accepting one makes a curated relation of the chosen kind and marks the link accepted', async () => {
    const id = createdLinks[0]!;
    const { data, roundTrips } = await ok(
      api,
      ACCEPT_LINK,
      { id, input: { kind: 'QUALIFIES', subtype: 'POPULATION', rationale: 'The two findings concern different groups of offenders.' } },
      ALICE,
    );
    expect(roundTrips).toBeLessThanOrEqual(3);
    const { link, relation, audit } = data.acceptProposedLink;
    expect(link).toMatchObject({ id, status: 'accepted', decidedBy: 'alice', relationId: relationIdForLink(id), reason: null });
    expect(relation).toMatchObject({
      id: 'rel:accepted-test-curation-1',
      kind: 'QUALIFIES',
      subtype: 'POPULATION',
      status: 'CURATED',
      curator: 'alice',
      confidence: 0.7,
    });
    expect([relation.from.id, relation.to.id]).toEqual([fx.linkFrom, fx.linkTo]);
    expect(audit).toMatchObject({ action: 'ACCEPT_PROPOSED_LINK', targetId: id, relatedId: relation.id });
    expect(JSON.parse(audit.before)).toMatchObject({ status: 'proposed', score: 9.5 });
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'accepted', relation: { id: relation.id, kind: 'QUALIFIES', status: 'curated' } });
    // the audit trail of the relation includes how it came to be
    expect((await auditsOf(relation.id)).map((a) => a.id)).toEqual([audit.id]);

    const curated = await ok(api, `{ relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }`, {}, VIEWER);
    expect(curated.data.relations.edges.map((e: any) => e.node.id)).toContain(relation.id);
    const waiting = await ok(api, `{ proposedLinks(first: 500) { id } }`, {}, VIEWER);
    expect(waiting.data.proposedLinks.map((p: any) => p.id)).not.toContain(id);
    const again = await fails(api, ACCEPT_LINK, { id, input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }, ALICE);
    expect([again.code, again.message]).toEqual(['BAD_USER_INPUT', `id: proposed link "${id}" is already accepted`]);
  });

  it('rejecting one records who, when and why, and makes no relation', async () => {
    const id = createdLinks[1]!;
    const before = await graphCounts(driver);
    const { data, roundTrips } = await ok(api, REJECT_LINK, { id, reason: 'Similar words, different subjects.' }, CAROL);
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(data.rejectProposedLink.link).toMatchObject({
      id,
      status: 'rejected',
      decidedBy: 'carol',
      reason: 'Similar words, different subjects.',
      relationId: null,
    });
    expect(data.rejectProposedLink.relation).toBeNull();
    expect(data.rejectProposedLink.audit).toMatchObject({ action: 'REJECT_PROPOSED_LINK', targetId: id });
    const after = await graphCounts(driver);
    expect({ ...after, 'node:AuditRecord': 0 }).toEqual({ ...before, 'node:AuditRecord': 0 });
    expect(after['node:AuditRecord']).toBe(before['node:AuditRecord']! + 1);
    const again = await fails(api, REJECT_LINK, { id }, ALICE);
    expect(again.message).toMatch(/already rejected/);
  });
});

describe('annotations', () => {
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
    const ev = await ok(api, `query($id: ID!) { evidence(id: $id) { annotations { text author } } }`, { id: fx.claimA }, VIEWER);
    expect(ev.data.evidence.annotations.map((a: any) => a.text)).toContain(notes[fx.claimA]);
    const gaps = await ok(api, `{ researchGaps { id annotations { text } } }`, {}, VIEWER);
    expect(gaps.data.researchGaps.find((g: any) => g.id === fx.gap).annotations).toEqual([{ text: notes[fx.gap] }]);
    const mis = await ok(api, `{ misconceptions { id annotations { text } } }`, {}, VIEWER);
    expect(mis.data.misconceptions.find((m: any) => m.id === fx.misconception).annotations).toEqual([{ text: notes[fx.misconception] }]);
    const rel = await ok(api, `query($id: ID!) { evidence(id: $id) { annotations { text } } }`, { id: fx.statB }, VIEWER);
    expect(rel.data.evidence.annotations.map((a: any) => a.text)).toEqual(['request id check', notes[fx.statB]]);

    // a page of items with their annotations (and their gaps' and misconceptions'): one round trip, whatever the size
    const q = `query($n: Int) { claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } } }`;
    const small = await ok(api, q, { n: 5 }, VIEWER);
    const large = await ok(api, q, { n: 300 }, VIEWER);
    expect(small.roundTrips).toBe(1);
    expect(large.roundTrips).toBe(1);
    const stats = await ok(
      api,
      `query($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }`,
      { f: { sources: ['gallagher-2006'] } },
      VIEWER,
    );
    expect(stats.roundTrips).toBe(1);
    expect(stats.data.statistics.edges.find((e: any) => e.node.id === fx.statB).node.annotations).toHaveLength(2);
  });

  it('items fetched without their annotations get them in one batched query for all of them', async () => {
    const db = new Db(driver);
    const ctx = { db, driver, loaders: createLoaders(db), log: pino({ level: 'silent' }), requestId: 'test', principal: null } as ApiContext;
    const resolve = (curationResolvers.Claim as any).annotations as (p: unknown, a: unknown, c: ApiContext, i: unknown) => Promise<AnnotationModel[]>;
    const resolveStat = (curationResolvers.Statistic as any).annotations as typeof resolve;
    const [a, b, c] = await Promise.all([
      resolve({ id: fx.claimA }, {}, ctx, {}),
      resolve({ id: fx.claimA2 }, {}, ctx, {}),
      resolveStat({ id: fx.statB }, {}, ctx, {}),
    ]);
    expect(db.roundTrips).toBe(1);
    expect(a.map((x) => x.text)).toEqual(['Check the 2013 figures.']);
    expect(b).toEqual([]);
    expect(c).toHaveLength(2);
    expect(await resolve({ id: 'x', annotations: [] }, {}, ctx, {})).toEqual([]);
    expect(db.roundTrips).toBe(1);
  });
});

describe('one transaction: the change and its audit record, both or neither', () => {
  it('a failure after the change and the audit were written rolls back both (a new relation)', async () => {
    const before = await graphCounts(driver);
    const relationsNow = await relationRows(driver);
    failNextCommit = true;
    seenInside = null;
    const input = { from: fx.claimA2, to: fx.statB, kind: 'SUPPORTS', rationale: 'This one must not survive the failed commit.', confidence: 0.5 };
    const e = await fails(hooked, PROPOSE, { input }, ALICE);
    expect(e.message).toMatch(/forced failure/);
    // inside the transaction, both had been written …
    expect(seenInside).toMatchObject({ audits: (before['node:AuditRecord'] ?? 0) + 1, relations: relationsNow.length + 1 });
    // … and neither is in the graph
    expect(await graphCounts(driver)).toEqual(before);
    expect(await relationRows(driver)).toEqual(relationsNow);
    const { records } = await driver.executeQuery(`MATCH (a {id: $a})-[r]-(b {id: $b}) RETURN count(r) AS n`, { a: fx.claimA2, b: fx.statB });
    expect(records[0]!.get('n')).toBe(0);
    expect(
      (await ok(api, AUDIT_LOG, { actor: 'alice', first: 500 }, VIEWER)).data.auditLog.edges.map((x: any) => JSON.parse(x.node.after).rationale),
    ).not.toContain(input.rationale);
  });

  it('… and a status change', async () => {
    const [target] = relationsBefore.filter((r) => r.props.status === 'curated' && r.id !== fx.curated);
    watchRelation = target!.id;
    const before = await graphCounts(driver);
    const auditsBeforeChange = await auditsOf(target!.id);
    failNextCommit = true;
    const e = await fails(hooked, REJECT, { id: target!.id, reason: 'rolled back' }, ALICE);
    expect(e.message).toMatch(/forced failure/);
    expect(seenInside?.status).toBe('rejected');
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

describe('injection-shaped input', () => {
  const NASTY = `x' OR 1=1 // "}) DETACH DELETE n // $id {a: 1} \`x\` ; MATCH (m) DELETE m + - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /`;

  it('ids that are not ids are refused; free text is stored verbatim; nothing else changes', async () => {
    const before = await graphCounts(driver);
    for (const bad of [`x' OR 1=1 //`, `"}) DETACH DELETE n //`, 'a:b) WITH 1 AS x MATCH (n', 'ceop-2013:c001 OR *', '*:*', '\\u0000']) {
      for (const [query, variables, field] of [
        [PROPOSE, { input: { ...proposal(), from: bad } }, 'input.from'],
        [PROPOSE, { input: { ...proposal(), to: bad } }, 'input.to'],
        [ACCEPT, { id: bad }, 'id'],
        [EDIT, { id: bad, input: { confidence: 0.5 } }, 'id'],
        [ACCEPT_LINK, { id: bad, input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }, 'id'],
        [ANNOTATE, { itemId: bad, text: 'x' }, 'itemId'],
      ] as const) {
        const e = await fails(api, query, variables, ALICE);
        expect([bad, e.code, e.field]).toEqual([bad, 'BAD_USER_INPUT', field]);
      }
    }
    // in a read filter they are just values that match nothing
    expect((await ok(api, AUDIT_LOG, { actor: `x' OR 1=1 //` }, VIEWER)).data.auditLog.totalCount).toBe(0);
    expect(await graphCounts(driver)).toEqual(before);

    const proposed = await ok(api, PROPOSE, { input: { ...proposal(), to: fx.openB, kind: 'ASSERTED_VS_OPEN', rationale: NASTY } }, ALICE);
    const note = await ok(api, ANNOTATE, { itemId: fx.claimA2, text: NASTY }, ALICE);
    const id = proposed.data.proposeRelation.relation.id;
    expect(proposed.data.proposeRelation.relation.rationale).toBe(NASTY);
    expect(note.data.annotate.annotation.text).toBe(NASTY);
    const stored = await driver.executeQuery(`MATCH ()-[r {id: $id}]->() MATCH (n:Annotation {id: $ann}) RETURN r.rationale AS r, n.text AS t`, {
      id,
      ann: note.data.annotate.annotation.id,
    });
    expect([stored.records[0]!.get('r'), stored.records[0]!.get('t')]).toEqual([NASTY, NASTY]);
    expect(JSON.parse(proposed.data.proposeRelation.audit.after).rationale).toBe(NASTY);

    const after = await graphCounts(driver);
    const expected = {
      ...before,
      'rel:ASSERTED_VS_OPEN': before['rel:ASSERTED_VS_OPEN']! + 1,
      'rel:ANNOTATES': before['rel:ANNOTATES']! + 1,
      'node:Annotation': before['node:Annotation']! + 1,
      'node:AuditRecord': before['node:AuditRecord']! + 2,
    };
    expect(after).toEqual(expected);
  });
});

describe('the audit log', () => {
  it('lists changes newest first, filtered by target and actor, paged by cursor', async () => {
    for (let i = 1; i <= 5; i++) await ok(api, ANNOTATE, { itemId: fx.gap, text: `paging note ${i}` }, CAROL);
    const seen: any[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number;
    do {
      const { data, roundTrips }: { data: any; roundTrips: number } = await ok(api, AUDIT_LOG, { actor: 'carol', targetId: fx.gap, first: 2, after }, VIEWER);
      expect(roundTrips).toBe(1);
      total = data.auditLog.totalCount;
      seen.push(...data.auditLog.edges.map((e: any) => e.node));
      after = data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(total).toBe(5);
    expect(pages).toBe(3);
    expect(seen.map((a) => JSON.parse(a.after).text)).toEqual([5, 4, 3, 2, 1].map((i) => `paging note ${i}`));
    expect(new Set(seen.map((a) => a.id)).size).toBe(5);
    for (const a of seen) expect(a).toMatchObject({ actor: 'carol', targetId: fx.gap, action: 'ANNOTATE' });

    // the whole log, newest first
    const all = (await ok(api, AUDIT_LOG, { first: 500 }, VIEWER)).data.auditLog;
    const times = all.edges.map((e: any) => e.node.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.totalCount).toBe(all.edges.length);
    expect(new Set(all.edges.map((e: any) => e.node.actor))).toEqual(new Set(['alice', 'carol']));

    // a page after the last one is empty; a forged cursor is refused
    const last = await ok(api, AUDIT_LOG, { actor: 'carol', targetId: fx.gap, first: 2, after: encodeAuditCursor(seen.at(-1)) }, VIEWER);
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

describe('exporting decisions to the relations files (npm run curation:export)', () => {
  it('writes relations made through the API and changes to filed ones in the files format, and the seed accepts them', async () => {
    const files = new Map(
      readdirSync(RELATIONS_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [f, readFileSync(join(RELATIONS_DIR, f), 'utf8')] as const),
    );
    const { relations, rejections } = await readDecisions(driver);
    const ids = relations.map((r) => r.id);
    expect(ids).toContain(fx.curated);
    expect(ids).toContain('rel:accepted-test-curation-1');
    expect(rejections).toEqual([
      expect.objectContaining({ from: fx.link2From, to: fx.link2To, decidedBy: 'carol', reason: 'Similar words, different subjects.' }),
    ]);
    // the ASSERTED_VS_OPEN relation of the injection test has characters the files take as they are
    const result = exportDecisions(files, relations, rejections);
    expect(result.problems).toEqual([]);
    expect([...result.files.keys()].sort()).toEqual([EXPORT_FILE, fx.curatedFile].sort());
    expect(result.decisions).toBe(1);

    // the filed relation is updated in place: only its status line changes
    const oldLines = files.get(fx.curatedFile)!.split('\n');
    const newLines = result.files.get(fx.curatedFile)!.split('\n');
    expect(newLines.length).toBe(oldLines.length);
    const diff = newLines.filter((l, i) => l !== oldLines[i]);
    expect(diff.map((l) => l.trim())).toEqual(['status: rejected']);

    // exporting again changes nothing
    const merged = new Map([...files, ...result.files]);
    const again = exportDecisions(merged, relations, rejections);
    expect(again.problems).toEqual([]);
    expect(again.files.size).toBe(0);

    // and a seed load reading these files validates them and holds the decisions
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-export-'));
    try {
      for (const [name, text] of merged) writeFileSync(join(dir, name), text);
      const seed = prepareSeed(loadCorpus(), undefined, dir);
      const byId = new Map(seed.relations.relations.map((r) => [r.id, r]));
      expect(byId.get(fx.curated)?.status).toBe('rejected');
      expect(byId.get('rel:accepted-test-curation-1')).toMatchObject({
        kind: 'QUALIFIES',
        subtype: 'population',
        status: 'curated',
        curator: 'alice',
        file: EXPORT_FILE,
      });
      expect(seed.relations.decisions).toContainEqual(expect.objectContaining({ from: fx.link2From, to: fx.link2To, decision: 'rejected', curator: 'carol' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, naming the entry and field, what the files cannot hold, and writes nothing', () => {
    const long: StoredRelation = {
      id: 'rel:api-x',
      kind: 'SUPPORTS',
      from: 'a-1:c1',
      to: 'b-2:c2',
      file: null,
      subtype: null,
      rationale: 'y'.repeat(700),
      confidence: 0.5,
      status: 'curated',
      curator: 'alice',
      createdAt: '2026-01-02T03:04:05.000Z',
    };
    const r = exportDecisions(new Map(), [long], []);
    expect(r.files.size).toBe(0);
    expect(r.problems.join('\n')).toMatch(/rel:api-x: rationale: .*600/);
    const fits = exportDecisions(new Map(), [{ ...long, rationale: 'A short enough rationale.' }], []);
    expect(fits.problems).toEqual([]);
    expect(fits.files.get(EXPORT_FILE)).toContain('createdAt: 2026-01-02');
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
