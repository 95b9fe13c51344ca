/**
 * `npm run curation:export [-- --dry-run]`: writes the decisions curators made through the API
 * (they live only in the database) into seed/relations/, so that they survive a re-seed, which
 * rebuilds every relation from the files:
 *   - a relation made through the API (proposed, or accepted from a proposer's link) is written to
 *     seed/relations/api-decisions.yaml, or updated there if an earlier export wrote it;
 *   - a relation of a file that was accepted, rejected or edited through the API is updated in
 *     place in its file (comments and the other entries are kept);
 *   - a proposer's link rejected through the API becomes a `decisions:` entry of
 *     api-decisions.yaml, so the proposer does not offer the pair again;
 *   - an ingested source, its text, metadata and accepted items, is written to the user corpus
 *     (TRIANGULATE_USER_CORPUS, else .data/user-corpus; `npm run ingest:export`).
 * Every entry is checked against the relations file schema before anything is written; running it
 * twice writes the same files. Uses NEO4J_URI, else a running `npm start` on bolt://127.0.0.1:7687,
 * else the local Neo4j's data (.data/neo4j), never seeding it (a re-seed would drop the decisions).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { connectForTool } from './connect.ts';
import { exportSource, ingestedSourceIds } from '../ingest/export.ts';
import { userCorpusDir } from '../user-corpus.ts';
import { RELATIONS_DIR } from '../relations/read.ts';
import { ProposalDecision, RelationEntry, RelationsFile } from '../relations/schema.ts';

export const EXPORT_FILE = 'api-decisions.yaml';

/** A relation as the database holds it after a change through the API. */
export interface StoredRelation {
  id: string;
  kind: string;
  from: string;
  to: string;
  /** The relations file it was loaded from; null when it was made through the API. */
  file: string | null;
  subtype: string | null;
  rationale: string;
  confidence: number;
  status: string;
  curator: string;
  createdAt: string;
}

/** A proposer's link rejected through the API. */
export interface StoredRejection {
  from: string;
  to: string;
  reason: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface ExportResult {
  /** File name to new content, for the files that change. */
  files: Map<string, string>;
  created: string[];
  updated: string[];
  decisions: number;
  problems: string[];
}

/** The relation as a file entry, in the order the files use. */
function entryOf(r: StoredRelation): Record<string, unknown> {
  return {
    id: r.id,
    kind: r.kind,
    ...(r.subtype ? { subtype: r.subtype } : {}),
    from: r.from,
    to: r.to,
    rationale: r.rationale,
    confidence: r.confidence,
    status: r.status,
    curator: r.curator,
    createdAt: r.createdAt.slice(0, 10),
  };
}

function sectionOf(doc: Document, name: 'relations' | 'decisions'): YAMLSeq {
  const existing = doc.get(name, true);
  if (isSeq(existing)) return existing;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(name, seq);
  return seq;
}

function findById(seq: YAMLSeq, id: string): YAMLMap | null {
  for (const item of seq.items) if (isMap(item) && item.get('id') === id) return item;
  return null;
}

function problemsOf(what: string, issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${what}: ${i.path.map(String).join('.') || '(entry)'}: ${i.message}`);
}

/**
 * Pure: given the relations files (name to text) and what the database holds, returns the files
 * that change. Nothing is returned to write when any entry breaks the relations file schema.
 */
export function exportDecisions(files: Map<string, string>, relations: StoredRelation[], rejections: StoredRejection[]): ExportResult {
  const docs = new Map<string, Document>();
  const problems: string[] = [];
  const doc = (name: string): Document => {
    let d = docs.get(name);
    if (!d) {
      const text = files.get(name) ?? `# Decisions made through the API, written by npm run curation:export.\nrelations: []\n`;
      d = parseDocument(text);
      docs.set(name, d);
    }
    return d;
  };
  const created: string[] = [];
  const updated: string[] = [];
  for (const r of [...relations].sort((a, b) => a.id.localeCompare(b.id))) {
    const entry = entryOf(r);
    const checked = RelationEntry.safeParse(entry);
    if (!checked.success) {
      problems.push(...problemsOf(r.id, checked.error.issues));
      continue;
    }
    const name = r.file ?? EXPORT_FILE;
    if (r.file && !files.has(r.file)) {
      problems.push(`${r.id}: its file ${r.file} is not in seed/relations`);
      continue;
    }
    const seq = sectionOf(doc(name), 'relations');
    const found = findById(seq, r.id);
    if (found) {
      for (const [k, v] of Object.entries(entry)) {
        if (k === 'id' || k === 'from' || k === 'to' || k === 'createdAt') continue;
        if (found.get(k) !== v) found.set(k, v);
      }
      if (!entry.subtype && found.has('subtype')) found.delete('subtype');
      updated.push(r.id);
    } else if (r.file) {
      problems.push(`${r.id}: not found in ${r.file}`);
    } else {
      seq.add(doc(name).createNode(entry));
      created.push(r.id);
    }
  }
  let decisions = 0;
  const decided = new Set<string>();
  for (const [name, text] of files) {
    const parsed = RelationsFile.safeParse(parseDocument(text).toJS() ?? {});
    if (parsed.success) for (const d of parsed.data.decisions) decided.add(`${d.from}|${d.to}`);
    else if (name === EXPORT_FILE) problems.push(...problemsOf(name, parsed.error.issues));
  }
  for (const j of [...rejections].sort((a, b) => `${a.from}|${a.to}`.localeCompare(`${b.from}|${b.to}`))) {
    if (decided.has(`${j.from}|${j.to}`) || decided.has(`${j.to}|${j.from}`)) continue;
    const entry = {
      from: j.from,
      to: j.to,
      decision: 'rejected',
      ...(j.reason ? { note: j.reason } : {}),
      curator: j.decidedBy,
      createdAt: j.decidedAt.slice(0, 10),
    };
    const checked = ProposalDecision.safeParse(entry);
    if (!checked.success) {
      problems.push(...problemsOf(`decision ${j.from} -> ${j.to}`, checked.error.issues));
      continue;
    }
    sectionOf(doc(EXPORT_FILE), 'decisions').add(doc(EXPORT_FILE).createNode(entry));
    decided.add(`${j.from}|${j.to}`);
    decisions++;
  }
  const out = new Map<string, string>();
  if (problems.length === 0) {
    for (const [name, d] of docs) {
      const text = d.toString({ lineWidth: 0, flowCollectionPadding: false });
      const parsed = RelationsFile.safeParse(d.toJS() ?? {});
      if (!parsed.success) problems.push(...problemsOf(name, parsed.error.issues));
      else if (text !== files.get(name)) out.set(name, text);
    }
  }
  return { files: problems.length ? new Map() : out, created, updated, decisions, problems };
}

const RELATION_TYPES = 'SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN';

/** What the database holds that the files may not: relations made or changed through the API, and links rejected through it. */
export async function readDecisions(driver: Driver): Promise<{ relations: StoredRelation[]; rejections: StoredRejection[] }> {
  const rel = await driver.executeQuery(
    `MATCH (a)-[r:${RELATION_TYPES}]->(b)
     WHERE r.file IS NULL OR r.updatedAt IS NOT NULL
     RETURN r {.id, .subtype, .rationale, .confidence, .status, .curator, .createdAt, .file, kind: type(r), from: a.id, to: b.id} AS r
     ORDER BY r.id`,
  );
  const rej = await driver.executeQuery(
    `MATCH (a)-[p:PROPOSED_LINK {status: 'rejected'}]->(b)
     WHERE p.decidedBy IS NOT NULL
     RETURN {from: a.id, to: b.id, reason: p.reason, decidedBy: p.decidedBy, decidedAt: toString(p.decidedAt)} AS d`,
  );
  return {
    relations: rel.records.map((x) => {
      const r = x.get('r') as StoredRelation;
      return { ...r, file: r.file ?? null, subtype: r.subtype ?? null };
    }),
    rejections: rej.records.map((x) => x.get('d') as StoredRejection),
  };
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const connection = await connectForTool({ seed: false });
  const { driver } = connection;
  try {
    const { relations, rejections } = await readDecisions(driver);
    const files = new Map(
      readdirSync(RELATIONS_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [f, readFileSync(join(RELATIONS_DIR, f), 'utf8')] as const),
    );
    const result = exportDecisions(files, relations, rejections);
    if (result.problems.length) {
      console.error(`curation:export: nothing written; fix these through the API (e.g. editRelation) and run it again:\n  ${result.problems.join('\n  ')}`);
      process.exitCode = 1;
      return;
    }
    // Ingested sources with their accepted items go to the user corpus, which a re-seed loads (seed/user-corpus.ts).
    const userDir = userCorpusDir();
    for (const id of await ingestedSourceIds(driver)) {
      if (dryRun) console.log(`would write ingested source "${id}" to ${userDir}`);
      else {
        const done = await exportSource(driver, id, userDir);
        if (done)
          console.log(
            `wrote ingested source "${id}" to ${userDir} (${done.counts.claims + done.counts.statistics + done.counts.misconceptions + done.counts.gaps} accepted items)`,
          );
      }
    }
    for (const [name, text] of result.files) {
      const isNew = !existsSync(join(RELATIONS_DIR, name));
      if (!dryRun) writeFileSync(join(RELATIONS_DIR, name), text);
      console.log(`${dryRun ? 'would write' : 'wrote'} seed/relations/${name}${isNew ? ' (new)' : ''}`);
    }
    console.log(
      `curation:export: ${result.created.length} new relations, ${result.updated.length} relations updated in their files, ${result.decisions} rejected links; ` +
        (result.files.size ? 'check with npm run relations:check; the next seed load makes them part of the seed' : 'the files were already current'),
    );
  } finally {
    await connection.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(`curation:export: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
