/**
 * Cypher for the explorable graph: pure builders, every value a parameter. A graph is built in a
 * bounded number of round trips: resolve the focus, expand one level per round trip, then fetch the
 * nodes (with their degree under the filter) and every edge among them.
 */
import { RELATION_SUBTYPES, type RelationSubtypeValue } from '../../core/vocabulary.ts';
import { int, list, nullable, object, oneOf, str, type Decoder } from '../data/decode.ts';
import { columns } from '../data/query.ts';

/** A graph node as nodesAndEdges returns it (before it becomes a GraphNode). */
export interface StoredNode {
  id: string;
  type: 'CLAIM' | 'STATISTIC' | 'RESEARCH_GAP' | 'MISCONCEPTION' | 'SOURCE';
  sourceId: string | null;
  text: string | null;
  kind: string | null;
  valueText: string | null;
  unit: string | null;
  measure: string | null;
  question: string | null;
  status: string | null;
  belief: string | null;
  title: string | null;
  authors: string[] | null;
  year: number | null;
  publisher: string | null;
  topics: string[];
  degree: number;
}

/** A graph edge as nodesAndEdges returns it (before it becomes a GraphEdge). */
export interface StoredEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  status: string | null;
  subtype: RelationSubtypeValue | null;
  verdict: string | null;
  addressStatus: string | null;
}

const nstr = nullable(str);
const storedNode: Decoder<StoredNode> = object<StoredNode>({
  id: str,
  type: oneOf(['CLAIM', 'STATISTIC', 'RESEARCH_GAP', 'MISCONCEPTION', 'SOURCE'] as const),
  sourceId: nstr,
  text: nstr,
  kind: nstr,
  valueText: nstr,
  unit: nstr,
  measure: nstr,
  question: nstr,
  status: nstr,
  belief: nstr,
  title: nstr,
  authors: nullable(list(str)),
  year: nullable(int),
  publisher: nstr,
  topics: list(str),
  degree: int,
});
const storedEdge: Decoder<StoredEdge> = object<StoredEdge>({
  id: str,
  source: str,
  target: str,
  type: str,
  status: nstr,
  subtype: nullable(oneOf(RELATION_SUBTYPES)),
  verdict: nstr,
  addressStatus: nstr,
});
/** A page of a node's neighbours or a container's members, and how many there are in all. */
const pageRow = { id: str, total: int, page: list(str) };

/** The filter as the builders take it: database relationship types and lower-case statuses. */
export interface GraphFilterParams {
  types: string[] | null;
  sources: string[] | null;
  topics: string[] | null;
  relTypes: string[];
  statuses: string[];
}

/** Relationship types whose status property the status filter applies to. */
export const STATUSED_TYPES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'ATTRIBUTES_TO', 'PROPOSED_LINK'];

const GRAPH_LABEL = (v: string) => `(${v}:Claim OR ${v}:Statistic OR ${v}:ResearchGap OR ${v}:Misconception OR ${v}:Source)`;
/** The labels of graph nodes, as a label expression: a lookup by id on it is one index seek per label. */
const GRAPH_LABELS = 'Claim|Statistic|ResearchGap|Misconception|Source';

export const NODE_TYPE = (v: string) =>
  `CASE WHEN ${v}:Claim THEN 'CLAIM' WHEN ${v}:Statistic THEN 'STATISTIC' WHEN ${v}:ResearchGap THEN 'RESEARCH_GAP' WHEN ${v}:Misconception THEN 'MISCONCEPTION' ELSE 'SOURCE' END`;

/** Whether a node passes the filter. Gaps and misconceptions take their topics from the statements that raise or mention them. */
export const NODE_WHERE = (v: string) => `${GRAPH_LABEL(v)}
  AND ($types IS NULL OR ${NODE_TYPE(v)} IN $types)
  AND ($sources IS NULL OR CASE WHEN ${v}:Claim OR ${v}:Statistic THEN ${v}.sourceId IN $sources WHEN ${v}:Source THEN ${v}.id IN $sources ELSE true END)
  AND ($topics IS NULL OR CASE
        WHEN ${v}:Claim OR ${v}:Statistic THEN EXISTS { (${v})-[:ABOUT]->(gt:Topic) WHERE gt.id IN $topics }
        WHEN ${v}:Source THEN true
        ELSE EXISTS { (${v})<-[:RAISES|CHALLENGES|REINFORCES]-(:Claim)-[:ABOUT]->(gt:Topic) WHERE gt.id IN $topics } END)`;

export const EDGE_WHERE = (r: string) => `type(${r}) IN $relTypes AND (NOT type(${r}) IN $statusedTypes OR ${r}.status IN $statuses)`;

/** Priority of a neighbour: disagreements first, so a capped neighbourhood shows what matters most. */
const EDGE_PRIORITY = (r: string) =>
  `CASE type(${r}) WHEN 'CONTRADICTS' THEN 0 WHEN 'QUALIFIES' THEN 1 WHEN 'ASSERTED_VS_OPEN' THEN 2 WHEN 'ATTRIBUTES_TO' THEN 3 WHEN 'SUPPORTS' THEN 4 WHEN 'ADDRESSES' THEN 5 WHEN 'RAISES' THEN 6 WHEN 'PROPOSED_LINK' THEN 8 ELSE 7 END`;

/** Items of a topic or a source that pass the filter, most connected across sources first. */
const MEMBERS = (container: string) => `COLLECT {
      MATCH (${container})<-[:ABOUT|FROM]-(item)
      WHERE (item:Claim OR item:Statistic) AND ${NODE_WHERE('item')}
      WITH item, COUNT { (item)-[x:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN|ATTRIBUTES_TO]-() WHERE x.status IN $statuses } AS links
      ORDER BY links DESC, item.id
      RETURN item.id
    }`;

const withFilter = (f: GraphFilterParams) => ({ ...f, statusedTypes: STATUSED_TYPES });

/**
 * What each focus id is: a graph node, or a topic or source standing for its items (then a page of
 * them and their number). Unknown ids come back with what = null. Without `rank` the members are not
 * read (total 0, an empty page): the caller has them ranked already (api/graph/load.ts keeps them
 * under the data version, as ranking a topic's items reads every one of them).
 */
export function resolveFocus(ids: string[], f: GraphFilterParams, offset: number, limit: number, rank = true) {
  return {
    cypher: `UNWIND $ids AS fid
OPTIONAL MATCH (n:${GRAPH_LABELS}|Topic {id: fid})
WITH fid, n, CASE WHEN n IS NULL THEN null WHEN n:Topic THEN 'TOPIC' WHEN n:Source THEN 'SOURCE' ELSE 'NODE' END AS what
WITH fid, what, CASE WHEN $rank AND what IN ['TOPIC', 'SOURCE'] THEN ${MEMBERS('n')} ELSE [] END AS members
RETURN fid AS id, what, size(members) AS total, members[$offset..$offset + $limit] AS page`,
    params: { ids, ...withFilter(f), offset, limit, rank },
    row: columns({ ...pageRow, what: nullable(oneOf(['TOPIC', 'SOURCE', 'NODE'] as const)) }),
  };
}

/** Without a focus: the items with the most curated disagreements (CONTRADICTS, QUALIFIES) under the filter. */
export function mostContested(f: GraphFilterParams, limit: number) {
  return {
    cypher: `MATCH (n)-[r:CONTRADICTS|QUALIFIES]-()
WHERE (n:Claim OR n:Statistic) AND r.status IN $statuses AND ${NODE_WHERE('n')}
WITH n, count(r) AS disagreements
ORDER BY disagreements DESC, n.id
RETURN collect(n.id)[..$limit] AS ids`,
    params: { ...withFilter(f), limit },
    row: columns({ ids: list(str) }),
  };
}

/**
 * One level of expansion: for each node, its distinct neighbours under the filter, in priority
 * order, from offset, at most limit of them, and how many there are in all.
 */
export function expand(ids: string[], f: GraphFilterParams, offset: number, limit: number) {
  return {
    cypher: `UNWIND $ids AS fid
MATCH (f:${GRAPH_LABELS} {id: fid})
CALL (f) {
  MATCH (f)-[r]-(m)
  WHERE ${EDGE_WHERE('r')} AND ${NODE_WHERE('m')}
  WITH m, min(${EDGE_PRIORITY('r')}) AS priority
  ORDER BY priority, m.id
  RETURN collect(m.id) AS neighbours
}
RETURN f.id AS id, size(neighbours) AS total, neighbours[$offset..$offset + $limit] AS page`,
    params: { ids, ...withFilter(f), offset, limit },
    row: columns(pageRow),
  };
}

/** The nodes, each with its degree under the filter, and every edge among them that passes the filter. */
export function nodesAndEdges(ids: string[], f: GraphFilterParams) {
  return {
    cypher: `MATCH (a:${GRAPH_LABELS}) WHERE a.id IN $ids
WITH collect(a) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND ${EDGE_WHERE('r')}
  RETURN collect({id: coalesce(r.id, type(r) + ':' + a.id + '->' + b.id), source: a.id, target: b.id, type: type(r),
                  status: r.status, subtype: r.subtype, verdict: r.verdict, addressStatus: CASE WHEN type(r) = 'ADDRESSES' THEN r.status END}) AS edges
}
RETURN [a IN nodes | a {.id, .sourceId, .text, .kind, .valueText, .unit, .measure, .question, .status, .belief, .title, .authors, .year, .publisher,
    type: ${NODE_TYPE('a')},
    topics: CASE
      WHEN a:Claim OR a:Statistic THEN [(a)-[:ABOUT]->(t:Topic) | t.id]
      WHEN a:Source THEN []
      ELSE COLLECT { MATCH (a)<-[:RAISES|CHALLENGES|REINFORCES]-(:Claim)-[:ABOUT]->(t:Topic) RETURN DISTINCT t.id } END,
    degree: size(COLLECT { MATCH (a)-[r]-(m) WHERE ${EDGE_WHERE('r')} AND ${NODE_WHERE('m')} RETURN DISTINCT m.id })
  }] AS nodes, edges`,
    params: { ids, ...withFilter(f) },
    row: columns({ nodes: list(storedNode), edges: list(storedEdge) }),
  };
}
