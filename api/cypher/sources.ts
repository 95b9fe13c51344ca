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

/** One page of a source's passages after an ordinal, plus the total for the same filter. */
export function passagesOfSource(sourceId: string, afterOrdinal: number, limit: number, roles: string[] | null): CypherQuery {
  return {
    cypher: `MATCH (p:Passage {sourceId: $sourceId})
WHERE ($roles IS NULL OR p.role IN $roles)
WITH p ORDER BY p.ordinal
WITH collect(p) AS ps
RETURN size(ps) AS total,
       [p IN ps WHERE p.ordinal > $after | p {.*}][0..$limit + 1] AS page`,
    params: { sourceId, after: afterOrdinal, limit, roles },
  };
}
