/**
 * Writes an ingested document to Neo4j in one transaction: the `:Source {ingested: true}`, its
 * passages (`-[:IN]->` the source, `-[:NEXT]->` in order) and its candidates as
 * `:Candidate {status: 'proposed'}` nodes linked `-[:CANDIDATE_IN]->` their passage and
 * `-[:CANDIDATE_OF]->` the source. Candidates are not Claim/Statistic/… nodes, so nothing that
 * lists curated evidence shows them. MERGE on ids with UNWIND batches; any failure rolls back.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { applySchema } from '../load.ts';
import { IngestError, type IngestReport } from './ingest.ts';
import type { ItemAnchor } from './replace.ts';

const BATCH = 500;

export interface WriteOptions {
  /** Replace an ingested source with the same id (its passages and candidates are deleted first). */
  replace?: boolean;
  /** The file name for messages. */
  file?: string;
  /** Accepted items re-anchored in the new text (replace.ts): their offsets and quote are updated and their QUOTED_FROM links re-made to the new passages. */
  items?: ItemAnchor[];
  /** Runs inside the transaction after every write, before the commit (tests make it fail). */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
}

export interface WriteResult {
  replaced: boolean;
  passages: number;
  candidates: number;
}

function chunks<T>(xs: T[], n = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Whether a source with this id exists, and whether it was ingested. */
export async function existingSource(driver: Driver, id: string): Promise<{ ingested: boolean } | null> {
  const { records } = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN coalesce(s.ingested, false) AS ingested', { id });
  return records[0] ? { ingested: records[0].get('ingested') as boolean } : null;
}

export async function writeIngest(driver: Driver, report: IngestReport, opts: WriteOptions = {}): Promise<WriteResult> {
  const file = opts.file ?? report.source.originalFile;
  // The candidates' constraint and index are part of the seed schema (seed/schema.cypher.ts).
  await applySchema(driver);
  const id = report.source.id;
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (s:Source {id: $id}) RETURN coalesce(s.ingested, false) AS ingested', { id });
      const existing = found.records[0];
      if (existing && !existing.get('ingested')) throw new IngestError(file, `id "${id}" belongs to a curated corpus source; choose another with --id`);
      if (existing && !opts.replace)
        throw new IngestError(file, `a source with id "${id}" exists already; use --replace to replace it, or choose another --id`);
      if (existing) {
        await tx.run('MATCH (c:Candidate {sourceId: $id}) DETACH DELETE c', { id });
        await tx.run('MATCH (p:Passage {sourceId: $id}) DETACH DELETE p', { id });
      }
      // The latest ingestion is kept on the SeedInfo node too: the API's data version reads it there (api/cypher/sources.ts).
      await tx.run(
        `MERGE (s:Source {id: $source.id}) SET s = $source, s.ingestedAt = datetime()
         MERGE (i:SeedInfo {id: 'seed'}) SET i.ingestedAt = s.ingestedAt`,
        { source: report.source },
      );
      for (const batch of chunks(report.passages)) {
        await tx.run(
          `UNWIND $passages AS p
           MATCH (s:Source {id: p.sourceId})
           MERGE (n:Passage {id: p.id})
           SET n = p
           MERGE (n)-[:IN]->(s)`,
          { passages: batch },
        );
      }
      const links = report.passages.slice(1).map((p, i) => ({ from: report.passages[i]!.id, to: p.id }));
      for (const batch of chunks(links, 2000)) {
        await tx.run(
          `UNWIND $links AS l
           MATCH (a:Passage {id: l.from}), (b:Passage {id: l.to})
           MERGE (a)-[:NEXT]->(b)`,
          { links: batch },
        );
      }
      for (const batch of chunks(report.candidates)) {
        await tx.run(
          `UNWIND $candidates AS c
           MATCH (p:Passage {id: c.passageId}), (s:Source {id: c.sourceId})
           MERGE (n:Candidate {id: c.id})
           SET n = c, n.status = coalesce(c.status, 'proposed')
           MERGE (n)-[:CANDIDATE_IN]->(p)
           MERGE (n)-[:CANDIDATE_OF]->(s)`,
          { candidates: batch.map(toParams) },
        );
      }
      for (const label of ['Claim', 'Statistic'] as const) {
        const items = (opts.items ?? []).filter((i) => i.label === label);
        if (!items.length) continue;
        await tx.run(
          `UNWIND $items AS it
           MATCH (n:${label} {id: it.id})
           SET n.start = it.start, n.end = it.end, n.quote = it.quote, n.prefix = it.prefix, n.suffix = it.suffix
           WITH n, it
           UNWIND it.passageIds AS pid
           MATCH (p:Passage {id: pid})
           MERGE (n)-[:QUOTED_FROM]->(p)`,
          { items },
        );
      }
      await opts.beforeCommit?.(tx);
      return { replaced: !!existing, passages: report.passages.length, candidates: report.candidates.length };
    });
  } finally {
    await session.close();
  }
}

/** Neo4j properties are flat: optional fields that are missing become null, nothing nested. */
function toParams(c: IngestReport['candidates'][number]): Record<string, unknown> {
  return {
    ...c,
    value: c.value ?? null,
    low: c.low ?? null,
    high: c.high ?? null,
    unit: c.unit ?? null,
    measure: c.measure ?? null,
    approximate: c.approximate ?? null,
  };
}
