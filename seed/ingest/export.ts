/**
 * The accepted items of an ingested source as an evidence file in the seed format
 * (seed/evidence/<id>.yaml), checked by the seed's own schema (seed/evidence/schema.ts) before
 * anything is written. Pure but for the read: `exportAccepted` reads the graph, `evidenceYaml`
 * formats.
 */
import type { Driver } from 'neo4j-driver';
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

/** Reads the items accepted from a source's candidates, in text order; null when there is no ingested source of that id. */
export async function readAccepted(driver: Driver, sourceId: string): Promise<Row[] | null> {
  const found = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN coalesce(s.ingested, false) AS ingested', { id: sourceId });
  if (!found.records[0]?.get('ingested')) return null;
  const { records } = await driver.executeQuery(
    `MATCH (n:Claim|Statistic {sourceId: $id}) WHERE n.candidateId IS NOT NULL
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
    const anchored = { id, quote: p.quote, start: num(p.start), end: num(p.end), topics: p.topics, ...(p.note ? { note: p.note } : {}) };
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
