/**
 * An ingested source as the seed loads it again: its accepted items as an evidence file in the
 * seed format, checked by the seed's own schema (seed/evidence/schema.ts), and, with
 * `exportSource`, its text and metadata too, written to the user corpus (seed/user-corpus.ts) so a
 * re-seed keeps the source, its passages and its items. `readAccepted` reads the graph,
 * `evidenceFile` and `evidenceYaml` are pure.
 */
import type { Driver } from 'neo4j-driver';
import { sha256 } from '../corpus.ts';
import { writeUserSource } from '../user-corpus.ts';
import type { IngestRole } from './segment.ts';
import { stringify } from 'yaml';
import { EvidenceFile } from '../evidence/schema.ts';

interface Row {
  id: string;
  label: 'Claim' | 'Statistic';
  props: Record<string, unknown>;
  gap: { id: string; question: string | null; definedBy: string | null } | null;
  mention: { id: string; stance: string; belief: string | null; correction: string | null; definedBy: string | null } | null;
}

const num = (v: unknown) => (v == null ? undefined : Number(v));

/** Reads the items of an ingested source (accepted from its candidates, or loaded from an earlier export), in text order; null when there is no ingested source of that id. */
export async function readAccepted(driver: Driver, sourceId: string): Promise<Row[] | null> {
  const found = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN coalesce(s.ingested, false) AS ingested', { id: sourceId });
  if (!found.records[0]?.get('ingested')) return null;
  const { records } = await driver.executeQuery(
    `MATCH (n:Claim|Statistic {sourceId: $id})
     OPTIONAL MATCH (n)-[:RAISES]->(g:ResearchGap)
     OPTIONAL MATCH (n)-[st:CHALLENGES|REINFORCES]->(m:Misconception)
     RETURN n.id AS id, CASE WHEN n:Statistic THEN 'Statistic' ELSE 'Claim' END AS label, properties(n) AS props,
            CASE WHEN g IS NULL THEN null ELSE {id: g.id, question: g.question, definedBy: g.definedBy} END AS gap,
            CASE WHEN m IS NULL THEN null ELSE {id: m.id, stance: toLower(type(st)), belief: m.belief, correction: m.correction, definedBy: m.definedBy} END AS mention
     ORDER BY n.start, n.end, n.id`,
    { id: sourceId },
  );
  return records.map((r) => r.toObject() as unknown as Row);
}

/** The evidence file of these items, validated by the seed schema (throws naming the item and field at fault). */
export function evidenceFile(sourceId: string, rows: Row[]): EvidenceFile {
  const file = { source: sourceId, claims: [] as unknown[], statistics: [] as unknown[], misconceptions: [] as unknown[], gaps: [] as unknown[] };
  for (const { id, label, props: p, gap, mention } of rows) {
    const accepted = p.candidateId && p.curator && p.acceptedAt ? { accepted: { candidate: p.candidateId, curator: p.curator, at: p.acceptedAt } } : {};
    const anchored = { id, quote: p.quote, start: num(p.start), end: num(p.end), topics: p.topics, ...(p.note ? { note: p.note } : {}), ...accepted };
    if (label === 'Statistic') {
      file.statistics.push({
        ...anchored,
        value: num(p.value),
        ...(p.low != null && p.high != null ? { low: num(p.low), high: num(p.high) } : {}),
        valueText: p.valueText,
        unit: p.unit,
        measure: p.measure,
        approximate: p.approximate ?? false,
      });
    } else if (gap) {
      file.gaps.push({ ...anchored, gap: gap.id, text: p.text, ...(gap.definedBy === id && gap.question ? { question: gap.question } : {}) });
    } else if (mention) {
      const defines = mention.definedBy === id && mention.belief && mention.correction;
      file.misconceptions.push({
        ...anchored,
        misconception: mention.id,
        stance: mention.stance,
        text: p.text,
        ...(defines ? { belief: mention.belief, correction: mention.correction } : {}),
      });
    } else file.claims.push({ ...anchored, text: p.text, kind: p.kind, hedged: p.hedged ?? false });
  }
  const parsed = EvidenceFile.safeParse(file);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const [section, index, ...field] = i.path;
    const item = typeof index === 'number' ? (file[section as 'claims'][index] as { id?: string }).id : undefined;
    throw new Error(`the exported file would not load: ${String(section)}${item ? ` ${item}` : ''}${field.length ? `.${field.join('.')}` : ''}: ${i.message}`);
  }
  return parsed.data;
}

/** YAML in the layout of the curated files: sections only when they hold items. */
export function evidenceYaml(f: EvidenceFile): string {
  const out: Record<string, unknown> = { source: f.source };
  for (const k of ['claims', 'statistics', 'misconceptions', 'gaps'] as const) if (f[k].length) out[k] = f[k];
  return stringify(out, { lineWidth: 0 });
}

export interface SourceExport {
  sourceId: string;
  files: { text: string; sources: string; evidence: string; passages: string };
  counts: { claims: number; statistics: number; misconceptions: number; gaps: number };
}

/**
 * Writes an ingested source to the user corpus in `dir`: its text (the passages' raw text, which
 * tiles it, checked against the stored sha256), its metadata entry and its evidence file. Every
 * part is validated before the first write; null when there is no ingested source of that id.
 */
export async function exportSource(driver: Driver, sourceId: string, dir: string): Promise<SourceExport | null> {
  const rows = await readAccepted(driver, sourceId);
  if (!rows) return null;
  const file = evidenceFile(sourceId, rows);
  const { records } = await driver.executeQuery(
    `MATCH (s:Source {id: $id})
     CALL (s) {
       MATCH (p:Passage)-[:IN]->(s) WITH p ORDER BY p.ordinal
       RETURN collect(p.raw) AS raws, collect({start: p.start, end: p.end, role: coalesce(p.ingestRole, p.role), section: p.section}) AS passages
     }
     RETURN properties(s) AS source, raws, passages`,
    { id: sourceId },
  );
  const source = records[0]!.get('source') as Record<string, unknown>;
  const text = (records[0]!.get('raws') as string[]).join('');
  if (sha256(text) !== source.sha256) throw new Error(`the stored passages of "${sourceId}" no longer join to its text (sha256 differs); re-ingest it`);
  const passages = (records[0]!.get('passages') as { start: unknown; end: unknown; role: IngestRole; section: string | null }[]).map((p) => ({
    ...p,
    start: Number(p.start),
    end: Number(p.end),
  }));
  const { ingestedAt: _at, ...meta } = source;
  const files = writeUserSource(
    dir,
    { authors: [], year: null, url: null, publisher: null, jurisdiction: null, pages: null, ...meta },
    text,
    evidenceYaml(file),
    passages,
  );
  return {
    sourceId,
    files,
    counts: { claims: file.claims.length, statistics: file.statistics.length, misconceptions: file.misconceptions.length, gaps: file.gaps.length },
  };
}

/** The ids of every ingested source, for exporting them all. */
export async function ingestedSourceIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (s:Source) WHERE s.ingested = true RETURN s.id AS id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}
