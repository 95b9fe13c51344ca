import { CLAIM_PROJECTION, GAP_PROJECTION, MISCONCEPTION_PROJECTION, SOURCE_REF, STATISTIC_PROJECTION } from './evidence.ts';
import { SEARCH_HIT_TYPES } from '../../core/vocabulary.ts';
import { bool, int, list, num, object, oneOf } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { searchNode } from '../data/shapes.ts';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Turns what a person types into a safe Lucene query: special characters are escaped, so input
 * cannot change the query's structure; a quoted part stays a phrase; other words are OR-ed with
 * a boost for documents holding all of them.
 */
export function luceneQuery(input: string): string | null {
  const phrases: string[] = [];
  const rest = input.replace(/"([^"]+)"/g, (_, p: string) => {
    const words = p.replace(LUCENE_SPECIAL, ' ').trim();
    if (words) phrases.push(`"${words}"`);
    return ' ';
  });
  const words = rest
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w && !/^(AND|OR|NOT)$/.test(w));
  const terms = [...phrases, ...words];
  if (terms.length === 0) return null;
  if (terms.length === 1) return terms[0]!;
  return `(${terms.join(' AND ')})^2 OR ${terms.join(' OR ')}`;
}

const hitType = oneOf(SEARCH_HIT_TYPES);

export interface SearchFilterParams {
  types: string[];
  sources: string[] | null;
  topics: string[] | null;
}

export const HIT_TYPE = (v: string) =>
  `CASE WHEN ${v}:Claim THEN 'CLAIM' WHEN ${v}:Statistic THEN 'STATISTIC' WHEN ${v}:Misconception THEN 'MISCONCEPTION' WHEN ${v}:ResearchGap THEN 'RESEARCH_GAP' ELSE 'PASSAGE' END`;

/** Misconceptions and gaps belong to the sources and topics of the statements that mention or raise them. */
const HIT_WHERE = (v: string) => `($sources IS NULL OR CASE
      WHEN ${v}:Misconception OR ${v}:ResearchGap THEN EXISTS { (${v})<-[:RAISES|CHALLENGES|REINFORCES]-(hc:Claim) WHERE hc.sourceId IN $sources }
      ELSE ${v}.sourceId IN $sources END)
  AND ($topics IS NULL OR CASE
      WHEN ${v}:Claim OR ${v}:Statistic THEN EXISTS { (${v})-[:ABOUT]->(ht:Topic) WHERE ht.id IN $topics }
      WHEN ${v}:Passage THEN EXISTS { (${v})<-[:QUOTED_FROM]-()-[:ABOUT]->(ht:Topic) WHERE ht.id IN $topics }
      ELSE EXISTS { (${v})<-[:RAISES|CHALLENGES|REINFORCES]-(:Claim)-[:ABOUT]->(ht:Topic) WHERE ht.id IN $topics } END)`;

/** How many of its best hits the search reads from each index: counts past it are "at least". */
export const SEARCH_HIT_CAP = 1000;

/**
 * One ranked search over the evidence index (claims, statistics, misconceptions, gaps) and the
 * passage index, with a count per type and one page of hits, each projected for its type. Each
 * index gives at most its SEARCH_HIT_CAP best hits, filtered after: a type's count is `capped`
 * (a lower bound) when its index had that many, so the work is bounded whatever the corpus.
 */
export function searchAll(lucene: string, f: SearchFilterParams, skip: number, limit: number) {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('evidence_text', $q, {limit: $cap}) YIELD node, score
  WITH node, score, ${HIT_TYPE('node')} AS type
  RETURN node, score, type, false AS passage, type IN $types AND ${HIT_WHERE('node')} AS keep
  UNION ALL
  CALL db.index.fulltext.queryNodes('passage_text', $q, {limit: $cap}) YIELD node, score
  WHERE 'PASSAGE' IN $types
  RETURN node, score, 'PASSAGE' AS type, true AS passage, node.role <> 'pageFurniture' AND ${HIT_WHERE('node')} AS keep
}
WITH node, score, type, passage, keep ORDER BY score DESC, node.id
WITH collect(CASE WHEN keep THEN {node: node, score: score, type: type} END) AS hits,
     count(CASE WHEN NOT passage THEN 1 END) >= $cap AS evidenceCapped,
     count(CASE WHEN passage THEN 1 END) >= $cap AS passageCapped
WITH size(hits) AS total, hits[$skip..$skip + $limit + 1] AS page,
     [t IN $types | {type: t, count: size([h IN hits WHERE h.type = t]), capped: CASE t WHEN 'PASSAGE' THEN passageCapped ELSE evidenceCapped END}] AS counts
CALL (page) {
  UNWIND page AS h
  WITH h, h.node AS hit
  RETURN collect({type: h.type, score: h.score, node: CASE h.type
     WHEN 'CLAIM' THEN ${CLAIM_PROJECTION('hit')}
     WHEN 'STATISTIC' THEN ${STATISTIC_PROJECTION('hit')}
     WHEN 'MISCONCEPTION' THEN ${MISCONCEPTION_PROJECTION('hit')}
     WHEN 'RESEARCH_GAP' THEN ${GAP_PROJECTION('hit')}
     ELSE hit {.*, __typename: 'Passage', source: [(hit)-[:IN]->(hs:Source) | ${SOURCE_REF('hs')}][0]} END}) AS projected
}
RETURN total, counts, projected AS page`,
    params: { q: lucene, ...f, skip, limit, cap: SEARCH_HIT_CAP },
    row: columns({
      total: int,
      counts: list(object({ type: hitType, count: int, capped: bool })),
      page: list(object({ type: hitType, score: num, node: searchNode })),
    }),
  };
}
