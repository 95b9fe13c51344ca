import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCorpus } from '../seed/corpus.ts';
import { EVIDENCE_DIR, EvidenceError, checkEvidence, formatProblem, listEvidenceFiles, readEvidenceSet } from '../seed/evidence/read.ts';
import { RELATIONS_DIR } from '../seed/relations/read.ts';
import { YamlFile } from '../seed/yaml-file.ts';
import { currentFingerprint, loadSeed, prepareSeed, type SeedData } from '../seed/load.ts';
import { testDriver } from './helpers.ts';

const corpus = loadCorpus();
const raw = new Map(corpus.map((s) => [s.id, s.raw]));
let seed: SeedData;
let driver: Driver;

beforeAll(() => {
  seed = prepareSeed(corpus);
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

function copyEvidence(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
  cpSync(EVIDENCE_DIR, dir, { recursive: true, filter: (p) => !p.endsWith('.ts') });
  return dir;
}

function expectProblem(dir: string, pattern: RegExp): void {
  let error: unknown;
  try {
    prepareSeed(corpus, dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(EvidenceError);
  expect((error as Error).message).toMatch(pattern);
}

async function graphCounts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS k, count(*) AS c
              UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS c }
    RETURN k, c ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k') as string, r.get('c') as number]));
}

describe('curated evidence files', () => {
  it('validate, and every stored offset reads as its quote', () => {
    const { set, problems } = readEvidenceSet();
    expect(problems).toEqual([]);
    expect(checkEvidence(set, corpus)).toEqual([]);
  });

  it('meet the floor: 400 claims, 250 statistics, 25 misconceptions, 60 research gaps, every source covered', () => {
    const curated = seed.evidence.claims.filter((c) => ['finding', 'assertion', 'recommendation', 'definition', 'method'].includes(c.kind));
    expect(curated.length).toBeGreaterThanOrEqual(400);
    expect(seed.evidence.statistics.length).toBeGreaterThanOrEqual(250);
    expect(seed.evidence.misconceptions.length).toBeGreaterThanOrEqual(25);
    expect(seed.evidence.gaps.length).toBeGreaterThanOrEqual(60);
    for (const s of corpus) expect(curated.filter((c) => c.sourceId === s.id).length, s.id).toBeGreaterThanOrEqual(15);
    expect(seed.evidence.topics.length).toBeGreaterThanOrEqual(12);
    expect(seed.evidence.topics.length).toBeLessThanOrEqual(20);
  });

  it('gives Table 1 priorities of the 2019 article to the gaps it raises', () => {
    const ranked = seed.evidence.raises.filter((r) => r.priority !== null);
    expect(ranked.length).toBeGreaterThanOrEqual(9);
    const top = seed.evidence.claims.find((c) => c.quote.includes('How do offenders know to go to certain locations'))!;
    expect(ranked.find((r) => r.claimId === top.id)?.priority).toBe(7);
  });

  // Quote findings, never descriptions of abuse: any quote using these words was reviewed by a person.
  const EXPLICIT =
    /\b(rap(e|ed|ing)|bestiality|tortur\w*|penetrat\w*|oral sex|masturbat\w*|naked|nude|genital\w*|intercourse|buggery|sadis\w*|orgasm\w*|ejaculat\w*|fondl\w*|indecent assault)\b/i;
  const REVIEWED: Record<string, string> = {
    'ceop-2013:c043': '"penetration of high speed internet"',
    'gallagher-2006:b-c066': "a finding about offenders' motives, with no description",
    'gallagher-2006:b-c072': 'a finding about what offender contact can lead to, with no description',
  };
  it('quotes no explicit description (only reviewed uses of sensitive words)', () => {
    const flagged = [...seed.evidence.claims, ...seed.evidence.statistics].filter((i) => EXPLICIT.test(i.quote) && !(i.id in REVIEWED));
    expect(flagged.map((i) => `${i.id}: ${i.quote.slice(0, 80)}`)).toEqual([]);
  });
});

describe('evidence validation names file, item and field', () => {
  it('rejects an unknown claim kind', () => {
    const dir = copyEvidence();
    const f = join(dir, 'sectt-note-2018.yaml');
    const text = readFileSync(f, 'utf8');
    const line = text.slice(0, text.indexOf('kind: assertion')).split('\n').length;
    writeFileSync(f, text.replace(/kind: assertion/, 'kind: rumour'));
    expectProblem(dir, new RegExp(`sectt-note-2018\\.yaml:${line}, item sectt-note-2018:c\\d+, field kind: `));
  });

  it('names the line of a schema problem in topics.yaml', () => {
    const dir = copyEvidence();
    const f = join(dir, 'topics.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('  - id: victims\n    name: Victims and their support\n', '  - id: victims\n    name: 12\n'));
    const { problems } = readEvidenceSet(dir);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^topics\.yaml:10, item victims, field name: /)]);
  });

  it('rejects a quote that is not in the source', () => {
    const dir = copyEvidence();
    const f = join(dir, 'merdian-2019.yaml');
    const text = readFileSync(f, 'utf8');
    const doc = text.replace(/(\n {4}quote: )(["']?)([A-Z])/, '$1$2Invented words $3');
    expect(doc).not.toBe(text);
    writeFileSync(f, doc);
    expectProblem(dir, /merdian-2019\.yaml:\d+, item merdian-2019:\w+, field start: offsets \[\d+, \d+\) do not read as the quote/);
  });

  it('rejects an unknown topic, a duplicate id and an undefined gap', () => {
    const dir = copyEvidence();
    writeFileSync(
      join(dir, 'extra.yaml'),
      [
        'source: ceop-2013',
        'claims:',
        '  - id: ceop-2013:c001',
        '    text: A duplicate id.',
        '    quote: The TACSEA is an intelligence product',
        '    kind: assertion',
        '    hedged: false',
        '    topics: [no-such-topic]',
        'gaps:',
        '  - id: ceop-2013:g999',
        '    gap: gap:never-defined',
        '    quote: The TACSEA is an intelligence product',
        '    topics: [data-measurement]',
      ].join('\n'),
    );
    let message = '';
    try {
      prepareSeed(corpus, dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/extra\.yaml:3, item ceop-2013:c001, field id: duplicate id, already used in ceop-2013\.yaml/);
    expect(message).toMatch(/extra\.yaml:8, item ceop-2013:c001, field topics: unknown topic "no-such-topic"/);
    expect(message).toMatch(/item ceop-2013:g999, field question: gap:never-defined is never defined/);
  });

  it('reports YAML syntax errors with the line', () => {
    const dir = copyEvidence();
    writeFileSync(join(dir, 'broken.yaml'), 'source: ceop-2013\nclaims:\n  - id: ceop-2013:c900\n    text: a colon: inside\n    kind: assertion\n');
    expectProblem(dir, /broken\.yaml:4: YAML syntax: Nested mappings/);
  });
});

describe('the fast YAML path', () => {
  const curated = [
    ...listEvidenceFiles(),
    join(EVIDENCE_DIR, 'topics.yaml'),
    ...readdirSync(RELATIONS_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(RELATIONS_DIR, f)),
  ];

  it('reads every curated file as the yaml package’s Document does', () => {
    expect(curated.length).toBeGreaterThan(10);
    for (const path of curated) {
      const text = readFileSync(path, 'utf8');
      const { value, problems } = YamlFile.read(path, text);
      expect(problems, path).toEqual([]);
      expect(value, path).toEqual(parseDocument(text).toJS());
    }
  });

  it('reads the scalars the files use as YAML 1.2 does: dates and yes/no stay text', () => {
    const text = 'createdAt: 2026-11-23\nhedged: false\nanswer: yes\nvalue: 12.5\nlow: ~\nid: 0012\n';
    expect(YamlFile.read('x.yaml', text).value).toEqual(parseDocument(text).toJS());
    expect(YamlFile.read('x.yaml', text).value).toEqual({ createdAt: '2026-11-23', hedged: false, answer: 'yes', value: 12.5, low: null, id: 12 });
  });

  it('names the line of a problem only the yaml package’s Document can place', () => {
    const { problems } = YamlFile.read('dup.yaml', 'source: a\nclaims: []\nsource: b\n');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^dup\.yaml:3: YAML syntax: Map keys must be unique/)]);
  });
});

describe('evidence in Neo4j', () => {
  it('stores every quote of every item exactly as the raw file has it between its offsets', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE n:Claim OR n:Statistic RETURN n.id AS id, n.sourceId AS s, n.start AS start, n.end AS end, n.quote AS quote',
    );
    expect(records.length).toBe(seed.evidence.claims.length + seed.evidence.statistics.length);
    const bad = records.filter((r) => raw.get(r.get('s'))!.slice(r.get('start'), r.get('end')) !== r.get('quote')).map((r) => r.get('id'));
    expect(bad).toEqual([]);
  });

  it('holds per source and type the counts of the files', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (n) WHERE n:Claim OR n:Statistic
      RETURN n.sourceId AS s, labels(n)[0] AS label, n.kind AS kind, count(*) AS c`);
    const inDb = new Map(records.map((r) => [`${r.get('s')}|${r.get('label')}|${r.get('kind') ?? ''}`, r.get('c') as number]));
    const inFiles = new Map<string, number>();
    for (const c of seed.evidence.claims) inFiles.set(`${c.sourceId}|Claim|${c.kind}`, (inFiles.get(`${c.sourceId}|Claim|${c.kind}`) ?? 0) + 1);
    for (const st of seed.evidence.statistics) inFiles.set(`${st.sourceId}|Statistic|`, (inFiles.get(`${st.sourceId}|Statistic|`) ?? 0) + 1);
    expect(Object.fromEntries(inDb)).toEqual(Object.fromEntries(inFiles));
    const { records: shared } = await driver.executeQuery('MATCH (m:Misconception) WITH count(m) AS m MATCH (g:ResearchGap) RETURN m, count(g) AS g');
    expect(shared[0]!.get('m')).toBe(seed.evidence.misconceptions.length);
    expect(shared[0]!.get('g')).toBe(seed.evidence.gaps.length);
  });

  it('links every item to its source, the passages it quotes and its topics', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (n) WHERE n:Claim OR n:Statistic
      OPTIONAL MATCH (n)-[:QUOTED_FROM]->(p:Passage)
      WITH n, collect(p) AS ps
      RETURN count(n) AS items,
             sum(CASE WHEN size(ps) = 0 THEN 1 ELSE 0 END) AS noPassage,
             sum(CASE WHEN NOT EXISTS { (n)-[:FROM]->(:Source {id: n.sourceId}) } THEN 1 ELSE 0 END) AS noSource,
             sum(CASE WHEN NOT EXISTS { (n)-[:ABOUT]->(:Topic) } THEN 1 ELSE 0 END) AS noTopic,
             sum(CASE WHEN any(p IN ps WHERE p.start >= n.end OR p.end <= n.start OR p.sourceId <> n.sourceId) THEN 1 ELSE 0 END) AS wrongPassage`);
    const r = records[0]!;
    expect(r.get('items')).toBeGreaterThan(1000);
    expect([r.get('noPassage'), r.get('noSource'), r.get('noTopic'), r.get('wrongPassage')]).toEqual([0, 0, 0, 0]);
    const { records: gaps } = await driver.executeQuery('MATCH (g:ResearchGap) WHERE NOT EXISTS { (:Claim)-[:RAISES]->(g) } RETURN count(g) AS orphan');
    expect(gaps[0]!.get('orphan')).toBe(0);
  });

  it('leaves the graph unchanged when a load fails inside the transaction', async () => {
    const before = await graphCounts();
    const fingerprint = await currentFingerprint(driver);
    // A value Neo4j refuses as a property, in the last batch of the load: everything before it must roll back.
    const broken: SeedData = structuredClone(seed);
    broken.fingerprint = 'broken';
    broken.evidence.topics = broken.evidence.topics.map((t) => ({ ...t, id: `${t.id}-renamed` }));
    (broken.evidence.raises[0] as unknown as { priorityBasis: unknown }).priorityBasis = { not: 'storable' };
    await expect(loadSeed(driver, broken)).rejects.toThrow();
    expect(await graphCounts()).toEqual(before);
    expect(await currentFingerprint(driver)).toBe(fingerprint);
  });
});
