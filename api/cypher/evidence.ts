/** Cypher for the evidence layer: pure builders, every value a parameter, each with its row decoder. */
import { CURATED_CLAIM_KINDS, MENTION_CLAIM_KINDS } from '../../core/vocabulary.ts';
import { int, list, nullable, oneOf, str, type Decoder } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { claim, evidence, gap, misconception, passage, statistic, topic } from '../data/shapes.ts';

export interface EvidenceFilterParams {
  sources: string[] | null;
  topics: string[] | null;
  kinds: string[] | null;
  text: string | null;
}

/** A source with its counts: for the queries of sources themselves (a list, one or several by id). */
export const SOURCE_PROJECTION = (v: string) =>
  `${v} {.*, passageCount: COUNT { (${v})<-[:IN]-(:Passage) }, claimCount: COUNT { (${v})<-[:FROM]-(:Claim) }, statisticCount: COUNT { (${v})<-[:FROM]-(:Statistic) }}`;

/**
 * A source nested in another projection (an item's, a passage's): its stored fields only. Counting
 * a source's passages and items reads all of them, and a list of items counted its source once per
 * item (the gaps list: 2 million db hits at 1×); a count asked for there comes through the
 * `source` loader instead, once per source and response.
 */
export const SOURCE_REF = (v: string) => `${v} {.*}`;

/**
 * With sources, a bare `sourceId IN $sources` (no `$sources IS NULL OR`, which the planner cannot
 * seek on), so the list is an index seek on claim_source / statistic_source, not a label scan.
 */
const ITEM_WHERE = (v: string, bySource: boolean) => `${bySource ? `${v}.sourceId IN $sources` : 'true'}
  AND ($topics IS NULL OR EXISTS { (${v})-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND ($kinds IS NULL OR ${v}.kind IN $kinds)
  AND ($text IS NULL OR toLower(coalesce(${v}.text, '') + ' ' + coalesce(${v}.measure, '') + ' ' + coalesce(${v}.reading, ${v}.quote)) CONTAINS toLower($text))`;

/**
 * Curators' annotations of the node `v`, oldest first, fetched with it. `a` names the annotation
 * variable: it must differ from the variables of any projection this one is nested in.
 */
export const ANNOTATIONS = (v: string, a: string) =>
  `COLLECT { MATCH (${a}:Annotation)-[:ANNOTATES]->(${v}) RETURN ${a} {.id, .itemId, .text, .author, .createdAt} ORDER BY ${a}.createdAt, ${a}.id }`;

/** Everything a claim's fields need, fetched with the claim (no per-field round trips). */
export const CLAIM_PROJECTION = (v: string) => `${v} {.*, __typename: 'Claim',
    source: [(${v})-[:FROM]->(evSrc:Source) | ${SOURCE_REF('evSrc')}][0],
    topicList: [(${v})-[:ABOUT]->(evTopic:Topic) | evTopic {.*}],
    stances: [(${v})-[evRel:CHALLENGES|REINFORCES]->(evMis:Misconception) | {stance: type(evRel), misconception: evMis {.*, annotations: ${ANNOTATIONS('evMis', 'evMisAnn')}}}],
    raisesList: [(${v})-[:RAISES]->(evGap:ResearchGap) | evGap {.*, annotations: ${ANNOTATIONS('evGap', 'evGapAnn')}}],
    annotations: ${ANNOTATIONS(v, 'evAnn')}
  }`;

export const STATISTIC_PROJECTION = (v: string) => `${v} {.*, __typename: 'Statistic',
    source: [(${v})-[:FROM]->(evSrc:Source) | ${SOURCE_REF('evSrc')}][0],
    topicList: [(${v})-[:ABOUT]->(evTopic:Topic) | evTopic {.*}],
    annotations: ${ANNOTATIONS(v, 'evAnn')}
  }`;

function listQuery<T>(
  label: 'Claim' | 'Statistic',
  projection: (v: string) => string,
  item: Decoder<T>,
  filter: EvidenceFilterParams,
  skip: number,
  limit: number,
) {
  return {
    cypher: `MATCH (n:${label})
WHERE ${ITEM_WHERE('n', filter.sources !== null)}
WITH n ORDER BY n.sourceId, n.start, n.id
WITH collect(n) AS ns
RETURN size(ns) AS total, [n IN ns[$skip..$skip + $limit + 1] | ${projection('n')}] AS page`,
    params: { ...filter, skip, limit },
    row: columns({ total: int, page: list(item) }),
  };
}

export function listClaims(filter: EvidenceFilterParams, skip: number, limit: number) {
  return listQuery('Claim', CLAIM_PROJECTION, claim, filter, skip, limit);
}

export function listStatistics(filter: EvidenceFilterParams, skip: number, limit: number) {
  return listQuery('Statistic', STATISTIC_PROJECTION, statistic, { ...filter, kinds: null }, skip, limit);
}

/** A claim or a statistic, whichever the node is, with its __typename. */
export const EVIDENCE_PROJECTION = (v: string) => `CASE WHEN ${v}:Claim THEN ${CLAIM_PROJECTION(v)} ELSE ${STATISTIC_PROJECTION(v)} END`;

export function evidenceById(id: string) {
  return {
    cypher: `MATCH (n:Claim|Statistic {id: $id})
RETURN ${EVIDENCE_PROJECTION('n')} AS item`,
    params: { id },
    row: columns({ item: evidence }),
  };
}

export function listTopics() {
  return {
    cypher: `MATCH (t:Topic) RETURN t {.*, claimCount: COUNT { (t)<-[:ABOUT]-(:Claim) }, statisticCount: COUNT { (t)<-[:ABOUT]-(:Statistic) }} AS topic ORDER BY t.name`,
    params: {},
    row: columns({ topic }),
  };
}

const MENTION_WHERE = `($sources IS NULL OR c.sourceId IN $sources)
  AND ($topics IS NULL OR EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })`;

export const MISCONCEPTION_PROJECTION = (m: string) =>
  `${m} {.*, __typename: 'Misconception', mentions: [(mc:Claim)-[mr:CHALLENGES|REINFORCES]->(${m}) | {stance: type(mr), claim: ${CLAIM_PROJECTION('mc')}}], annotations: ${ANNOTATIONS(m, 'mpAnn')}}`;

export const GAP_PROJECTION = (g: string) => `${g} {.*, __typename: 'ResearchGap',
  raisedBy: [(gc:Claim)-[gr:RAISES]->(${g}) | {priority: gr.priority, priorityBasis: gr.priorityBasis, claim: ${CLAIM_PROJECTION('gc')}}],
  addressedBy: [(ga)-[:ADDRESSES]->(${g}) | ${EVIDENCE_PROJECTION('ga')}],
  annotations: ${ANNOTATIONS(g, 'gpAnn')}
}`;

/** Misconceptions with every mention; filters select misconceptions that have a matching mention. */
export function listMisconceptions(filter: EvidenceFilterParams) {
  return {
    cypher: `MATCH (m:Misconception)
WHERE EXISTS { (c:Claim)-[:CHALLENGES|REINFORCES]->(m) WHERE ${MENTION_WHERE} }
  AND ($text IS NULL OR toLower(m.belief + ' ' + m.correction) CONTAINS toLower($text))
RETURN ${MISCONCEPTION_PROJECTION('m')} AS misconception
ORDER BY m.id`,
    params: { ...filter, kinds: null },
    row: columns({ misconception }),
  };
}

export type GapOrderKey = 'PRIORITY' | 'SOURCES' | 'QUESTION' | 'RATING' | 'TOPICS' | 'STATUS';

/**
 * The gaps' sort keys, one list per order (lists order element by element). `priorityKey` is the
 * documented order of core/gap-priority.ts (status, raising sources, rating, question); it breaks
 * the ties of every other order. Questions and topic names compare lower-cased.
 */
const GAP_KEYS = (raisedOnly: boolean) => `WITH g, CASE coalesce(g.status, 'open') WHEN 'open' THEN 0 WHEN 'partly-addressed' THEN 1 ELSE 2 END AS statusRank,
     COUNT { MATCH (rc:Claim)-[:RAISES]->(g) RETURN DISTINCT rc.sourceId } AS sourceCount,
     toLower(g.question) AS question${raisedOnly ? '\nWHERE sourceCount > 0' : ''}
WITH g, statusRank, sourceCount, question, [statusRank, -sourceCount, -coalesce(g.priority, -1.0e300), question, g.id] AS priorityKey
WITH g, priorityKey,
     CASE $order
       WHEN 'SOURCES' THEN [-sourceCount]
       WHEN 'QUESTION' THEN [question]
       WHEN 'RATING' THEN [-coalesce(g.priority, 0.0)]
       WHEN 'STATUS' THEN [statusRank]
       WHEN 'TOPICS' THEN [coalesce(COLLECT { MATCH (tc:Claim)-[:RAISES]->(g) MATCH (tc)-[:ABOUT]->(t:Topic) RETURN toLower(t.name) AS n ORDER BY n LIMIT 1 }[0], '\uffff')]
       ELSE priorityKey
     END AS key,
     $order = 'RATING' AND g.priority IS NULL AS unratedLast`;

/** The gaps under the filter and statuses, each with its sort keys, in the list's order (`g` per row). */
const ORDERED_GAPS = (filter: EvidenceFilterParams) => {
  const byMention = filter.sources !== null || filter.topics !== null;
  return `MATCH (g:ResearchGap)
WHERE ${byMention ? `EXISTS { (c:Claim)-[:RAISES]->(g) WHERE ${MENTION_WHERE} }` : 'true'}
  AND ($text IS NULL OR toLower(g.question) CONTAINS toLower($text))
  AND ($statuses IS NULL OR coalesce(g.status, 'open') IN $statuses)
${GAP_KEYS(!byMention)}
ORDER BY unratedLast, CASE WHEN $reverse THEN NULL ELSE key END, CASE WHEN $reverse THEN key END DESC, priorityKey`;
};

/**
 * A page of research gaps with every raising statement; filters select gaps with a matching
 * raising statement. Only the page is projected; the count and the order read the gaps' keys.
 * Without a source or topic filter, a gap is listed when it has a raising statement at all: its
 * count of raising sources (a sort key, read anyway) says so, without a second walk of them.
 */
export function gapsPage(filter: EvidenceFilterParams, statuses: string[] | null, order: GapOrderKey, reverse: boolean, skip: number, limit: number) {
  return {
    cypher: `${ORDERED_GAPS(filter)}
WITH collect(g) AS gs
RETURN size(gs) AS total, [g IN gs[$skip..$skip + $limit + 1] | ${GAP_PROJECTION('g')}] AS page`,
    params: { ...filter, kinds: null, statuses, order, reverse, skip, limit },
    row: columns({ total: int, page: list(gap) }),
  };
}

/**
 * The ids of every gap under the filter, in the order of `gapsPage`: ordering reads every gap's
 * keys (13,000 gaps at 100×), so the API keeps this list under the data version and projects
 * only a page of it (`gapsByIds`).
 */
export function gapOrder(filter: EvidenceFilterParams, statuses: string[] | null, order: GapOrderKey, reverse: boolean) {
  return {
    cypher: `${ORDERED_GAPS(filter)}
RETURN collect(g.id) AS ids`,
    params: { ...filter, kinds: null, statuses, order, reverse },
    row: columns({ ids: list(str) }),
  };
}

/** Research gaps by id, each with every raising statement, in the order of the ids (unknown ids left out). */
export function gapsByIds(ids: string[]) {
  return {
    cypher: `UNWIND range(0, size($ids) - 1) AS i
MATCH (g:ResearchGap {id: $ids[i]})
WITH i, g ORDER BY i
RETURN collect(${GAP_PROJECTION('g')}) AS page`,
    params: { ids },
    row: columns({ page: list(gap) }),
  };
}

/** The quoted spans of several sources' items, by source then position (the batch of `Source.evidenceSpans`). */
export function evidenceSpansOfSources(sourceIds: string[]) {
  return {
    cypher: `MATCH (n:Claim|Statistic) WHERE n.sourceId IN $sourceIds
RETURN n.sourceId AS sourceId, n.id AS id, CASE WHEN n:Claim THEN 'CLAIM' ELSE 'STATISTIC' END AS type, n.kind AS kind, n.start AS start, n.end AS end,
       n.text AS text, n.valueText AS valueText, n.unit AS unit, n.measure AS measure
ORDER BY sourceId, n.start, n.end DESC, n.id`,
    params: { sourceIds },
    row: columns({
      sourceId: str,
      id: str,
      type: oneOf(['CLAIM', 'STATISTIC'] as const),
      kind: nullable(oneOf([...CURATED_CLAIM_KINDS, ...MENTION_CLAIM_KINDS])),
      start: int,
      end: int,
      text: nullable(str),
      valueText: nullable(str),
      unit: nullable(str),
      measure: nullable(str),
    }),
  };
}

/** The passages each item's quote lies in, one row per (item, passage), in reading order. */
export function passagesOfItems(ids: string[]) {
  return {
    cypher: `MATCH (n:Claim|Statistic)-[:QUOTED_FROM]->(p:Passage) WHERE n.id IN $ids
RETURN n.id AS itemId, p {.*} AS passage ORDER BY itemId, p.ordinal`,
    params: { ids },
    row: columns({ itemId: str, passage }),
  };
}
