/**
 * Cypher for the candidates of ingested documents (`:Candidate`, written by seed/ingest/write.ts)
 * and for what accepting one makes: an evidence item as the seed loader writes it (seed/load.ts:
 * the node, FROM its source, QUOTED_FROM its passages, ABOUT its topics; for a gap RAISES a
 * ResearchGap, for a misconception CHALLENGES or REINFORCES a Misconception). Pure builders, every
 * value a parameter (labels and relationship types too).
 */
import { bool, int, list, nullable, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { candidate, evidence } from '../data/shapes.ts';
import { EVIDENCE_PROJECTION } from './evidence.ts';

/** How much of the passage around a candidate is shown with it. */
export const CONTEXT_CHARS = 240;

/** A candidate `c` with up to CONTEXT_CHARS of its passage before and after the quote. */
const CANDIDATE = (c: string) => `${c} {.*,
    contextBefore: COLLECT { MATCH (${c})-[:CANDIDATE_IN]->(cp:Passage)
      WITH cp, ${c}.start - cp.start AS off
      WITH cp, off, CASE WHEN off > ${CONTEXT_CHARS} THEN off - ${CONTEXT_CHARS} ELSE 0 END AS from
      RETURN CASE WHEN off > 0 THEN substring(cp.raw, from, off - from) ELSE '' END }[0],
    contextAfter: COLLECT { MATCH (${c})-[:CANDIDATE_IN]->(cp:Passage)
      WITH cp, ${c}.end - cp.start AS off
      RETURN CASE WHEN off < size(cp.raw) THEN substring(cp.raw, off, ${CONTEXT_CHARS}) ELSE '' END }[0]
  }`;

const WHERE = `c.status IN $statuses AND ($types IS NULL OR c.type IN $types)`;

/** One page of a source's candidates in text order, and how many match. */
export function listCandidates(sourceId: string, types: string[] | null, statuses: string[], skip: number, limit: number) {
  return {
    cypher: `CALL () {
  MATCH (c:Candidate {sourceId: $sourceId})
  WHERE ${WHERE}
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Candidate {sourceId: $sourceId})
  WHERE ${WHERE}
  WITH c ORDER BY c.start, c.end, c.id SKIP toInteger($skip) LIMIT toInteger($take)
  RETURN collect(${CANDIDATE('c')}) AS page
}
RETURN total, page`,
    params: { sourceId, types, statuses, skip, take: limit + 1 },
    row: columns({ total: int, page: list(candidate) }),
  };
}

/** A candidate by id, write-locked until the commit; with its source's length, whether the source is ingested and whether an item it could become exists. */
export function lockCandidate(id: string, itemIds: string[]) {
  return {
    cypher: `MATCH (c:Candidate {id: $id})
SET c.__lock = true
REMOVE c.__lock
WITH c
OPTIONAL MATCH (s:Source {id: c.sourceId})
RETURN ${CANDIDATE('c')} AS candidate, coalesce(s.ingested, false) AS ingested, s.length AS length,
       EXISTS { MATCH (n:Claim|Statistic) WHERE n.id IN $itemIds } AS itemExists`,
    params: { id, itemIds },
    row: columns({ candidate, ingested: bool, length: nullable(int), itemExists: bool }),
  };
}

/**
 * Passages and candidates are indexed by (sourceId, ordinal) and (sourceId, status): the planner
 * seeks such an index only with a predicate on both properties, so a lookup by source alone names
 * the second one too (always set) or scans every passage or candidate.
 */
const COMPOSITE_SEEK = (property: string) => `${property} IS NOT NULL`;

/** The passages of a source overlapping [start, end), in order: their raw text tiles the stored text. */
export function passagesOverlapping(sourceId: string, start: number, end: number) {
  return {
    cypher: `MATCH (p:Passage {sourceId: $sourceId})
WHERE ${COMPOSITE_SEEK('p.ordinal')} AND p.start < $end AND p.end > $start
RETURN p.id AS id, p.start AS start, p.end AS end, p.raw AS raw
ORDER BY p.start`,
    params: { sourceId, start, end },
    row: columns({ id: str, start: int, end: int, raw: str }),
  };
}

/** Which of these topic ids exist. */
export function existingTopics(ids: string[]) {
  return {
    cypher: `MATCH (t:Topic) WHERE t.id IN $ids RETURN collect(t.id) AS ids`,
    params: { ids },
    row: columns({ ids: list(str) }),
  };
}

/** Makes an evidence item ($label: Claim or Statistic) FROM its source, QUOTED_FROM its passages and ABOUT its topics. */
export function createItem(label: 'Claim' | 'Statistic', item: Record<string, unknown>, passageIds: string[], topics: string[]) {
  return {
    cypher: `MATCH (s:Source {id: $item.sourceId})
CREATE (n:$($label))
SET n = $item
CREATE (n)-[:FROM]->(s)
WITH n
CALL (n) { UNWIND $passageIds AS pid MATCH (p:Passage {id: pid}) CREATE (n)-[:QUOTED_FROM]->(p) }
CALL (n) { UNWIND $topics AS tid MATCH (t:Topic {id: tid}) CREATE (n)-[:ABOUT]->(t) }
RETURN ${EVIDENCE_PROJECTION('n')} AS item`,
    params: { label, item, passageIds, topics },
    row: columns({ item: evidence }),
  };
}

/** The claim a gap candidate became RAISES the research gap (made when new, open). */
export function raiseGap(claimId: string, gap: Record<string, unknown>) {
  return {
    cypher: `MATCH (c:Claim {id: $claimId})
MERGE (g:ResearchGap {id: $gap.id})
ON CREATE SET g = $gap, g.status = 'open'
CREATE (c)-[x:RAISES]->(g)
SET x.priority = null, x.priorityBasis = null
RETURN g.id AS id`,
    params: { claimId, gap },
    row: columns({ id: str }),
  };
}

/** The claim a misconception candidate became CHALLENGES or REINFORCES ($stance) the misconception (made when new). */
export function mentionMisconception(claimId: string, stance: 'CHALLENGES' | 'REINFORCES', misconception: Record<string, unknown>) {
  return {
    cypher: `MATCH (c:Claim {id: $claimId})
MERGE (m:Misconception {id: $misconception.id})
ON CREATE SET m = $misconception
CREATE (c)-[:$($stance)]->(m)
RETURN m.id AS id`,
    params: { claimId, stance, misconception },
    row: columns({ id: str }),
  };
}

/** Records a decision on a candidate (status, who, when, the item or the reason). */
export function decideCandidate(id: string, decision: Record<string, unknown>) {
  return {
    cypher: `MATCH (c:Candidate {id: $id})
SET c += $decision
RETURN ${CANDIDATE('c')} AS candidate`,
    params: { id, decision },
    row: columns({ candidate }),
  };
}

/** What removing a source takes away: its passages and candidates, its items, the gaps and misconceptions only they mention, the relations touching them. */
export function sourceRemovalPlan(sourceId: string) {
  return {
    cypher: `MATCH (s:Source {id: $sourceId})
SET s.__lock = true
REMOVE s.__lock
WITH s
CALL (s) {
  MATCH (n:Claim|Statistic {sourceId: $sourceId})
  RETURN collect(n) AS items
}
CALL (items) {
  UNWIND items AS n
  MATCH (n)-[:RAISES|CHALLENGES|REINFORCES]->(m)
  WHERE NOT EXISTS { MATCH (other:Claim)-[:RAISES|CHALLENGES|REINFORCES]->(m) WHERE other.sourceId <> $sourceId }
  RETURN collect(DISTINCT m.id) AS mentions
}
CALL (items) {
  UNWIND items AS n
  MATCH (n)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN|ATTRIBUTES_TO|ADDRESSES|COMPARED_WITH|PROPOSED_LINK]-()
  RETURN count(DISTINCT r) AS relations
}
RETURN coalesce(s.ingested, false) AS ingested,
       COUNT { (:Passage)-[:IN]->(s) } AS passages,
       COUNT { (:Candidate)-[:CANDIDATE_OF]->(s) } AS candidates,
       [n IN items | n.id] AS items, mentions, relations`,
    params: { sourceId },
    row: columns({ ingested: bool, passages: int, candidates: int, items: list(str), mentions: list(str), relations: int }),
  };
}

/**
 * Deletes a source with its passages, candidates, items (and their annotations and relations) and
 * the given gaps and misconceptions, and marks the change on the SeedInfo node (its `ingestedAt`,
 * part of the data version: api/cypher/sources.ts).
 */
export function removeSource(sourceId: string, mentions: string[]) {
  return {
    cypher: `MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (n:Claim|Statistic {sourceId: $sourceId})
  OPTIONAL MATCH (a:Annotation)-[:ANNOTATES]->(n)
  DETACH DELETE a, n
}
CALL () {
  MATCH (m:ResearchGap|Misconception) WHERE m.id IN $mentions
  OPTIONAL MATCH (a:Annotation)-[:ANNOTATES]->(m)
  DETACH DELETE a, m
}
CALL (s) {
  MATCH (c:Candidate {sourceId: $sourceId}) WHERE ${COMPOSITE_SEEK('c.status')}
  DETACH DELETE c
}
CALL (s) {
  MATCH (p:Passage {sourceId: $sourceId}) WHERE ${COMPOSITE_SEEK('p.ordinal')}
  DETACH DELETE p
}
DETACH DELETE s
MERGE (i:SeedInfo {id: 'seed'}) SET i.ingestedAt = datetime()
RETURN $sourceId AS sourceId`,
    params: { sourceId, mentions },
    row: columns({ sourceId: str }),
  };
}
