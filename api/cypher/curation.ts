/**
 * Cypher for curation through the API: pure builders, every value a parameter (relationship
 * types too: Neo4j 5.26's dynamic types, `-[:$($kind)]->`). The resolvers in
 * api/curation/ run them inside one write transaction with the audit record.
 */
import { CURATED_CLAIM_KINDS, MENTION_CLAIM_KINDS, RELATION_KINDS } from '../../core/vocabulary.ts';
import type { AuditPosition } from '../cursor.ts';
import { bool, int, list, nullable, object, oneOf, props, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { annotation, audit, proposal, relation } from '../data/shapes.ts';
import { EVIDENCE_PROJECTION } from './evidence.ts';

const relationKind = oneOf(RELATION_KINDS);
const claimKind = nullable(oneOf([...CURATED_CLAIM_KINDS, ...MENTION_CLAIM_KINDS]));
/** The relations already between two items. */
const existing = list(object({ id: str, kind: relationKind }));

/** The relationship types of relations between evidence items. */
export const RELATION_TYPES = 'SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN';

/** A relation `r` from `a` to `b` as the Relation type reads it (RelationModel). */
const RELATION = (a: string, r: string, b: string) => `${r} {.*, kind: type(${r}), from: ${EVIDENCE_PROJECTION(a)}, to: ${EVIDENCE_PROJECTION(b)}}`;

/** A proposer's link `p` from `a` to `b` as the ProposedLink type reads it (ProposalModel). */
const LINK = (a: string, p: string, b: string) =>
  `${p} {.*, decidedAt: toString(${p}.decidedAt), from: ${EVIDENCE_PROJECTION(a)}, to: ${EVIDENCE_PROJECTION(b)}}`;

/** What the checks of a new relation need about its two ends, and the relations already between them. */
export function relationEnds(from: string, to: string) {
  return {
    cypher: `OPTIONAL MATCH (a:Claim|Statistic {id: $from})
OPTIONAL MATCH (b:Claim|Statistic {id: $to})
RETURN a.sourceId AS fromSource, b.sourceId AS toSource, b.kind AS toKind,
       CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE [(a)-[r:${RELATION_TYPES}]-(b) | {id: r.id, kind: type(r)}] END AS existing`,
    params: { from, to },
    row: columns({ fromSource: nullable(str), toSource: nullable(str), toKind: claimKind, existing }),
  };
}

/** Creates a relation of type $kind with the given properties; no row when an end is missing. */
export function createRelation(from: string, to: string, kind: string, properties: Record<string, unknown>) {
  return {
    cypher: `MATCH (a:Claim|Statistic {id: $from})
MATCH (b:Claim|Statistic {id: $to})
CREATE (a)-[r:$($kind)]->(b)
SET r = $props
RETURN ${RELATION('a', 'r', 'b')} AS relation`,
    params: { from, to, kind, props: properties },
    row: columns({ relation }),
  };
}

/**
 * Finds a relation by id and write-locks it (the SET/REMOVE takes the lock until the commit, so a
 * concurrent change waits and sees this one), returning what the checks of a change need.
 */
export function lockRelation(id: string) {
  return {
    cypher: `MATCH (a)-[r:${RELATION_TYPES} {id: $id}]->(b)
SET r.__lock = true
REMOVE r.__lock
RETURN type(r) AS kind, properties(r) AS props, a.id AS from, b.id AS to, b.kind AS toKind`,
    params: { id },
    row: columns({ kind: relationKind, props, from: str, to: str, toKind: claimKind }),
  };
}

/** Sets properties of a relation ($changes: a null value removes the property). */
export function updateRelation(id: string, changes: Record<string, unknown>) {
  return {
    cypher: `MATCH (a)-[r:${RELATION_TYPES} {id: $id}]->(b)
SET r += $changes
RETURN ${RELATION('a', 'r', 'b')} AS relation`,
    params: { id, changes },
    row: columns({ relation }),
  };
}

/** Replaces a relation by one of type $kind between the same ends, with the same properties plus $changes. */
export function retypeRelation(id: string, kind: string, changes: Record<string, unknown>) {
  return {
    cypher: `MATCH (a)-[old:${RELATION_TYPES} {id: $id}]->(b)
WITH a, old, b, properties(old) AS props
CREATE (a)-[r:$($kind)]->(b)
SET r = props
SET r += $changes
DELETE old
RETURN ${RELATION('a', 'r', 'b')} AS relation`,
    params: { id, kind, changes },
    row: columns({ relation }),
  };
}

/** Finds a proposer's link by id and write-locks it; says whether the relation it would become exists, and which relations link its ends. */
export function lockProposedLink(id: string, relationId: string) {
  return {
    cypher: `MATCH (a)-[p:PROPOSED_LINK {id: $id}]->(b)
SET p.__lock = true
REMOVE p.__lock
RETURN properties(p) AS props, a.id AS from, b.id AS to, a.sourceId AS fromSource, b.sourceId AS toSource, b.kind AS toKind,
       EXISTS { ()-[r:${RELATION_TYPES} {id: $relationId}]->() } AS relationExists,
       [(a)-[r:${RELATION_TYPES}]-(b) | {id: r.id, kind: type(r)}] AS existing`,
    params: { id, relationId },
    row: columns({
      props,
      from: str,
      to: str,
      fromSource: nullable(str),
      toSource: nullable(str),
      toKind: claimKind,
      relationExists: bool,
      existing,
    }),
  };
}

/** Marks a link accepted and creates the curated relation of type $kind it becomes. */
export function acceptLink(id: string, decision: Record<string, unknown>, kind: string, made: Record<string, unknown>) {
  return {
    cypher: `MATCH (a)-[p:PROPOSED_LINK {id: $id}]->(b)
SET p += $decision
CREATE (a)-[r:$($kind)]->(b)
SET r = $relation
RETURN ${LINK('a', 'p', 'b')} AS link, ${RELATION('a', 'r', 'b')} AS relation`,
    params: { id, decision, kind, relation: made },
    row: columns({ link: proposal, relation }),
  };
}

/** Marks a link rejected. */
export function rejectLink(id: string, decision: Record<string, unknown>) {
  return {
    cypher: `MATCH (a)-[p:PROPOSED_LINK {id: $id}]->(b)
SET p += $decision
RETURN ${LINK('a', 'p', 'b')} AS link`,
    params: { id, decision },
    row: columns({ link: proposal }),
  };
}

/** Attaches an annotation to a claim, statistic, research gap or misconception; no row when there is no such item. */
export function createAnnotation(itemId: string, note: Record<string, unknown>) {
  return {
    cypher: `MATCH (n:Claim|Statistic|ResearchGap|Misconception {id: $itemId})
CREATE (x:Annotation)-[:ANNOTATES]->(n)
SET x = $annotation
RETURN x {.id, .itemId, .text, .author, .createdAt} AS annotation`,
    params: { itemId, annotation: note },
    row: columns({ annotation }),
  };
}

/** Annotations of several items at once, oldest first (for items fetched without them). */
export function annotationsOfItems(ids: string[]) {
  return {
    cypher: `MATCH (x:Annotation) WHERE x.itemId IN $ids
RETURN x {.id, .itemId, .text, .author, .createdAt} AS annotation
ORDER BY x.createdAt, x.id`,
    params: { ids },
    row: columns({ annotation }),
  };
}

/** Writes one audit record (in the transaction of the change it records). */
export function createAudit(record: Record<string, unknown>) {
  return {
    cypher: `CREATE (x:AuditRecord)
SET x = $record
RETURN x {.*} AS audit`,
    params: { record },
    row: columns({ audit }),
  };
}

export interface AuditFilter {
  targetId: string | null;
  actor: string | null;
}

const AUDIT_WHERE = `($targetId IS NULL OR x.targetId = $targetId OR x.relatedId = $targetId)
  AND ($actor IS NULL OR x.actor = $actor)`;

/** One page of the audit log, newest first, after a position (keyset: stable while records are added), with the total. */
export function listAudit(filter: AuditFilter, after: AuditPosition | null, limit: number) {
  return {
    cypher: `CALL () {
  MATCH (x:AuditRecord)
  WHERE ${AUDIT_WHERE}
  RETURN count(x) AS total
}
CALL () {
  MATCH (x:AuditRecord)
  WHERE ${AUDIT_WHERE}
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id < $afterId))
  WITH x ORDER BY x.at DESC, x.id DESC LIMIT toInteger($take)
  RETURN collect(x {.*}) AS page
}
RETURN total, page`,
    params: { ...filter, afterAt: after?.at ?? null, afterId: after?.id ?? null, take: limit + 1 },
    row: columns({ total: int, page: list(audit) }),
  };
}
