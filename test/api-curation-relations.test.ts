/**
 * Curation through the API (real HTTP, real Neo4j), the changes: relations proposed, accepted, edited
 * and rejected; the proposer's links decided; injection-shaped input; and the export of these
 * decisions to the relations files. Later tests here build on the changes of earlier ones.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relationIdForLink } from '../api/curation/links.ts';
import { mostContested, resolveFocus } from '../api/cypher/graph.ts';
import { filterParams } from '../api/graph/load.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { prepareSeed } from '../seed/load.ts';
import { RELATIONS_DIR } from '../seed/relations/read.ts';
import { EXPORT_FILE, exportDecisions, readDecisions, type StoredRelation } from '../seed/tools/export-decisions.ts';
import { graphql } from './gql/index.ts';
import {
  ACCEPT,
  ACCEPT_LINK,
  ALICE,
  ANNOTATE,
  api,
  attempt,
  AUDIT_LOG,
  auditsOf,
  CAROL,
  createdLinks,
  driver,
  EDIT,
  fails,
  fx,
  ok,
  PROPOSE,
  proposal,
  recorded,
  REJECT,
  REJECT_LINK,
  setUpCuration,
  VIEWER,
} from './curation-setup.ts';
import { graphCounts } from './seed-snapshot.ts';

setUpCuration();

const MAP = graphql(`query CurationEvidenceMap { evidenceMap { cells { topic source agreements } } }`);
const DEFAULT_FOCUS = graphql(`query CurationDefaultFocus { graph(depth: 0) { focus } }`);
const SOURCE_PAGE = graphql(`query CurationSourcePage($id: ID!, $limit: Int) { graph(focus: [$id], depth: 0, neighbourLimit: $limit) { nodes { id type } } }`);

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
    expect(recorded(audit.after)).toMatchObject({ id: proposed, kind: 'SUPPORTS', status: 'proposed', from: fx.claimA, to: fx.statB, curator: 'alice' });
    expect(await auditsOf(proposed)).toEqual([audit]);

    const after = await graphCounts(driver);
    expect(after['rel:SUPPORTS']).toBe(before['rel:SUPPORTS']! + 1);
    expect(after['node:AuditRecord'] ?? 0).toBe((before['node:AuditRecord'] ?? 0) + 1);

    const listed = await ok(
      api,
      graphql(`query CurationProposedRelations { relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }`),
      {},
      VIEWER,
    );
    expect(listed.data.relations.edges.map((e) => e.node.id)).toContain(proposed);
    // the same relation again is refused
    const again = await fails(api, PROPOSE, { input: proposal() }, ALICE);
    expect([again.code, again.field]).toEqual(['BAD_USER_INPUT', 'input.to']);
    expect(again.message).toContain(proposed);
  });

  it('accepts it: curated, listed among the curated relations, audited with before and after', async () => {
    const { data, roundTrips } = await ok(api, ACCEPT, { id: proposed }, CAROL);
    expect(roundTrips).toBeLessThanOrEqual(3);
    const { relation, audit } = data.acceptRelation;
    expect(relation).toMatchObject({ id: proposed, status: 'CURATED', curator: 'carol', updatedBy: 'carol' });
    expect(recorded(audit.before)).toMatchObject({ status: 'proposed', curator: 'alice' });
    expect(recorded(audit.after)).toMatchObject({ status: 'curated', curator: 'carol', updatedAt: relation.updatedAt });
    expect(audit).toMatchObject({ action: 'ACCEPT_RELATION', actor: 'carol', targetId: proposed });

    const curated = await ok(
      api,
      graphql(`query CurationCuratedOfPair {
        relations(filter: { statuses: [CURATED], sources: ["ceop-2013", "gallagher-2006"] }, first: 500) { edges { node { id status curator } } }
      }`),
      {},
      VIEWER,
    );
    expect(curated.data.relations.edges.map((e) => e.node)).toContainEqual({ id: proposed, status: 'CURATED', curator: 'carol' });
    const history = await auditsOf(proposed);
    expect(history.map((a) => a.action)).toEqual(['ACCEPT_RELATION', 'PROPOSE_RELATION']);
  });

  it('edits it; a new kind replaces the relationship, keeping its id and properties', async () => {
    // The graph's default focus (the most contested items) is kept by the API under the data version: it must be the fresh one after the edit.
    const contested = async () => {
      const q = mostContested(filterParams(null), 5);
      return (await driver.executeQuery(q.cypher, q.params)).records[0]!.get('ids') as string[];
    };
    const shownFocus = async () => (await ok(api, DEFAULT_FOCUS, {}, VIEWER)).data.graph.focus;
    expect(await shownFocus()).toEqual(await contested());
    const { data, roundTrips } = await ok(api, EDIT, { id: proposed, input: { kind: 'QUALIFIES', subtype: 'SCOPE', confidence: 0.55 } }, ALICE);
    expect(await shownFocus()).toEqual(await contested());
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
    expect(recorded(audit.before)).toMatchObject({ kind: 'SUPPORTS', confidence: 0.6 });
    expect(recorded(audit.after)).toMatchObject({ kind: 'QUALIFIES', subtype: 'scope', confidence: 0.55, updatedBy: 'alice' });
    // and the subtype can be cleared once the kind does not need one
    const back = await ok(
      api,
      EDIT,
      { id: proposed, input: { kind: 'SUPPORTS', subtype: null, rationale: 'Both describe the same pattern, in other words.' } },
      ALICE,
    );
    expect(back.data.editRelation.relation).toMatchObject({ kind: 'SUPPORTS', subtype: null, rationale: 'Both describe the same pattern, in other words.' });
  });

  it('rejects a curated relation of the seed with a reason; the evidence map, kept by the API, counts it no more', async () => {
    const agreements = async () => {
      const { data, roundTrips } = await ok(api, MAP, {}, VIEWER);
      return { total: data.evidenceMap.cells.reduce((n, c) => n + c.agreements, 0), roundTrips };
    };
    const topicsOf = async (id: string) =>
      (await driver.executeQuery(`MATCH (:Claim|Statistic {id: $id})-[:ABOUT]->(t:Topic) RETURN count(t) AS n`, { id })).records[0]!.get('n') as number;
    await agreements();
    const before = await agreements();
    // Kept: the data version (one round trip), no aggregate read.
    expect(before.roundTrips).toBe(1);
    // The graph's ranking of a source's items (most linked first) is kept by the API too: the page
    // it shows must be the one ranked afresh, before the rejection and after it.
    const sourceOf = (await driver.executeQuery(`MATCH (n:Claim|Statistic {id: $id}) RETURN n.sourceId AS s`, { id: fx.curatedFrom })).records[0]!.get(
      's',
    ) as string;
    const fresh = async () => {
      const q = resolveFocus([sourceOf], filterParams(null), 0, 1_000_000);
      return (await driver.executeQuery(q.cypher, q.params)).records[0]!.get('page') as string[];
    };
    const rankedBefore = await fresh();
    // A page that ends with the rejected link's end: it falls out of the page when it loses the link.
    const cut = rankedBefore.indexOf(fx.curatedFrom) + 1;
    expect(cut).toBeGreaterThan(0);
    const shown = async () => {
      const { data } = await ok(api, SOURCE_PAGE, { id: sourceOf, limit: cut }, VIEWER);
      return data.graph.nodes.filter((n) => n.type !== 'GROUP').map((n) => n.id);
    };
    expect(new Set(await shown())).toEqual(new Set(rankedBefore.slice(0, cut)));
    expect(new Set(await shown())).toEqual(new Set(rankedBefore.slice(0, cut)));
    const { data, roundTrips } = await ok(api, REJECT, { id: fx.curated, reason: 'The rationale overstates the overlap.' }, ALICE);
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(data.rejectRelation.relation).toMatchObject({
      id: fx.curated,
      status: 'REJECTED',
      rejectionReason: 'The rationale overstates the overlap.',
      updatedBy: 'alice',
    });
    expect(recorded(data.rejectRelation.audit.before).status).toBe('curated');
    expect(recorded(data.rejectRelation.audit.after)).toMatchObject({ status: 'rejected', rejectionReason: 'The rationale overstates the overlap.' });
    const curated = await ok(api, graphql(`query CurationListed { relations(first: 500) { edges { node { id } } } }`), {}, VIEWER);
    expect(curated.data.relations.edges.map((e) => e.node.id)).not.toContain(fx.curated);
    const again = await fails(api, REJECT, { id: fx.curated }, ALICE);
    expect(again.message).toMatch(/already rejected/);
    // A link counts once in each cell of each end (a cell per topic of the end's source).
    const after = await agreements();
    expect(after.roundTrips).toBeGreaterThan(1);
    expect(after.total).toBe(before.total - (await topicsOf(fx.curatedFrom)) - (await topicsOf(fx.curatedTo)));
    expect((await agreements()).roundTrips).toBe(1);
    const rankedAfter = await fresh();
    expect(rankedAfter.slice(0, cut)).not.toEqual(rankedBefore.slice(0, cut));
    expect(new Set(await shown())).toEqual(new Set(rankedAfter.slice(0, cut)));
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
    if (!relation) throw new Error('accepting the link made no relation');
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
    expect(recorded(audit.before)).toMatchObject({ status: 'proposed', score: 9.5 });
    expect(recorded(audit.after)).toMatchObject({ status: 'accepted', relation: { id: relation.id, kind: 'QUALIFIES', status: 'curated' } });
    // the audit trail of the relation includes how it came to be
    expect((await auditsOf(relation.id)).map((a) => a.id)).toEqual([audit.id]);

    const curated = await ok(
      api,
      graphql(`query CurationCuratedQualifications { relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }`),
      {},
      VIEWER,
    );
    expect(curated.data.relations.edges.map((e) => e.node.id)).toContain(relation.id);
    const waiting = await ok(api, graphql(`query CurationWaitingLinks { proposedLinks(first: 500) { id } }`), {}, VIEWER);
    expect(waiting.data.proposedLinks.map((p) => p.id)).not.toContain(id);
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

describe('injection-shaped input', () => {
  const NASTY = `x' OR 1=1 // "}) DETACH DELETE n // $id {a: 1} \`x\` ; MATCH (m) DELETE m + - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /`;

  it('ids that are not ids are refused; free text is stored verbatim; nothing else changes', async () => {
    const before = await graphCounts(driver);
    for (const bad of [`x' OR 1=1 //`, `"}) DETACH DELETE n //`, 'a:b) WITH 1 AS x MATCH (n', 'ceop-2013:c001 OR *', '*:*', '\\u0000']) {
      for (const [send, field] of [
        [attempt(PROPOSE, { input: { ...proposal(), from: bad } }), 'input.from'],
        [attempt(PROPOSE, { input: { ...proposal(), to: bad } }), 'input.to'],
        [attempt(ACCEPT, { id: bad }), 'id'],
        [attempt(EDIT, { id: bad, input: { confidence: 0.5 } }), 'id'],
        [attempt(ACCEPT_LINK, { id: bad, input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }), 'id'],
        [attempt(ANNOTATE, { itemId: bad, text: 'x' }), 'itemId'],
      ] as const) {
        const e = await send(api, ALICE);
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
    expect(recorded(proposed.data.proposeRelation.audit.after).rationale).toBe(NASTY);

    const after = await graphCounts(driver);
    const expected = {
      ...before,
      'rel:ASSERTED_VS_OPEN': before['rel:ASSERTED_VS_OPEN']! + 1,
      'rel:ANNOTATES': (before['rel:ANNOTATES'] ?? 0) + 1,
      'node:Annotation': (before['node:Annotation'] ?? 0) + 1,
      'node:AuditRecord': before['node:AuditRecord']! + 2,
    };
    expect(after).toEqual(expected);
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
