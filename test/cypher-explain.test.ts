/**
 * Every Cypher builder of api/cypher/ (the data layer, api/data/, has no Cypher of its own: it runs
 * these) is EXPLAINed against the seeded Neo4j with representative parameters. A plan fails when
 * it scans every node or every relationship, or scans a label (or a relationship type) only to
 * filter it by id: a lookup by id must name its label(s) and use their index.
 *
 * The cases are keyed by module and export, and every builder a module exports must have one, so
 * a new builder without a case fails here.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as candidates from '../api/cypher/candidates.ts';
import * as consensus from '../api/cypher/consensus.ts';
import * as curation from '../api/cypher/curation.ts';
import * as evidence from '../api/cypher/evidence.ts';
import * as graph from '../api/cypher/graph.ts';
import * as items from '../api/cypher/items.ts';
import * as proposer from '../api/cypher/proposer.ts';
import * as linkProposer from '../db/proposer.ts';
import * as relations from '../api/cypher/relations.ts';
import * as search from '../api/cypher/search.ts';
import * as sources from '../api/cypher/sources.ts';
import type { CypherQuery } from '../api/data/query.ts';
import { testDriver } from './helpers.ts';

const MODULES = { candidates, consensus, curation, evidence, graph, items, proposer, relations, search, sources } as const;

/** Exports that are not builders: fragments (UPPER_CASE) are used inside builders; these helpers build no query. */
const NOT_BUILDERS = new Set(['search.luceneQuery']);

const ev = { sources: ['ceop-2013'], topics: ['t'], kinds: ['finding'], text: 'online' };
const gf = { types: ['CLAIM'], sources: ['ceop-2013'], topics: null, relTypes: ['SUPPORTS', 'CONTRADICTS'], statuses: ['curated'] };
const rel = { kinds: ['SUPPORTS'], subtypes: null, sources: ['ceop-2013'], topics: null, statuses: ['curated'] };

const CASES: Record<string, () => CypherQuery> = {
  'candidates.listCandidates': () => candidates.listCandidates('doc-x', ['statistic'], ['proposed'], 0, 20),
  'candidates.lockCandidate': () => candidates.lockCandidate('doc-x:cand-stat-0123456789', ['doc-x:s-0123456789', 'doc-x:c-0123456789']),
  'candidates.passagesOverlapping': () => candidates.passagesOverlapping('doc-x', 100, 200),
  'candidates.existingTopics': () => candidates.existingTopics(['prevalence']),
  'candidates.createItem': () => candidates.createItem('Claim', { id: 'doc-x:c-0123456789', sourceId: 'doc-x' }, ['doc-x:p0001'], ['prevalence']),
  'candidates.raiseGap': () => candidates.raiseGap('doc-x:c-0123456789', { id: 'gap:doc-x-0123456789', question: 'q?' }),
  'candidates.mentionMisconception': () => candidates.mentionMisconception('doc-x:c-0123456789', 'CHALLENGES', { id: 'misc:doc-x-0123456789' }),
  'candidates.sourceRemovalPlan': () => candidates.sourceRemovalPlan('doc-x'),
  'candidates.removeSource': () => candidates.removeSource('doc-x', ['gap:doc-x-0123456789']),
  'candidates.decideCandidate': () => candidates.decideCandidate('doc-x:cand-stat-0123456789', { status: 'rejected' }),

  'consensus.consensusOf': () => consensus.consensusOf('ceop-2013:c001'),

  'curation.relationEnds': () => curation.relationEnds('a', 'b'),
  'curation.createRelation': () => curation.createRelation('a', 'b', 'SUPPORTS', { id: 'rel:x' }),
  'curation.lockRelation': () => curation.lockRelation('rel:x'),
  'curation.updateRelation': () => curation.updateRelation('rel:x', { rationale: 'r' }),
  'curation.retypeRelation': () => curation.retypeRelation('rel:x', 'CONTRADICTS', { subtype: 'direct' }),
  'curation.lockProposedLink': () => curation.lockProposedLink('prop:x', 'rel:accepted-x'),
  'curation.acceptLink': () => curation.acceptLink('prop:x', { status: 'accepted' }, 'SUPPORTS', { id: 'rel:accepted-x' }),
  'curation.rejectLink': () => curation.rejectLink('prop:x', { status: 'rejected' }),
  'curation.createAnnotation': () => curation.createAnnotation('ceop-2013:c001', { id: 'ann:x' }),
  'curation.annotationsOfItems': () => curation.annotationsOfItems(['ceop-2013:c001']),
  'curation.createAudit': () => curation.createAudit({ id: 'audit:x' }),
  'curation.listAudit': () => curation.listAudit({ targetId: 'x', actor: 'alice' }, { at: '2026-01-01T00:00:00Z', id: 'audit:x' }, 20),

  'evidence.listClaims': () => evidence.listClaims(ev, 0, 20),
  'evidence.listStatistics': () => evidence.listStatistics(ev, 0, 20),
  'evidence.evidenceById': () => evidence.evidenceById('ceop-2013:c001'),
  'evidence.listTopics': () => evidence.listTopics(),
  'evidence.listMisconceptions': () => evidence.listMisconceptions(ev),
  'evidence.gapsPage': () => evidence.gapsPage(ev, ['open'], 'TOPICS', true, 50, 50),
  'evidence.gapOrder': () => evidence.gapOrder({ ...ev, sources: null, topics: null, text: null }, null, 'PRIORITY', false),
  'evidence.gapsByIds': () => evidence.gapsByIds(['gap:merdian-how-offenders-know-locations', 'gap:x']),
  'items.gapById': () => items.gapById('gap:merdian-how-offenders-know-locations'),
  'items.misconceptionById': () => items.misconceptionById('misc:x'),
  'items.linkSummaries': () => items.linkSummaries(['ceop-2013:s001', 'merdian-2019:c009']),
  'items.listAttributions': () => items.listAttributions(),
  'proposer.decidedPairs': () => proposer.decidedPairs(),
  'proposer.waitingLinks': () => proposer.waitingLinks(),
  'evidence.evidenceSpansOfSources': () => evidence.evidenceSpansOfSources(['ceop-2013', 'merdian-2019']),
  'sources.passagesOfSources': () => sources.passagesOfSources(['ceop-2013', 'merdian-2019'], { around: 'ceop-2013:s001' }, 100, null),
  'sources.sourcesById': () => sources.sourcesById(['ceop-2013']),
  'sources.seedFingerprint': () => sources.seedFingerprint(),
  'sources.dataVersion': () => sources.dataVersion(),
  'evidence.passagesOfItems': () => evidence.passagesOfItems(['ceop-2013:c001', 'ceop-2013:s001']),

  'graph.resolveFocus': () => graph.resolveFocus(['ceop-2013:c001', 'ceop-2013'], gf, 0, 25),
  'graph.mostContested': () => graph.mostContested(gf, 5),
  'graph.expand': () => graph.expand(['ceop-2013:c001'], gf, 0, 25),
  'graph.nodesAndEdges': () => graph.nodesAndEdges(['ceop-2013:c001', 'ceop-2013'], gf),

  'relations.listRelations': () => relations.listRelations(rel, 0, 20),
  'relations.traceOf': () => relations.traceOf('ceop-2013:c001'),
  'relations.listComparisons': () => relations.listComparisons({ measure: 'x', verdicts: ['conflicting'], sources: ['ceop-2013'] }),
  'relations.listPairSummaries': () => relations.listPairSummaries(),
  'relations.listProposals': () => relations.listProposals(50),
  'relations.evidenceMap': () => relations.evidenceMap(),

  'search.searchAll': () => search.searchAll('online', { types: ['CLAIM', 'PASSAGE'], sources: ['ceop-2013'], topics: ['t'] }, 0, 20),

  'sources.listSources': () => sources.listSources(),
  'sources.sourceById': () => sources.sourceById('ceop-2013'),
  'sources.passageById': () => sources.passageById('ceop-2013:p0001'),
};

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  children: Plan[];
}

const ALL_SCANS = /^(AllNodesScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)\b/;
const LABEL_SCANS =
  /^(NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedUnionRelationshipTypesScan|UndirectedUnionRelationshipTypesScan)\b/;
const op = (p: Plan) => p.operatorType.replace(/@.*$/, '');
const details = (p: Plan) => String(p.arguments.Details ?? '');

/** The label or type scan a filter reads from, through operators with one input (CacheProperties, …). */
function scanBelow(p: Plan): Plan | null {
  let c = p.children.length === 1 ? p.children[0]! : null;
  while (c && !LABEL_SCANS.test(op(c)) && c.children.length === 1) c = c.children[0]!;
  return c && LABEL_SCANS.test(op(c)) ? c : null;
}

/** What is wrong with a plan, one line per problem. */
function problems(plan: Plan): string[] {
  const out: string[] = [];
  const visit = (p: Plan) => {
    if (ALL_SCANS.test(op(p))) out.push(`${op(p)} ${details(p)}`);
    const scan = /^Filter\b/.test(op(p)) ? scanBelow(p) : null;
    if (scan) {
      // The scanned variable: "n:Claim" or "(a)-[r:SUPPORTS]->(b)".
      const v = /\[(\w+):/.exec(details(scan))?.[1] ?? /^(\w+):/.exec(details(scan))?.[1];
      const by = v ? new RegExp(`\\b${v}\\.(id|sourceId)\\s*(=|IN\\b)`).exec(details(p))?.[1] : undefined;
      if (by) out.push(`${op(scan)} ${details(scan)} filtered by ${by}: ${details(p)}`);
    }
    p.children.forEach(visit);
  };
  visit(plan);
  return out;
}

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('every Cypher builder uses indexes for lookups by id', () => {
  it('has a case for every builder each module exports', () => {
    const builders = Object.entries(MODULES).flatMap(([m, mod]) =>
      Object.entries(mod)
        .filter(([name, v]) => typeof v === 'function' && /^[a-z]/.test(name) && !NOT_BUILDERS.has(`${m}.${name}`))
        .map(([name]) => `${m}.${name}`),
    );
    expect(builders.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, build] of Object.entries(CASES)) {
    it(name, async () => {
      const q = build();
      expect(problems(await explain(q.cypher, q.params))).toEqual([]);
    });
  }

  // Variants of a builder whose text differs with an argument.
  const VARIANTS = {
    'graph.resolveFocus without ranking': () => graph.resolveFocus(['ceop-2013:c001', 'ceop-2013'], gf, 0, 25, false),
    'evidence.gapsPage without a source or topic filter': () => evidence.gapsPage({ ...ev, sources: null, topics: null }, null, 'PRIORITY', false, 0, 50),
  };
  for (const [name, build] of Object.entries(VARIANTS)) {
    it(name, async () => {
      const q = build();
      expect(problems(await explain(q.cypher, q.params))).toEqual([]);
    });
  }

  // The link proposer's own statements (db/proposer.ts, shared by the CLI and runLinkProposer).
  const PROPOSER_STATEMENTS = {
    ITEMS_CYPHER: {},
    NEIGHBOURS_CYPHER: { batch: [{ id: 'ceop-2013:c001', sourceId: 'ceop-2013', q: 'offenders OR travel' }], limit: 40, scan: 300 },
    RECORD_CYPHER: { rows: [{ id: 'prop:x', from: 'ceop-2013:c001', to: 'merdian-2019:c009', score: 1, kind: 'SUPPORTS', reasons: [] }] },
  } as const;
  it('has a case for every statement of the link proposer', () => {
    expect(
      Object.keys(linkProposer)
        .filter((k) => k.endsWith('_CYPHER'))
        .sort(),
    ).toEqual(Object.keys(PROPOSER_STATEMENTS).sort());
  });
  for (const [name, params] of Object.entries(PROPOSER_STATEMENTS)) {
    it(`proposer.${name}`, async () => {
      expect(problems(await explain(linkProposer[name as keyof typeof PROPOSER_STATEMENTS], params))).toEqual([]);
    });
  }

  it('reads a source’s passages through their index, not by scanning every passage', async () => {
    const q = sources.passagesOfSources(['ceop-2013'], { after: 0 }, 100, null);
    const ops: string[] = [];
    const visit = (p: Plan) => {
      ops.push(`${op(p)} ${details(p)}`);
      p.children.forEach(visit);
    };
    visit(await explain(q.cypher, q.params));
    expect(ops.filter((o) => /^NodeByLabelScan .*Passage/.test(o))).toEqual([]);
    expect(ops.some((o) => /^NodeIndexSeek.*p:Passage\(sourceId, ordinal\)/.test(o))).toBe(true);
  });

  it('lists a source’s claims and statistics, and their quoted spans, through the source index', async () => {
    const bySource = { sources: ['ceop-2013'], topics: null, kinds: null, text: null };
    for (const q of [evidence.listClaims(bySource, 0, 50), evidence.listStatistics(bySource, 0, 50), evidence.evidenceSpansOfSources(['ceop-2013'])]) {
      const ops: string[] = [];
      const visit = (p: Plan) => {
        ops.push(`${op(p)} ${details(p)}`);
        p.children.forEach(visit);
      };
      visit(await explain(q.cypher, q.params));
      expect(ops.filter((o) => /^NodeByLabelScan n:(Claim|Statistic)/.test(o))).toEqual([]);
      expect(ops.some((o) => /^NodeIndexSeek.*n:(Claim|Statistic)\(sourceId\)/.test(o))).toBe(true);
    }
  });

  it('the check finds what it looks for', async () => {
    const found = async (cypher: string) => (await problems(await explain(cypher, { id: 'x', ids: ['x'] }))).join('; ');
    expect(await found('MATCH (n) WHERE n.id = $id RETURN n')).toMatch(/^AllNodesScan/);
    expect(await found('MATCH ()-[r]->() WHERE r.id = $id RETURN r')).toMatch(/^DirectedAllRelationshipsScan/);
    expect(await found('MATCH (n:NotIndexed) WHERE n.id IN $ids RETURN n')).toMatch(/^NodeByLabelScan n:NotIndexed filtered by id/);
    expect(await found('MATCH (a)-[r:ATTRIBUTES_TO {id: $id}]->(b) RETURN r')).toMatch(/^DirectedRelationshipTypeScan .* filtered by id/);
    expect(await found('MATCH (n:NotIndexed) WHERE n.sourceId = $id RETURN n')).toMatch(/^NodeByLabelScan n:NotIndexed filtered by sourceId/);
    expect(await found('MATCH (n:Claim {id: $id}) RETURN n')).toBe('');
  });
});

async function explain(cypher: string, params: Record<string, unknown>): Promise<Plan> {
  const session = driver.session();
  try {
    const { summary } = await session.run(`EXPLAIN ${cypher}`, params);
    if (!summary.plan) throw new Error('EXPLAIN returned no plan');
    return summary.plan as unknown as Plan;
  } finally {
    await session.close();
  }
}
