/** Cypher for sources and passages: pure builders returning the query text, parameters and row decoder. */
import { int, list, nullable, str } from '../data/decode.ts';
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

/** One page of a source's passages after an ordinal, plus the total for the same filter. */
export function passagesOfSource(sourceId: string, afterOrdinal: number, limit: number, roles: string[] | null) {
  return {
    cypher: `MATCH (p:Passage {sourceId: $sourceId})
WHERE ($roles IS NULL OR p.role IN $roles)
WITH p ORDER BY p.ordinal
WITH collect(p) AS ps
RETURN size(ps) AS total,
       [p IN ps WHERE p.ordinal > $after | p {.*}][0..$limit + 1] AS page`,
    params: { sourceId, after: afterOrdinal, limit, roles },
    row: columns({ total: int, page: list(passage) }),
  };
}

/** `passagesOfSource` for several sources at once (one page each, same cursor, size and roles): the batch of `Source.passages`. */
export function passagesOfSources(sourceIds: string[], afterOrdinal: number, limit: number, roles: string[] | null) {
  return {
    cypher: `UNWIND $sourceIds AS sid
CALL (sid) {
  MATCH (p:Passage {sourceId: sid})
  WHERE ($roles IS NULL OR p.role IN $roles)
  WITH p ORDER BY p.ordinal
  WITH collect(p) AS ps
  RETURN size(ps) AS total, [p IN ps WHERE p.ordinal > $after | p {.*}][0..$limit + 1] AS page
}
RETURN sid, total, page`,
    params: { sourceIds, after: afterOrdinal, limit, roles },
    row: columns({ sid: str, total: int, page: list(passage) }),
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
