/** Cypher for a claim's, statistic's or gap's breakdown by source: a pure builder, every value a parameter. */
import { CLAIM_PROJECTION, EVIDENCE_PROJECTION } from './evidence.ts';
import { RELATION_SUBTYPES } from '../../core/vocabulary.ts';
import { list, nullable, num, object, oneOf, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';
import { evidence } from '../data/shapes.ts';

const STANCES = ['STATES', 'SUPPORTS', 'CITES', 'ASSERTS', 'ADDRESSES', 'QUALIFIES', 'RAISES_AS_OPEN', 'CONTRADICTS'] as const;

/**
 * Every curated link that gives another statement's stance on the item: the item itself (STATES),
 * relations in either direction, citations either way, statements raising a gap and evidence
 * answering it. The silent sources come from the sources list the API keeps (every source would
 * be read here on every request otherwise: 500 of them at 100×).
 */
export function consensusOf(id: string) {
  return {
    cypher: `MATCH (x:Claim|Statistic|ResearchGap {id: $id})
RETURN x.id AS id,
  CASE WHEN x:Claim THEN 'CLAIM' WHEN x:Statistic THEN 'STATISTIC' ELSE 'RESEARCH_GAP' END AS type,
  coalesce(x.text, x.question) AS text, x.valueText AS valueText, x.unit AS unit, x.measure AS measure,
  CASE WHEN x:ResearchGap THEN [] ELSE [{stance: 'STATES', evidence: ${EVIDENCE_PROJECTION('x')}}] END
  + [(x)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN]-(y) WHERE r.status = 'curated' | {
      stance: CASE WHEN type(r) <> 'ASSERTED_VS_OPEN' THEN type(r) WHEN startNode(r) = x THEN 'RAISES_AS_OPEN' ELSE 'ASSERTS' END,
      subtype: r.subtype, rationale: r.rationale, confidence: r.confidence, evidence: ${EVIDENCE_PROJECTION('y')}}]
  + [(x)-[r:ATTRIBUTES_TO]-(y) WHERE (y:Claim OR y:Statistic) AND r.status = 'curated' | {
      stance: 'CITES', rationale: CASE WHEN startNode(r) = x THEN 'Cited by this statement' ELSE 'Cites this statement' END + ' (' + r.verdict + '): ' + r.rationale,
      confidence: r.confidence, evidence: ${EVIDENCE_PROJECTION('y')}}]
  + [(c:Claim)-[r:RAISES]->(x) | {stance: 'RAISES_AS_OPEN', rationale: r.priorityBasis, evidence: ${CLAIM_PROJECTION('c')}}]
  + [(n)-[r:ADDRESSES]->(x) | {stance: 'ADDRESSES', rationale: r.status + ': ' + r.rationale, evidence: ${EVIDENCE_PROJECTION('n')}}]
  AS stances`,
    params: { id },
    row: columns({
      id: str,
      type: oneOf(['CLAIM', 'STATISTIC', 'RESEARCH_GAP'] as const),
      text: nullable(str),
      valueText: nullable(str),
      unit: nullable(str),
      measure: nullable(str),
      stances: list(
        object({ stance: oneOf(STANCES), subtype: nullable(oneOf(RELATION_SUBTYPES)), rationale: nullable(str), confidence: nullable(num), evidence }),
      ),
    }),
  };
}
