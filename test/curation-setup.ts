/**
 * Shared set-up of the curation tests (test/api-curation-*.test.ts): curator and viewer tokens, the
 * real API started four ways, evidence to work with, typed documents for every mutation, and the
 * restoration of the graph after each file (checked, so other test files see the seed as it was).
 * The set-up assigns the exported bindings below; a test file reads them once its beforeAll has run.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { graphql } from './gql/index.ts';
import type { CurationAuditFragment, ProposeRelationInput } from './gql/graphql.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

export const TOKENS: ApiToken[] = [
  { name: 'alice', role: 'curator', token: 'alice-curator-token-0001' },
  { name: 'carol', role: 'curator', token: 'carol-curator-token-0002' },
  { name: 'vic', role: 'viewer', token: 'vic-viewer-token-0000003' },
];
export const ALICE = TOKENS[0]!.token;
export const CAROL = TOKENS[1]!.token;
export const VIEWER = TOKENS[2]!.token;
const RELATION_TYPES = 'SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN';

export let api: RunningApi; // tokens configured
export let open: RunningApi; // no tokens configured
export let prod: RunningApi; // production error masking
export let hooked: RunningApi; // a test hook that can fail a transaction just before its commit
export let driver: Driver;

/** The hooked API: when failNextCommit is set, its next curation transaction fails after its change and audit record were written. */
export const hook = {
  failNextCommit: false,
  seenInside: null as { audits: number; relations: number; status: string | null } | null,
  watchRelation: '',
};

// ---- the graph before, and its restoration -----------------------------------------------------------

export interface RelRow {
  id: string;
  kind: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export async function relationRows(d: Driver): Promise<RelRow[]> {
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
export let relationsBefore: RelRow[];
let auditsBefore: string[];
let annotationsBefore: string[];
export const createdLinks: string[] = [];

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

export interface Fixtures {
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
export let fx: Fixtures;

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

/** Starts the APIs before the file's tests, and restores the graph after them. */
export function setUpCuration(): void {
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
        if (!hook.failNextCommit) return;
        hook.failNextCommit = false;
        const audits = (await tx.run('MATCH (x:AuditRecord) RETURN count(x) AS n')).records[0]!.get('n') as number;
        const relations = (await tx.run(`MATCH ()-[r:${RELATION_TYPES}]->() RETURN count(r) AS n`)).records[0]!.get('n') as number;
        const status = ((
          await tx.run(`OPTIONAL MATCH ()-[r:${RELATION_TYPES} {id: $id}]->() RETURN r.status AS s`, { id: hook.watchRelation })
        ).records[0]?.get('s') ?? null) as string | null;
        hook.seenInside = { audits, relations, status };
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
}

// ---- documents ------------------------------------------------------------------------------------------

graphql(`fragment CurationEnd on Evidence { ... on Claim { id source { id } } ... on Statistic { id source { id } } }`);
graphql(`fragment CurationRelation on Relation {
  id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ...CurationEnd } to { ...CurationEnd }
}`);
graphql(`fragment CurationAudit on AuditRecord { id at actor role action targetId relatedId before after requestId }`);
graphql(`fragment CurationLink on ProposedLink { id status decidedBy decidedAt reason relationId from { ...CurationEnd } to { ...CurationEnd } }`);
export const PROPOSE = graphql(`mutation CurationPropose($input: ProposeRelationInput!) {
  proposeRelation(input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }
}`);
export const ACCEPT = graphql(`mutation CurationAccept($id: ID!) { acceptRelation(id: $id) { relation { ...CurationRelation } audit { ...CurationAudit } } }`);
export const REJECT = graphql(`mutation CurationReject($id: ID!, $reason: String) {
  rejectRelation(id: $id, reason: $reason) { relation { ...CurationRelation } audit { ...CurationAudit } }
}`);
export const EDIT = graphql(`mutation CurationEdit($id: ID!, $input: EditRelationInput!) {
  editRelation(id: $id, input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }
}`);
export const ACCEPT_LINK = graphql(`mutation CurationAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {
  acceptProposedLink(id: $id, input: $input) { link { ...CurationLink } relation { ...CurationRelation } audit { ...CurationAudit } }
}`);
export const REJECT_LINK = graphql(`mutation CurationRejectLink($id: ID!, $reason: String) {
  rejectProposedLink(id: $id, reason: $reason) { link { ...CurationLink } relation { id } audit { ...CurationAudit } }
}`);
export const ANNOTATE = graphql(`mutation CurationAnnotate($itemId: ID!, $text: String!) {
  annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ...CurationAudit } }
}`);
export const AUDIT_LOG = graphql(`query CurationAuditLog($targetId: ID, $actor: String, $first: Int, $after: String) {
  auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) {
    totalCount edges { cursor node { ...CurationAudit } } pageInfo { hasNextPage endCursor }
  }
}`);

export const proposal = (): ProposeRelationInput => ({
  from: fx.claimA,
  to: fx.statB,
  kind: 'SUPPORTS',
  rationale: 'Both describe the same pattern of offending abroad.',
  confidence: 0.6,
});

type Variables = Record<string, unknown>;

/** Sends a document that must succeed with HTTP 200; answers its data and the round trips it took. */
export async function ok<R, V extends Variables>(
  a: RunningApi,
  document: TypedDocumentNode<R, V>,
  variables: V,
  token: string,
): Promise<{ data: R; roundTrips: number }> {
  const res = await a.request(document, variables, { token });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return { data: res.body.data!, roundTrips: res.body.extensions?.roundTrips as number };
}

export interface Failure {
  status: number;
  headers: Headers;
  code: string;
  field: string | undefined;
  message: string;
}
/** Sends a document that must fail; answers the first error with the HTTP status. */
export async function fails<R, V extends Variables>(a: RunningApi, document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<Failure> {
  const res = await a.request(document, variables, { token });
  expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
  const e = res.body.errors![0]!;
  return { status: res.status, headers: res.headers, code: e.extensions?.code as string, field: e.extensions?.field as string | undefined, message: e.message };
}

/** A document with its variables, to send later with some token: lists of differently typed calls hold these. */
export type Attempt = (a: RunningApi, token?: string) => Promise<Failure>;
export const attempt =
  <R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V): Attempt =>
  (a, token) =>
    fails(a, document, variables, token);

export async function auditsOf(targetId: string): Promise<CurationAuditFragment[]> {
  const { data } = await ok(api, AUDIT_LOG, { targetId, first: 100 }, VIEWER);
  return data.auditLog.edges.map((e) => e.node);
}

/** Every mutation, with arguments valid enough to reach the resolver. */
export const EVERY_MUTATION = (): [string, Attempt][] => [
  ['proposeRelation', attempt(PROPOSE, { input: proposal() })],
  ['acceptRelation', attempt(ACCEPT, { id: fx.curated })],
  ['rejectRelation', attempt(REJECT, { id: fx.curated, reason: 'not convincing' })],
  ['editRelation', attempt(EDIT, { id: fx.curated, input: { confidence: 0.1 } })],
  ['acceptProposedLink', attempt(ACCEPT_LINK, { id: createdLinks[0]!, input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } })],
  ['rejectProposedLink', attempt(REJECT_LINK, { id: createdLinks[0]! })],
  ['annotate', attempt(ANNOTATE, { itemId: fx.claimA, text: 'a note' })],
];

/** An audit record's `before` or `after`: the stored JSON text, read back. */
export const recorded = (json: string | null | undefined): Record<string, unknown> => JSON.parse(json ?? 'null');
