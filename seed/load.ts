import type { Driver } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { loadCorpus, type CorpusSource } from './corpus.ts';
import { buildEvidence, type EvidenceData } from './evidence/build.ts';
import { EVIDENCE_DIR } from './evidence/read.ts';
import { buildPassages, type SourceRecord } from './passages.ts';
import { buildRelations, type RelationsSeed } from './relations/build.ts';
import { RELATIONS_DIR } from './relations/read.ts';
import { SCHEMA_STATEMENTS } from './schema.cypher.ts';
import { loadUserCorpus, userCorpusDir, userEvidenceDir } from './user-corpus.ts';
import { RELATION_KINDS } from '../core/vocabulary.ts';

export interface SeedData {
  sources: SourceRecord[];
  evidence: EvidenceData;
  relations: RelationsSeed;
  fingerprint: string;
}

const BATCH = 500;

/** Runs one statement: inside the load's one transaction, or as a transaction of its own. */
type Run = { run(cypher: string, params?: Record<string, unknown>): Promise<unknown> };

/** Reads and validates everything the seed holds: the corpus, then the user corpus of `userCorpus` (seed/user-corpus.ts; null: none); throws (naming file, item and field) before touching any database. */
export function prepareSeed(
  corpus: CorpusSource[] = loadCorpus(),
  evidenceDir = EVIDENCE_DIR,
  relationsDir = RELATIONS_DIR,
  userCorpus: string | null = userCorpusDir(),
): SeedData {
  const user = userCorpus
    ? loadUserCorpus(
        userCorpus,
        corpus.map((s) => s.id),
      )
    : [];
  const sources = buildPassages([...corpus, ...user]);
  const evidence = buildEvidence(sources, evidenceDir, user.length ? [userEvidenceDir(userCorpus!)] : []);
  const relations = buildRelations(evidence, relationsDir);
  const hash = createHash('sha256');
  for (const s of sources) {
    hash.update(s.source.sha256);
    for (const p of s.passages) hash.update(`${p.id}|${p.start}|${p.end}|${p.role}|${p.section}|${p.text}\n`);
  }
  hash.update(JSON.stringify(evidence));
  // noLink records are not loaded into the graph: left out, the fingerprint (seed --if-needed, export ETags) follows what is loaded.
  const { noLink: _noLink, ...loaded } = relations;
  hash.update(JSON.stringify(loaded));
  return { sources, evidence, relations, fingerprint: hash.digest('hex') };
}

export async function applySchema(driver: Driver): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
}

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function writeSources(tx: Run, data: SeedData): Promise<void> {
  const sources = data.sources.map(({ source, layout }) => {
    const { raw: _raw, segments: _segments, ...meta } = source;
    return { ...meta, authors: meta.authors ?? [], layout, length: source.raw.length };
  });
  await tx.run(
    `UNWIND $sources AS s
     MERGE (n:Source {id: s.id})
     SET n = s`,
    { sources },
  );
  // Sources added with `npm run ingest` (ingested: true) are not part of the seed and stay, with their passages and candidates.
  await tx.run('MATCH (n:Source) WHERE NOT n.id IN $ids AND NOT coalesce(n.ingested, false) DETACH DELETE n', { ids: sources.map((s) => s.id) });
}

async function writePassages(tx: Run, data: SeedData): Promise<void> {
  const all = data.sources.flatMap((s) => s.passages);
  await tx.run('MATCH (p:Passage) WHERE NOT p.id IN $ids AND NOT coalesce(p.ingested, false) DETACH DELETE p', { ids: all.map((p) => p.id) });
  for (const batch of chunks(all)) {
    await tx.run(
      `UNWIND $passages AS p
       MATCH (s:Source {id: p.sourceId})
       MERGE (n:Passage {id: p.id})
       SET n = p
       MERGE (n)-[:IN]->(s)`,
      { passages: batch },
    );
  }
  const links = data.sources.flatMap((s) => s.passages.slice(1).map((p, i) => ({ from: s.passages[i]!.id, to: p.id })));
  await tx.run('MATCH (a:Passage)-[r:NEXT]->(:Passage) WHERE NOT coalesce(a.ingested, false) DELETE r');
  for (const batch of chunks(links, 2000)) {
    await tx.run(
      `UNWIND $links AS l
       MATCH (a:Passage {id: l.from}), (b:Passage {id: l.to})
       MERGE (a)-[:NEXT]->(b)`,
      { links: batch },
    );
  }
}

const EVIDENCE_LABELS = ['Topic', 'Claim', 'Statistic', 'Misconception', 'ResearchGap'];

async function writeEvidence(tx: Run, e: EvidenceData): Promise<void> {
  const keep = [...e.topics, ...e.claims, ...e.statistics, ...e.misconceptions, ...e.gaps].map((n) => n.id);
  await tx.run(`MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT n.id IN $keep DETACH DELETE n`, { labels: EVIDENCE_LABELS, keep });
  // Relationships are rebuilt from the files each load, so edits that drop a link drop it here too.
  await tx.run(`MATCH (n)-[r:QUOTED_FROM|FROM|ABOUT|CHALLENGES|REINFORCES|RAISES]->() WHERE n:Claim OR n:Statistic DELETE r`);
  await tx.run(`UNWIND $topics AS t MERGE (n:Topic {id: t.id}) SET n = t`, { topics: e.topics });
  await tx.run(`UNWIND $items AS m MERGE (n:Misconception {id: m.id}) SET n = m`, { items: e.misconceptions });
  await tx.run(`UNWIND $items AS g MERGE (n:ResearchGap {id: g.id}) SET n = g, n.status = coalesce(n.status, 'open')`, { items: e.gaps });
  const anchored = (label: 'Claim' | 'Statistic') => `UNWIND $items AS item
     WITH item, item.passageIds AS passageIds, item.topics AS topics
     MERGE (n:${label} {id: item.id})
     SET n = item {.*, passageIds: null}
     WITH n, item, passageIds, topics
     MATCH (s:Source {id: item.sourceId})
     MERGE (n)-[:FROM]->(s)
     WITH n, passageIds, topics
     CALL (n, passageIds) { UNWIND passageIds AS pid MATCH (p:Passage {id: pid}) MERGE (n)-[:QUOTED_FROM]->(p) }
     CALL (n, topics) { UNWIND topics AS tid MATCH (t:Topic {id: tid}) MERGE (n)-[:ABOUT]->(t) }`;
  for (const batch of chunks(e.claims)) await tx.run(anchored('Claim'), { items: batch });
  for (const batch of chunks(e.statistics)) await tx.run(anchored('Statistic'), { items: batch });
  await tx.run(
    `UNWIND $stances AS st
     MATCH (c:Claim {id: st.claimId}), (m:Misconception {id: st.misconceptionId})
     FOREACH (_ IN CASE WHEN st.stance = 'challenges' THEN [1] ELSE [] END | MERGE (c)-[:CHALLENGES]->(m))
     FOREACH (_ IN CASE WHEN st.stance = 'reinforces' THEN [1] ELSE [] END | MERGE (c)-[:REINFORCES]->(m))`,
    { stances: e.stances },
  );
  await tx.run(
    `UNWIND $raises AS r
     MATCH (c:Claim {id: r.claimId}), (g:ResearchGap {id: r.gapId})
     MERGE (c)-[x:RAISES]->(g)
     SET x.priority = r.priority, x.priorityBasis = r.priorityBasis`,
    { raises: e.raises },
  );
}

async function writeRelations(tx: Run, r: RelationsSeed): Promise<void> {
  // Everything curated in files is rebuilt; the proposer's PROPOSED_LINKs live only in the database and stay.
  await tx.run(`MATCH ()-[x:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN|ATTRIBUTES_TO|ADDRESSES|COMPARED_WITH]->() DELETE x`);
  await tx.run(`MATCH (n) WHERE n:StatisticComparison OR n:PairSummary DETACH DELETE n`);
  for (const kind of RELATION_KINDS) {
    const rows = r.relations.filter((x) => x.kind === kind);
    if (!rows.length) continue;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a {id: row.from}) WHERE a:Claim OR a:Statistic
       MATCH (b {id: row.to}) WHERE b:Claim OR b:Statistic
       CREATE (a)-[x:${kind}]->(b)
       SET x = row {.id, .subtype, .rationale, .confidence, .status, .curator, .createdAt, .file, .gap, .reviewed}`,
      { rows },
    );
  }
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a {id: row.from}) WHERE a:Claim OR a:Statistic
     OPTIONAL MATCH (b {id: row.to}) WHERE b:Claim OR b:Statistic
     MATCH (s:Source {id: row.toSource})
     WITH a, row, coalesce(b, s) AS target
     CREATE (a)-[x:ATTRIBUTES_TO]->(target)
     SET x = row {.id, .citation, .toSource, .verdict, .rationale, .confidence, .status, .curator, .createdAt, .file}`,
    { rows: r.attributions.map((a) => ({ ...a, to: a.to ?? null })) },
  );
  await tx.run(`MATCH (g:ResearchGap) SET g.status = 'open', g.statusRationale = null`);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (g:ResearchGap {id: row.gap})
     SET g.status = row.status, g.statusRationale = row.rationale, g.statusCurator = row.curator
     WITH g, row
     UNWIND row.addressedBy AS itemId
     MATCH (n {id: itemId}) WHERE n:Claim OR n:Statistic
     CREATE (n)-[:ADDRESSES {status: row.status, rationale: row.rationale}]->(g)`,
    { rows: r.gapStatus },
  );
  await tx.run(
    `UNWIND $groups AS grp
     CREATE (c:StatisticComparison {id: grp.id, measure: grp.measure, tolerance: grp.tolerance, note: grp.note})
     WITH c, grp
     UNWIND grp.items AS itemId
     MATCH (s:Statistic {id: itemId})
     CREATE (c)-[:COMPARES]->(s)`,
    { groups: r.comparisons.map(({ results: _r, ...g }) => g) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Statistic {id: row.a}), (b:Statistic {id: row.b})
     CREATE (a)-[x:COMPARED_WITH]->(b)
     SET x = row {.groupId, .verdict, .difference, .facet, .reason}`,
    { rows: r.comparisons.flatMap((c) => c.results) },
  );
  await tx.run(
    `UNWIND $rows AS row
     CREATE (p:PairSummary {id: row.id, sources: row.sources, summary: row.summary, overlap: row.overlap})
     WITH p, row
     CALL (p, row) { UNWIND row.sources AS sid MATCH (s:Source {id: sid}) CREATE (p)-[:ABOUT_SOURCE]->(s) }
     CALL (p, row) { UNWIND row.evidence AS itemId MATCH (n {id: itemId}) WHERE n:Claim OR n:Statistic CREATE (p)-[:RESTS_ON]->(n) }`,
    { rows: r.pairSummaries },
  );
}

/**
 * Loads everything. Over an existing seed, in one transaction: a failure leaves the graph as it was.
 * Into a database without a seed (a first start, the benchmarks), statement by statement: one
 * transaction would hold every change in Neo4j's heap until it commits (beyond the server's
 * transaction memory limit at 100× the corpus, bench/synthetic.ts). The fingerprint is written
 * last, so a first load that fails part-way leaves none and the next start loads again; every
 * write here can run again over what it left.
 */
export async function loadSeed(driver: Driver, data: SeedData = prepareSeed()): Promise<void> {
  await applySchema(driver);
  if ((await currentFingerprint(driver)) === null) {
    await writeAll({ run: (cypher, params) => driver.executeQuery(cypher, params) }, data);
    return;
  }
  const session = driver.session();
  try {
    await session.executeWrite((tx) => writeAll(tx, data));
  } finally {
    await session.close();
  }
}

async function writeAll(tx: Run, data: SeedData): Promise<void> {
  await writeSources(tx, data);
  await writePassages(tx, data);
  await writeEvidence(tx, data.evidence);
  await writeRelations(tx, data.relations);
  await tx.run(`MERGE (i:SeedInfo {id: 'seed'}) SET i.fingerprint = $fingerprint, i.loadedAt = datetime()`, { fingerprint: data.fingerprint });
}

export async function currentFingerprint(driver: Driver): Promise<string | null> {
  const { records } = await driver.executeQuery(`OPTIONAL MATCH (i:SeedInfo {id: 'seed'}) RETURN i.fingerprint AS f`);
  return (records[0]?.get('f') as string | null) ?? null;
}

/** Seeds when the database is empty or holds an older seed. Returns whether it loaded. */
export async function seedIfNeeded(driver: Driver, log: (s: string) => void = console.log): Promise<boolean> {
  const data = prepareSeed();
  if ((await currentFingerprint(driver)) === data.fingerprint) return false;
  log(`seed: loading ${data.sources.length} sources and ${data.sources.reduce((n, s) => n + s.passages.length, 0)} passages…`);
  await loadSeed(driver, data);
  return true;
}
