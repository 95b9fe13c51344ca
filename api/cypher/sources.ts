/** Cypher for sources and passages: pure builders returning the query text and parameters. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

import { SOURCE_PROJECTION } from './evidence.ts';

const SOURCE_FIELDS = SOURCE_PROJECTION('s');

export function listSources(): CypherQuery {
  return {
    cypher: `MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY coalesce(s.year, 9999), s.title`,
    params: {},
  };
}

export function sourceById(id: string): CypherQuery {
  return { cypher: `MATCH (s:Source {id: $id}) RETURN ${SOURCE_FIELDS} AS source`, params: { id } };
}

export function passageById(id: string): CypherQuery {
  return { cypher: `MATCH (p:Passage {id: $id})-[:IN]->(s:Source) RETURN p {.*, source: ${SOURCE_FIELDS}} AS passage`, params: { id } };
}

/** Where a page of passages lies: after or before an ordinal (a cursor), or around a passage or quoted item (an id). */
export type PassageWindow = { after: number } | { before: number } | { around: string };

/**
 * One page of a source's passages and the total for the same filter, in one round trip. `around`
 * resolves a passage id, or a claim's or statistic's id to the first passage it is quoted from,
 * each by its unique id; the page then starts a quarter of a page before that passage.
 */
export function passagesOfSource(sourceId: string, window: PassageWindow, limit: number, roles: string[] | null): CypherQuery {
  const mode = 'around' in window ? 'around' : 'before' in window ? 'before' : 'after';
  const cursor = 'after' in window ? window.after : 'before' in window ? window.before : 0;
  const around = 'around' in window ? window.around : null;
  return {
    cypher: `CALL () {
  OPTIONAL MATCH (t:Passage {id: $around}) WHERE t.sourceId = $sourceId
  RETURN t.ordinal AS atPassage
}
CALL () {
  OPTIONAL MATCH (:Claim {id: $around})-[:QUOTED_FROM]->(cp:Passage) WHERE cp.sourceId = $sourceId
  RETURN min(cp.ordinal) AS atClaim
}
CALL () {
  OPTIONAL MATCH (:Statistic {id: $around})-[:QUOTED_FROM]->(sp:Passage) WHERE sp.sourceId = $sourceId
  RETURN min(sp.ordinal) AS atStatistic
}
WITH coalesce(atPassage, atClaim, atStatistic) AS target
MATCH (p:Passage {sourceId: $sourceId})
WHERE ($roles IS NULL OR p.role IN $roles)
WITH target, p ORDER BY p.ordinal
WITH target, collect(p) AS ps
WITH ps, CASE $mode
  WHEN 'around' THEN CASE WHEN target IS NULL THEN 0 ELSE size([q IN ps WHERE q.ordinal < target]) - $lead END
  WHEN 'before' THEN size([q IN ps WHERE q.ordinal < $cursor]) - $limit
  ELSE size([q IN ps WHERE q.ordinal <= $cursor])
END AS lo0
WITH ps, CASE WHEN lo0 < 0 THEN 0 ELSE lo0 END AS lo,
     CASE WHEN $mode = 'before' THEN size([q IN ps WHERE q.ordinal < $cursor]) ELSE lo0 + $limit END AS hi
RETURN size(ps) AS total, [p IN ps[lo..hi] | p {.*}] AS page, lo > 0 AS hasPrevious, hi < size(ps) AS hasNext`,
    params: { sourceId, mode, cursor, around, limit, lead: Math.floor(limit / 4), roles },
  };
}
