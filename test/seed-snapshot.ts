/**
 * What curation tests change, snapshotted before and put back after, so the files that run later
 * see the seed exactly as it was: every relation (by id, with its type, ends and properties), the
 * proposer's links, audit records and annotations. The same approach as test/curation-setup.ts,
 * extended to the proposer's links (which the review test records and decides).
 */
import type { Driver } from 'neo4j-driver';

export const RELATION_TYPES = 'SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN';

export interface EdgeRow {
  id: string;
  kind: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface CurationSnapshot {
  counts: Record<string, number>;
  relations: EdgeRow[];
  links: EdgeRow[];
  audits: string[];
  annotations: string[];
}

/** Nodes by label and relationships by type, counted. */
export async function graphCounts(d: Driver): Promise<Record<string, number>> {
  const { records } = await d.executeQuery(`
    CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS k, count(*) AS c
              UNION ALL
              MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS c }
    RETURN k, c ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k') as string, r.get('c') as number]));
}

async function edges(d: Driver, types: string): Promise<EdgeRow[]> {
  const { records } = await d.executeQuery(
    `MATCH (a)-[r:${types}]->(b) RETURN r.id AS id, type(r) AS kind, a.id AS from, b.id AS to, properties(r) AS props ORDER BY id`,
  );
  return records.map((r) => r.toObject() as unknown as EdgeRow);
}

export const relationRows = (d: Driver) => edges(d, RELATION_TYPES);
export const proposedLinkRows = (d: Driver) => edges(d, 'PROPOSED_LINK');

async function idsOf(d: Driver, label: 'AuditRecord' | 'Annotation'): Promise<string[]> {
  const { records } = await d.executeQuery(`MATCH (n:${label}) RETURN n.id AS id`);
  return records.map((r) => r.get('id') as string);
}

export async function snapshotCuration(d: Driver): Promise<CurationSnapshot> {
  return {
    counts: await graphCounts(d),
    relations: await relationRows(d),
    links: await proposedLinkRows(d),
    audits: await idsOf(d, 'AuditRecord'),
    annotations: await idsOf(d, 'Annotation'),
  };
}

/**
 * Relationships of the given types back as the snapshot had them: new ones deleted, changed ones
 * (properties, type or ends) deleted and re-created from the snapshot, deleted ones re-created.
 */
async function restoreEdges(d: Driver, types: string, before: EdgeRow[], now: EdgeRow[]): Promise<void> {
  const original = new Map(before.map((r) => [r.id, r]));
  const current = new Map(now.map((r) => [r.id, r]));
  const changed = now.filter((r) => original.has(r.id) && JSON.stringify(r) !== JSON.stringify(original.get(r.id))).map((r) => r.id);
  await d.executeQuery(`MATCH ()-[r:${types}]->() WHERE NOT r.id IN $keep OR r.id IN $changed DELETE r`, { keep: [...original.keys()], changed });
  const missing = before.filter((r) => !current.has(r.id) || changed.includes(r.id));
  await d.executeQuery(
    `UNWIND $rows AS row
     MATCH (a:Claim|Statistic {id: row.from}), (b:Claim|Statistic {id: row.to})
     CREATE (a)-[r:$(row.kind)]->(b) SET r = row.props`,
    { rows: missing },
  );
}

export async function restoreCuration(d: Driver, s: CurationSnapshot): Promise<void> {
  await restoreEdges(d, RELATION_TYPES, s.relations, await relationRows(d));
  await restoreEdges(d, 'PROPOSED_LINK', s.links, await proposedLinkRows(d));
  await d.executeQuery('MATCH (n:AuditRecord) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: s.audits });
  await d.executeQuery('MATCH (n:Annotation) WHERE NOT n.id IN $keep DETACH DELETE n', { keep: s.annotations });
}
