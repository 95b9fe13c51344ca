/** Cypher for links across sources: pure builders, every value a parameter. */
import { EVIDENCE_PROJECTION, SOURCE_REF } from './evidence.ts';
import { int, list, nullable, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { attribution, comparison, evidence, pairSummary, proposal, relation } from '../data/shapes.ts';

export interface RelationFilterParams {
  kinds: string[] | null;
  subtypes: string[] | null;
  sources: string[] | null;
  topics: string[] | null;
  statuses: string[];
}

export function listRelations(f: RelationFilterParams, skip: number, limit: number) {
  return {
    cypher: `MATCH (a)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN]->(b)
WHERE ($kinds IS NULL OR type(r) IN $kinds)
  AND ($subtypes IS NULL OR r.subtype IN $subtypes)
  AND r.status IN $statuses
  AND ($sources IS NULL
       OR (size($sources) = 1 AND (a.sourceId IN $sources OR b.sourceId IN $sources))
       OR (size($sources) > 1 AND a.sourceId IN $sources AND b.sourceId IN $sources))
  AND ($topics IS NULL OR EXISTS { (a)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics } OR EXISTS { (b)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
WITH a, r, b ORDER BY r.id
WITH collect({a: a, r: r, b: b}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit + 1] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
WITH total, x, x.a AS a, x.r AS r, x.b AS b
RETURN total, CASE WHEN x IS NULL THEN null ELSE r {.*, kind: type(r), from: ${EVIDENCE_PROJECTION('a')}, to: ${EVIDENCE_PROJECTION('b')}} END AS relation`,
    params: { ...f, skip, limit },
    row: columns({ total: int, relation: nullable(relation) }),
  };
}

export const ATTRIBUTION = (rel: string, from: string, target: string) =>
  `${rel} {.*,
    from: ${EVIDENCE_PROJECTION(from)},
    toSource: CASE WHEN ${target}:Source THEN ${SOURCE_REF(target)} ELSE [(${target})-[:FROM]->(citedSrc:Source) | ${SOURCE_REF('citedSrc')}][0] END,
    to: CASE WHEN ${target}:Source THEN null ELSE ${EVIDENCE_PROJECTION(target)} END}`;

export function traceOf(id: string) {
  return {
    cypher: `MATCH (n:Claim|Statistic {id: $id})
RETURN ${EVIDENCE_PROJECTION('n')} AS item,
       [(n)-[r:ATTRIBUTES_TO]->(t) | ${ATTRIBUTION('r', 'n', 't')}] AS attributions,
       [(c)-[r:ATTRIBUTES_TO]->(n) | ${ATTRIBUTION('r', 'c', 'n')}] AS citedBy`,
    params: { id },
    row: columns({ item: evidence, attributions: list(attribution), citedBy: list(attribution) }),
  };
}

export interface ComparisonFilterParams {
  measure: string | null;
  verdicts: string[] | null;
  sources: string[] | null;
}

export function listComparisons(f: ComparisonFilterParams) {
  return {
    cypher: `MATCH (c:StatisticComparison)
WHERE ($measure IS NULL OR toLower(c.measure) CONTAINS toLower($measure))
  AND ($sources IS NULL OR EXISTS { (c)-[:COMPARES]->(s:Statistic) WHERE s.sourceId IN $sources })
  AND ($verdicts IS NULL OR EXISTS { (c)-[:COMPARES]->(:Statistic)-[x:COMPARED_WITH]->(:Statistic) WHERE x.groupId = c.id AND x.verdict IN $verdicts })
RETURN c {.*,
  statistics: [(c)-[:COMPARES]->(s:Statistic) | ${EVIDENCE_PROJECTION('s')}],
  results: [(c)-[:COMPARES]->(s1:Statistic)-[x:COMPARED_WITH]->(s2:Statistic) WHERE x.groupId = c.id | x {.verdict, .difference, .facet, .reason, a: s1.id, b: s2.id}]
} AS comparison
ORDER BY c.measure`,
    params: { ...f },
    row: columns({ comparison }),
  };
}

export function listPairSummaries() {
  return {
    cypher: `MATCH (p:PairSummary)
RETURN p {.*,
  sourceList: [(p)-[:ABOUT_SOURCE]->(s:Source) | ${SOURCE_REF('s')}],
  evidence: [(p)-[:RESTS_ON]->(n) | ${EVIDENCE_PROJECTION('n')}]
} AS pair
ORDER BY p.id`,
    params: {},
    row: columns({ pair: pairSummary }),
  };
}

export function listProposals(limit: number) {
  return {
    cypher: `MATCH (a)-[p:PROPOSED_LINK {status: 'proposed'}]->(b)
WITH a, p, b ORDER BY p.score DESC, p.id LIMIT toInteger($limit)
RETURN p {.*, from: ${EVIDENCE_PROJECTION('a')}, to: ${EVIDENCE_PROJECTION('b')}} AS proposal`,
    params: { limit },
    row: columns({ proposal }),
  };
}

/**
 * The evidence map's non-empty cells, in one pass over the items with topics (the data layer fills
 * the empty cells): a cross product of topics and sources counted per cell would read every
 * topic's items once per source, which grows with the square of the corpus.
 * A link between two items of the same cell counts once for each end, as it is listed on both.
 */
export function evidenceMap() {
  return {
    cypher: `MATCH (t:Topic)<-[:ABOUT]-(n)
WHERE n:Claim OR n:Statistic
WITH t, n,
  CASE WHEN n:Claim AND NOT n.kind IN ['open-question', 'correction', 'belief'] THEN 1 ELSE 0 END AS claim,
  CASE WHEN n:Statistic THEN 1 ELSE 0 END AS statistic,
  CASE WHEN n:Claim AND n.kind = 'open-question' THEN 1 ELSE 0 END AS gap,
  COUNT { (n)-[r:SUPPORTS]-() WHERE r.status = 'curated' } AS agreements,
  COUNT { (n)-[r:CONTRADICTS|QUALIFIES]-() WHERE r.status = 'curated' } AS contradictions
RETURN t.id AS topic, n.sourceId AS source, sum(claim) AS claims, sum(statistic) AS statistics, sum(gap) AS gaps,
  sum(agreements) AS agreements, sum(contradictions) AS contradictions
ORDER BY topic, source`,
    params: {},
    row: columns({ topic: str, source: str, claims: int, statistics: int, gaps: int, agreements: int, contradictions: int }),
  };
}
