/** Cypher for item pages: one gap or misconception by id, link counts for badges, every citation. Pure builders, every value a parameter. */
import { int, list, object, oneOf, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { attribution, gap, misconception, source } from '../data/shapes.ts';
import { ATTRIBUTION_VERDICTS } from '../../core/vocabulary.ts';
import { ATTRIBUTION } from './relations.ts';
import { GAP_PROJECTION, MISCONCEPTION_PROJECTION, SOURCE_REF } from './evidence.ts';

export function gapById(id: string) {
  return { cypher: `MATCH (g:ResearchGap {id: $id}) RETURN ${GAP_PROJECTION('g')} AS gap`, params: { id }, row: columns({ gap }) };
}

export function misconceptionById(id: string) {
  return {
    cypher: `MATCH (m:Misconception {id: $id}) RETURN ${MISCONCEPTION_PROJECTION('m')} AS misconception`,
    params: { id },
    row: columns({ misconception }),
  };
}

/**
 * For each claim or statistic id: its curated SUPPORTS, CONTRADICTS and QUALIFIES links (either
 * direction), how many statements cite it, and what it cites with the verdicts. One row per id
 * found; each id is looked up by label and indexed id.
 */
export function linkSummaries(ids: string[]) {
  return {
    cypher: `UNWIND $ids AS id
CALL (id) {
  MATCH (c:Claim {id: id}) RETURN c AS n
  UNION
  MATCH (s:Statistic {id: id}) RETURN s AS n
}
RETURN id,
  COUNT { (n)-[r:SUPPORTS]-() WHERE r.status = 'curated' } AS supports,
  COUNT { (n)-[r:CONTRADICTS]-() WHERE r.status = 'curated' } AS contradicts,
  COUNT { (n)-[r:QUALIFIES]-() WHERE r.status = 'curated' } AS qualifies,
  COUNT { ()-[:ATTRIBUTES_TO]->(n) } AS citedBy,
  [(n)-[a:ATTRIBUTES_TO]->(t) | {verdict: a.verdict,
     toSource: CASE WHEN t:Source THEN ${SOURCE_REF('t')} ELSE [(t)-[:FROM]->(ts:Source) | ${SOURCE_REF('ts')}][0] END}] AS cites`,
    params: { ids },
    row: columns({
      id: str,
      supports: int,
      contradicts: int,
      qualifies: int,
      citedBy: int,
      cites: list(object({ verdict: oneOf(ATTRIBUTION_VERDICTS), toSource: source })),
    }),
  };
}

/** Every attribution, by citing source and position; bounded (the corpus has a few dozen). */
export function listAttributions(limit = 500) {
  return {
    cypher: `MATCH (n:Claim|Statistic)-[r:ATTRIBUTES_TO]->(t)
WITH n, r, t ORDER BY n.sourceId, n.start, r.id LIMIT toInteger($limit)
RETURN ${ATTRIBUTION('r', 'n', 't')} AS attribution`,
    params: { limit },
    row: columns({ attribution }),
  };
}
