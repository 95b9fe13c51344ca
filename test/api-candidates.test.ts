/**
 * Reviewing an ingested document's candidates through the API (real HTTP, real Neo4j): curator
 * tokens only, the paged queue with context, accepting (with edits, checked against the stored
 * text) into evidence that search and the item page see, rejecting with a reason, bad input and a
 * failed commit leaving the graph as it was. Everything it adds is removed in afterAll, and checked.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import type { ApiToken } from '../api/config.ts';
import { EvidenceFile } from '../seed/evidence/schema.ts';
import { prepareIngest, type IngestReport } from '../seed/ingest/ingest.ts';
import { writeIngest } from '../seed/ingest/write.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';
import type { CandidateConnection, CandidateDecision, Query, SourceRemoval } from '../api/generated/graphql.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [
  { name: 'alice', role: 'curator', token: 'alice-curator-token-0001' },
  { name: 'vic', role: 'viewer', token: 'vic-viewer-token-0000003' },
];
const ALICE = { token: TOKENS[0]!.token };
const VIEWER = { token: TOKENS[1]!.token };
const ROOT = join(import.meta.dirname, '..');
const SOURCE = 'api-cand-note';
const TEXT =
  '# Online contact: a short note\n\n## Key findings\n\nIn 2012, 36% of the 1,145 reports came from children. Offenders who made contact online mostly used social networking sites.\n\n## Future research\n\n- Little is known about offenders who travel.\n- How do offenders choose destinations?\n\nIt is often assumed that offenders are strangers, contrary to the evidence.\n';

let api: RunningApi;
let hooked: RunningApi;
let driver: Driver;
let dir: string;
let report: IngestReport;
let countsBefore: Record<string, number>;
let failNextCommit = false;

const CANDIDATE = `id type status start end quote contextBefore contextAfter passageId cue topics value low high unit measure itemId reason decidedBy decidedAt`;
const LIST = `query ($sourceId: ID!, $types: [CandidateType!], $statuses: [CandidateStatus!], $first: Int, $after: String) {
  candidates(sourceId: $sourceId, types: $types, statuses: $statuses, first: $first, after: $after) {
    totalCount edges { cursor node { ${CANDIDATE} } } pageInfo { hasNextPage endCursor }
  }
}`;
const ITEM = `item { __typename ... on Claim { id kind text quote { exact start end } source { id } topics { id } raises { id question } misconceptions { stance misconception { id belief correction } } }
  ... on Statistic { id value low high unit valueText measure quote { exact start end } source { id } } }`;
const ACCEPT = `mutation ($id: ID!, $input: AcceptCandidateInput) {
  acceptCandidate(id: $id, input: $input) { candidate { ${CANDIDATE} } ${ITEM} audit { action actor targetId relatedId before after } }
}`;
const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectCandidate(id: $id, reason: $reason) { candidate { ${CANDIDATE} } item { __typename } audit { action actor targetId } }
}`;

interface Node {
  id: string;
  type: string;
  status: string;
  start: number;
  end: number;
  quote: string;
  contextBefore: string;
  contextAfter: string;
}
type Edge = { node: Node };

const cand = (type: string, startsWith: string) => {
  const c = report.candidates.find((x) => x.type === type && x.quote.startsWith(startsWith));
  if (!c) throw new Error(`no ${type} candidate "${startsWith}" in ${JSON.stringify(report.candidates.map((x) => [x.type, x.quote]))}`);
  return c;
};
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

async function candidateRow(id: string) {
  const { records } = await driver.executeQuery('MATCH (c:Candidate {id: $id}) RETURN c.status AS status, c.itemId AS itemId', { id });
  return records[0]?.toObject();
}

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  dir = mkdtempSync(join(tmpdir(), 'triangulate-candidates-'));
  const file = join(dir, 'note.md');
  writeFileSync(file, TEXT);
  report = await prepareIngest(file, { id: SOURCE, year: '2020' });
  await writeIngest(driver, report);
  const admission = { authFailuresPerMinute: 1000 };
  api = await startApi({ tokens: TOKENS, admission });
  hooked = await startApi({
    tokens: TOKENS,
    admission,
    beforeCommit: async () => {
      if (!failNextCommit) return;
      failNextCommit = false;
      throw new Error('forced failure after the change and its audit record, before the commit');
    },
  });
});

afterAll(async () => {
  await Promise.all([api, hooked].filter(Boolean).map((a) => a.close()));
  await driver.executeQuery(
    `MATCH (n:Claim|Statistic {sourceId: $id})
     OPTIONAL MATCH (n)-[:RAISES|CHALLENGES|REINFORCES]->(m)
     DETACH DELETE n, m`,
    { id: SOURCE },
  );
  await driver.executeQuery(`MATCH (x:AuditRecord) WHERE x.targetId = $id OR x.targetId STARTS WITH $prefix DETACH DELETE x`, {
    id: SOURCE,
    prefix: `${SOURCE}:`,
  });
  await driver.executeQuery(`MATCH (s:Source {id: $id}) OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE x, s`, { id: SOURCE });
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('who may review', () => {
  it('no token is UNAUTHENTICATED and a viewer FORBIDDEN, for the queue and the decisions; nothing is written', async () => {
    const id = cand('statistic', '36%').id;
    const none = await api.request(LIST, { sourceId: SOURCE });
    expect(none.status).toBe(401);
    expect(code(none.body)).toBe('UNAUTHENTICATED');
    expect(code(await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE }, VIEWER))).toBe('FORBIDDEN');
    expect(code(await api.gql<{ acceptCandidate: CandidateDecision }>(ACCEPT, { id }, VIEWER))).toBe('FORBIDDEN');
    expect(code(await api.gql<{ rejectCandidate: CandidateDecision }>(REJECT, { id, reason: 'not a finding' }))).toBe('UNAUTHENTICATED');
    expect(await candidateRow(id)).toEqual({ status: 'proposed', itemId: null });
  });
});

describe('the queue', () => {
  it('lists proposed candidates in text order, paged, with the passage around the quote', async () => {
    const all = await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE, first: 100 }, ALICE);
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.candidates.edges.map((e: Edge) => e.node);
    expect(all.data!.candidates.totalCount).toBe(report.candidates.length);
    expect(nodes.map((n: Node) => n.start)).toEqual([...report.candidates].sort((a, b) => a.start - b.start || a.end - b.end).map((c) => c.start));
    for (const n of nodes) {
      expect(n.status).toBe('PROPOSED');
      expect(TEXT.slice(n.start, n.end)).toBe(n.quote);
      expect(TEXT.slice(n.start - n.contextBefore.length, n.end + n.contextAfter.length)).toBe(n.contextBefore + n.quote + n.contextAfter);
    }
    const first = await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE, first: 2 }, ALICE);
    expect(first.data!.candidates.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql<{ candidates: CandidateConnection }>(
      LIST,
      { sourceId: SOURCE, first: 2, after: first.data!.candidates.pageInfo.endCursor },
      ALICE,
    );
    expect(next.data!.candidates.edges.map((e: Edge) => e.node.id)).toEqual(nodes.slice(2, 4).map((n: Node) => n.id));
    const stats = await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE, types: ['STATISTIC'] }, ALICE);
    expect(stats.data!.candidates.edges.length).toBeGreaterThan(0);
    expect(stats.data!.candidates.edges.every((e: Edge) => e.node.type === 'STATISTIC')).toBe(true);
  });

  it('refuses unbounded or malformed arguments', async () => {
    expect(code(await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE, first: 100_000 }, ALICE))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: "x' OR 1=1" }, ALICE))).toBe('BAD_USER_INPUT');
  });

  it('a proposed candidate is not evidence: search finds its passage, not an item', async () => {
    const res = await api.gql<Pick<Query, 'search'>>(`{ search(query: "destinations", filter: {sources: ["${SOURCE}"]}) { edges { type } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.edges.map((e: { type: string }) => e.type)).toEqual(['PASSAGE']);
  });
});

describe('accepting', () => {
  it('a statistic becomes a Statistic of the source, found by search and by id, with its audit record', async () => {
    const c = cand('statistic', '36%');
    const res = await api.gql<{ acceptCandidate: CandidateDecision }>(
      ACCEPT,
      { id: c.id, input: { measure: 'share of reports that came from children' } },
      ALICE,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.acceptCandidate;
    const item = d.item!;
    expect(d.candidate).toMatchObject({ status: 'ACCEPTED', decidedBy: 'alice', itemId: item.id });
    expect(d.item).toMatchObject({ __typename: 'Statistic', value: 36, unit: 'percent', valueText: '36%', quote: { exact: c.quote }, source: { id: SOURCE } });
    expect(d.audit).toMatchObject({ action: 'ACCEPT_CANDIDATE', actor: 'alice', targetId: c.id, relatedId: item.id });
    expect(JSON.parse(d.audit.before!).status).toBe('proposed');
    expect(JSON.parse(d.audit.after!).item.measure).toBe('share of reports that came from children');

    const found = await api.gql<Pick<Query, 'search'>>(
      `{ search(query: "reports children", types: [STATISTIC], filter: {sources: ["${SOURCE}"]}) { edges { node { ... on Statistic { id } } } } }`,
    );
    expect(found.data!.search.edges.map((e) => (e.node as { id: string }).id)).toEqual([item.id]);
    const byId = await api.gql<Pick<Query, 'evidence'>>(`query ($id: ID!) { evidence(id: $id) { ... on Statistic { id quote { start end } } } }`, {
      id: item.id,
    });
    expect(byId.data!.evidence).toEqual({ id: item.id, quote: { start: c.start, end: c.end } });
    const { records } = await driver.executeQuery(
      `MATCH (n:Statistic {id: $id}) RETURN [(n)-[:FROM]->(s) | s.id] AS src, [(n)-[:QUOTED_FROM]->(p) | p.id] AS passages, [(n)-[:ABOUT]->(t) | t.id] AS topics`,
      { id: item.id },
    );
    expect(records[0]!.get('src')).toEqual([SOURCE]);
    expect(records[0]!.get('passages')).toEqual([c.passageId]);
    expect((records[0]!.get('topics') as string[]).sort()).toEqual([...c.topics].sort());

    const again = await api.gql<{ acceptCandidate: CandidateDecision }>(ACCEPT, { id: c.id }, ALICE);
    expect(again.errors?.[0]?.message).toMatch(/already accepted/);
  });

  it('a gap with an edited span and its question: a claim of kind OPEN_QUESTION raising a new research gap', async () => {
    const c = cand('gap', 'Little is known');
    const start = c.start + 'Little is known about '.length;
    const end = c.end - 1;
    const input = { start, end, quote: TEXT.slice(start, end), question: 'Why and how do offenders travel to offend?', topics: ['travel-tourism'] };
    // The gaps list's order is kept by the API under the data version: the new gap must show at once.
    const GAPS = `query { researchGaps(orderBy: QUESTION, first: 500) { totalCount edges { node { question } } } }`;
    const gaps = async () => {
      const r = await api.gql<Pick<Query, 'researchGaps'>>(GAPS, {}, VIEWER);
      expect(r.errors).toBeUndefined();
      return r.data!.researchGaps;
    };
    const before = await gaps();
    expect(await gaps()).toEqual(before);
    expect(before.edges.map((e) => e.node.question)).not.toContain(input.question);
    const res = await api.gql<{ acceptCandidate: CandidateDecision }>(ACCEPT, { id: c.id, input }, ALICE);
    expect(res.errors).toBeUndefined();
    const after = await gaps();
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.edges.map((e) => e.node.question)).toContain(input.question);
    const item = res.data!.acceptCandidate.item;
    expect(item).toMatchObject({
      __typename: 'Claim',
      kind: 'OPEN_QUESTION',
      quote: { exact: 'offenders who travel', start, end },
      raises: [{ question: input.question }],
    });
  });

  it('bad input answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const c = cand('misconception', 'It is often assumed');
    const before = await graphCounts(driver);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /input\.belief: a misconception needs the belief/],
      [
        { start: c.start, end: c.end, quote: 'It is always assumed', belief: 'Offenders are strangers.', correction: 'Most are known.' },
        /input\.quote: is not the stored text/,
      ],
      [{ start: c.start }, /input\.end: give both start and end/],
      [{ start: c.start, end: c.start + 99_999, belief: 'x x x', correction: 'y y y' }, /input\.end: /],
      [{ topics: ['no-such-topic'], belief: 'Offenders are strangers.', correction: 'Most are known.' }, /input\.topics: unknown topic "no-such-topic"/],
      [{ kind: 'OPEN_QUESTION', belief: 'Offenders are strangers.', correction: 'Most are known.' }, /input\.kind: must be a curated claim kind/],
    ];
    for (const [input, message] of cases) {
      const res = await api.gql<{ acceptCandidate: CandidateDecision }>(ACCEPT, { id: c.id, input }, ALICE);
      expect(code(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
    }
    expect(await graphCounts(driver)).toEqual(before);
    expect(await candidateRow(c.id)).toEqual({ status: 'proposed', itemId: null });

    const ok = await api.gql<{ acceptCandidate: CandidateDecision }>(
      ACCEPT,
      { id: c.id, input: { belief: 'Offenders are strangers.', correction: 'Most offenders are known to the child.' } },
      ALICE,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.acceptCandidate.item).toMatchObject({
      kind: 'CORRECTION',
      misconceptions: [{ stance: 'CHALLENGES', misconception: { belief: 'Offenders are strangers.', correction: 'Most offenders are known to the child.' } }],
    });
  });

  it('a failure before the commit leaves no item, no audit record and the candidate proposed', async () => {
    const c = cand('gap', 'How do offenders');
    const before = await graphCounts(driver);
    failNextCommit = true;
    const res = await hooked.gql<{ acceptCandidate: CandidateDecision }>(ACCEPT, { id: c.id }, ALICE);
    expect(res.errors).toBeDefined();
    expect(await graphCounts(driver)).toEqual(before);
    expect(await candidateRow(c.id)).toEqual({ status: 'proposed', itemId: null });
  });
});

describe('rejecting', () => {
  it('needs a reason, records it, and a candidate is decided once', async () => {
    const c = cand('statistic', '1,145 reports');
    expect(code(await api.gql<{ rejectCandidate: CandidateDecision }>(REJECT, { id: c.id, reason: '  ' }, ALICE))).toBe('BAD_USER_INPUT');
    const res = await api.gql<{ rejectCandidate: CandidateDecision }>(REJECT, { id: c.id, reason: 'the same figure as the share above' }, ALICE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.rejectCandidate).toMatchObject({
      candidate: { status: 'REJECTED', reason: 'the same figure as the share above', decidedBy: 'alice', itemId: null },
      item: null,
      audit: { action: 'REJECT_CANDIDATE', targetId: c.id },
    });
    expect((await api.gql<{ rejectCandidate: CandidateDecision }>(REJECT, { id: c.id, reason: 'again' }, ALICE)).errors?.[0]?.message).toMatch(
      /already rejected/,
    );
    const rejected = await api.gql<{ candidates: CandidateConnection }>(LIST, { sourceId: SOURCE, statuses: ['REJECTED'] }, ALICE);
    expect(rejected.data!.candidates.edges.map((e: Edge) => e.node.id)).toEqual([c.id]);
    expect(code(await api.gql<{ rejectCandidate: CandidateDecision }>(REJECT, { id: 'no-such:cand-x', reason: 'gone' }, ALICE))).toBe('BAD_USER_INPUT');
  });
});

describe('exporting accepted items to a seed file', () => {
  it('npm run ingest:export writes YAML the seed schema loads, with the accepted items only', async () => {
    const out = join(dir, 'exported.yaml');
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'seed', 'ingest', 'export-cli.ts'), '--source', SOURCE, '--out', out],
        { cwd: ROOT, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') } },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/0 claims, 1 statistics, 1 misconceptions, 1 gaps/);
    const file = EvidenceFile.parse(parse(readFileSync(out, 'utf8')));
    expect(file.source).toBe(SOURCE);
    for (const item of [...file.statistics, ...file.misconceptions, ...file.gaps]) expect(TEXT.slice(item.start!, item.end!)).toBe(item.quote);
    expect(file.statistics[0]).toMatchObject({ value: 36, unit: 'percent', measure: 'share of reports that came from children' });
    expect(file.gaps[0]).toMatchObject({ quote: 'offenders who travel', question: 'Why and how do offenders travel to offend?' });
    expect(file.misconceptions[0]).toMatchObject({ stance: 'challenges', belief: 'Offenders are strangers.' });

    const missing = await new Promise<number>((resolve) =>
      execFile(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'seed', 'ingest', 'export-cli.ts'), '--source', 'ceop-2013', '--out', out],
        {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') },
        },
        (err) => resolve(err ? ((err as { code?: number }).code ?? 1) : 0),
      ),
    );
    expect(missing).toBe(1);
  });
});

describe('removing an ingested source', () => {
  const REMOVE = `mutation ($id: ID!, $dryRun: Boolean) {
    removeIngestedSource(id: $id, dryRun: $dryRun) { sourceId dryRun passages candidates items mentions relations audit { action targetId before } }
  }`;

  it('curators only; a curated corpus source is refused; a dry run lists what would go and writes nothing', async () => {
    expect(code(await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: SOURCE }))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: SOURCE }, VIEWER))).toBe('FORBIDDEN');
    const curated = await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: 'ceop-2013' }, ALICE);
    expect(code(curated)).toBe('BAD_USER_INPUT');
    expect(curated.errors![0]!.message).toMatch(/curated corpus source/);
    expect(code(await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: 'no-such-source' }, ALICE))).toBe('BAD_USER_INPUT');
    const before = await graphCounts(driver);
    const dry = await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: SOURCE, dryRun: true }, ALICE);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.removeIngestedSource).toMatchObject({ dryRun: true, passages: report.passages.length, candidates: report.candidates.length, audit: null });
    expect(dry.data!.removeIngestedSource.items).toHaveLength(3);
    expect(dry.data!.removeIngestedSource.mentions).toHaveLength(2);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('removes its passages, candidates, items, what only they mention and every relation touching them, audited', async () => {
    const { records } = await driver.executeQuery(`MATCH (n:Statistic {sourceId: $id}) RETURN n.id AS id LIMIT 1`, { id: SOURCE });
    const item = records[0]!.get('id') as string;
    // A relation from a curated item to the accepted statistic, and a proposer's link: both go with it.
    await driver.executeQuery(
      `MATCH (a:Statistic {sourceId: 'ceop-2013'}) WITH a ORDER BY a.id LIMIT 1 MATCH (b:Statistic {id: $item})
       CREATE (a)-[:SUPPORTS {id: 'rel:test-removal', status: 'proposed'}]->(b), (b)-[:PROPOSED_LINK {id: 'prop:test-removal', status: 'proposed'}]->(a)`,
      { item },
    );
    const res = await api.gql<{ removeIngestedSource: SourceRemoval }>(REMOVE, { id: SOURCE }, ALICE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeIngestedSource).toMatchObject({ dryRun: false, relations: 2, audit: { action: 'REMOVE_SOURCE', targetId: SOURCE } });
    const left = await driver.executeQuery(
      `RETURN COUNT { (s:Source {id: $id}) } AS sources, COUNT { (p:Passage {sourceId: $id}) } AS passages, COUNT { (c:Candidate {sourceId: $id}) } AS candidates,
              COUNT { (n:Claim|Statistic {sourceId: $id}) } AS items, COUNT { ()-[r:SUPPORTS|PROPOSED_LINK]->() WHERE r.id IN ['rel:test-removal', 'prop:test-removal'] } AS relations,
              COUNT { (m:ResearchGap|Misconception) WHERE m.id IN $mentions } AS mentions`,
      { id: SOURCE, mentions: res.data!.removeIngestedSource.mentions },
    );
    expect(left.records[0]!.toObject()).toEqual({ sources: 0, passages: 0, candidates: 0, items: 0, relations: 0, mentions: 0 });
    const search = await api.gql<Pick<Query, 'search'>>(`{ search(query: "destinations offenders", filter: {sources: ["${SOURCE}"]}) { totalCount } }`);
    expect(search.data!.search.totalCount).toBe(0);
  });
});
