/** Cypher for sources and passages: pure builders returning the query text, parameters and row decoder. */
import { bool, int, list, nullable, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { passage, source } from '../data/shapes.ts';
import { SOURCE_PROJECTION } from './evidence.ts';

const SOURCE_FIELDS = SOURCE_PROJECTION('s');

export function listSources() {
  return {
    cypher: `MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY coalesce(s.year, 9999), s.title`,
    params: {},
    row: columns({ source }),
  };
}

export function sourceById(id: string) {
  return { cypher: `MATCH (s:Source {id: $id}) RETURN ${SOURCE_FIELDS} AS source`, params: { id }, row: columns({ source }) };
}

export function passageById(id: string) {
  return {
    cypher: `MATCH (p:Passage {id: $id})-[:IN]->(s:Source) RETURN p {.*, source: ${SOURCE_FIELDS}} AS passage`,
    params: { id },
    row: columns({ passage }),
  };
}

/** Where a page of passages lies: after or before an ordinal (a cursor), or around a passage or quoted item (an id). */
export type PassageWindow = { after: number } | { before: number } | { around: string };

const windowParams = (window: PassageWindow, limit: number) => ({
  mode: 'around' in window ? 'around' : 'before' in window ? 'before' : 'after',
  cursor: 'after' in window ? window.after : 'before' in window ? window.before : 0,
  around: 'around' in window ? window.around : null,
  limit,
  lead: Math.floor(limit / 4),
});

/** The body shared by the single and the batched form: `sid` is the source, the window comes from the parameters. */
const WINDOW_OF_SOURCE = `CALL (sid) {
    OPTIONAL MATCH (t:Passage {id: $around}) WHERE t.sourceId = sid
    RETURN t.ordinal AS atPassage
  }
  CALL (sid) {
    OPTIONAL MATCH (:Claim {id: $around})-[:QUOTED_FROM]->(cp:Passage) WHERE cp.sourceId = sid
    RETURN min(cp.ordinal) AS atClaim
  }
  CALL (sid) {
    OPTIONAL MATCH (:Statistic {id: $around})-[:QUOTED_FROM]->(sp:Passage) WHERE sp.sourceId = sid
    RETURN min(sp.ordinal) AS atStatistic
  }
  WITH coalesce(atPassage, atClaim, atStatistic) AS target
  MATCH (p:Passage)
  USING INDEX p:Passage(sourceId, ordinal)
  WHERE p.sourceId = sid AND p.ordinal IS NOT NULL AND ($roles IS NULL OR p.role IN $roles)
  WITH target, p ORDER BY p.ordinal
  WITH target, collect(p) AS ps
  WITH ps, CASE $mode
    WHEN 'around' THEN CASE WHEN target IS NULL THEN 0 ELSE size([q IN ps WHERE q.ordinal < target]) - $lead END
    WHEN 'before' THEN size([q IN ps WHERE q.ordinal < $cursor]) - $limit
    ELSE size([q IN ps WHERE q.ordinal <= $cursor])
  END AS lo0
  WITH ps, CASE WHEN lo0 < 0 THEN 0 ELSE lo0 END AS lo,
       CASE WHEN $mode = 'before' THEN size([q IN ps WHERE q.ordinal < $cursor]) ELSE lo0 + $limit END AS hi
  RETURN size(ps) AS total, [p IN ps[lo..hi] | p {.*}] AS page, lo > 0 AS hasPrevious, hi < size(ps) AS hasNext`;

const windowRow = { total: int, page: list(passage), hasPrevious: bool, hasNext: bool };

/**
 * One page of each source's passages and the total for the same filter, in one round trip (the same
 * window, size and roles for each): the batch of `Source.passages`. `around` resolves a passage id,
 * or a claim's or statistic's id to the first passage it is quoted from, each by its unique id; the
 * page then starts a quarter of a page before that passage. The hint keeps the planner on the
 * source's passages: left alone it scanned every passage of every source (all 2,450 at 1×).
 */
export function passagesOfSources(sourceIds: string[], window: PassageWindow, limit: number, roles: string[] | null) {
  return {
    cypher: `UNWIND $sourceIds AS sid
CALL (sid) {
  ${WINDOW_OF_SOURCE}
}
RETURN sid, total, page, hasPrevious, hasNext`,
    params: { sourceIds, roles, ...windowParams(window, limit) },
    row: columns({ sid: str, ...windowRow }),
  };
}

/** Several sources by id, in one round trip (the batch of `Passage.source`). */
export function sourcesById(ids: string[]) {
  return { cypher: `MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, ${SOURCE_FIELDS} AS source`, params: { ids }, row: columns({ id: str, source }) };
}

/** The fingerprint of the loaded seed (null before the first load): corpus exports are the same until it changes. */
export function seedFingerprint() {
  return { cypher: `OPTIONAL MATCH (i:SeedInfo {id: 'seed'}) RETURN i.fingerprint AS fingerprint`, params: {}, row: columns({ fingerprint: nullable(str) }) };
}

/**
 * The version of the data the whole-corpus aggregates are built from: the seed's fingerprint and
 * load time, the latest ingestion (an ingestion replacing a source may keep every count), and
 * counts that every ingestion, curation write (each writes an audit record) and seed changes.
 * The counts come from Neo4j's count store (one label or one relationship type, no scan) and the
 * latest ingestion (or removal of an ingested source) from the SeedInfo node, where the ingestion
 * (seed/ingest/write.ts) and the removal (api/cypher/candidates.ts `removeSource`) write it: one
 * index seek, so the version costs a few dozen db hits whatever the corpus.
 */
export function dataVersion() {
  return {
    cypher: `OPTIONAL MATCH (i:SeedInfo {id: 'seed'})
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Passage) RETURN count(n) AS passages }
CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Statistic) RETURN count(n) AS statistics }
CALL () { MATCH (n:ResearchGap) RETURN count(n) AS gaps }
CALL () { MATCH (n:AuditRecord) RETURN count(n) AS audits }
CALL () { MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS supports }
CALL () { MATCH ()-[r:CONTRADICTS]->() RETURN count(r) AS contradicts }
CALL () { MATCH ()-[r:QUALIFIES]->() RETURN count(r) AS qualifies }
CALL () { MATCH ()-[r:ABOUT]->() RETURN count(r) AS about }
RETURN coalesce(i.fingerprint, '') + '|' + coalesce(toString(i.loadedAt), '') + '|' + coalesce(toString(i.ingestedAt), '') + '|' +
  reduce(v = '', n IN [sources, passages, topics, claims, statistics, gaps, audits, supports, contradicts, qualifies, about] | v + '.' + toString(n)) AS version`,
    params: {},
    row: columns({ version: str }),
  };
}
