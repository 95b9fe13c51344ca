/**
 * Decoders of the models (api/models.ts) as the Cypher projections return them: every query's
 * row decoder is built from these, so a projection that drifts from its model fails loudly at
 * the query, not as a wrong field somewhere in a response.
 */
import {
  ATTRIBUTION_VERDICTS,
  CANDIDATE_STATUSES,
  COMPARISON_VERDICTS,
  CURATED_CLAIM_KINDS,
  GAP_STATUSES,
  ITEM_TYPES,
  MENTION_CLAIM_KINDS,
  PASSAGE_ROLES,
  RELATION_KINDS,
  RELATION_STATUSES,
  RELATION_SUBTYPES,
  SOURCE_LAYOUTS,
} from '../../core/vocabulary.ts';
import {
  AUDIT_ACTIONS,
  type AnnotationModel,
  type AttributionModel,
  type AuditModel,
  type CandidateModel,
  type ClaimModel,
  type ComparisonModel,
  type EvidenceModel,
  type GapModel,
  type MisconceptionModel,
  type PairSummaryModel,
  type PassageModel,
  type ProposalModel,
  type RelationModel,
  type SearchNodeModel,
  type SourceModel,
  type StatisticModel,
  type TopicModel,
} from '../models.ts';
import { bool, int, lazy, list, nullable, num, object, oneOf, optional, str, byTypename, type Decoder } from './decode.ts';

const nstr = nullable(str);

export const source: Decoder<SourceModel> = object<SourceModel>({
  id: str,
  title: str,
  authors: list(str),
  year: nullable(int),
  yearNote: nstr,
  publisher: nstr,
  container: nstr,
  doi: nstr,
  kind: str,
  jurisdiction: nstr,
  sha256: str,
  length: int,
  layout: oneOf(SOURCE_LAYOUTS),
  passageCount: optional(int),
  claimCount: optional(int),
  statisticCount: optional(int),
  ingested: optional(nullable(bool)),
});

export const passage: Decoder<PassageModel> = object<PassageModel>({
  id: str,
  sourceId: str,
  ordinal: int,
  start: int,
  end: int,
  role: oneOf(PASSAGE_ROLES),
  section: nstr,
  text: str,
  raw: str,
  reading: nstr,
  source: optional(source),
});

export const topic: Decoder<TopicModel> = object<TopicModel>({
  id: str,
  name: str,
  description: str,
  claimCount: optional(int),
  statisticCount: optional(int),
});

export const annotation: Decoder<AnnotationModel> = object<AnnotationModel>({ id: str, itemId: str, text: str, author: str, createdAt: str });
const annotations = optional(list(annotation));
const stance = oneOf(['CHALLENGES', 'REINFORCES'] as const);

const anchored = {
  id: str,
  sourceId: str,
  file: str,
  quote: str,
  reading: nstr,
  start: int,
  end: int,
  prefix: str,
  suffix: str,
  topics: list(str),
  note: nstr,
  source,
  topicList: list(topic),
  annotations,
};

export const claim: Decoder<ClaimModel> = object<ClaimModel>({
  ...anchored,
  text: str,
  kind: oneOf([...CURATED_CLAIM_KINDS, ...MENTION_CLAIM_KINDS]),
  hedged: bool,
  stances: list(object({ stance, misconception: lazy(() => misconception) })),
  raisesList: list(lazy(() => gap)),
});

export const statistic: Decoder<StatisticModel> = object<StatisticModel>({
  ...anchored,
  value: num,
  low: nullable(num),
  high: nullable(num),
  valueText: str,
  unit: str,
  measure: str,
  population: nstr,
  place: nstr,
  period: nstr,
  approximate: bool,
  context: nstr,
});

/** A claim or a statistic, told apart by the __typename the projection sets. */
export const evidence: Decoder<EvidenceModel> = byTypename({ Claim: claim, Statistic: statistic });

export const misconception: Decoder<MisconceptionModel> = object<MisconceptionModel>({
  id: str,
  belief: str,
  correction: str,
  definedBy: str,
  mentions: optional(list(object({ stance, claim }))),
  annotations,
});

export const gap: Decoder<GapModel> = object<GapModel>({
  id: str,
  question: str,
  definedBy: str,
  priority: nullable(num),
  status: oneOf(GAP_STATUSES),
  statusRationale: nstr,
  raisedBy: optional(list(object({ priority: nullable(num), priorityBasis: nstr, claim }))),
  addressedBy: optional(list(evidence)),
  annotations,
});

export const relation: Decoder<RelationModel> = object<RelationModel>({
  id: str,
  kind: oneOf(RELATION_KINDS),
  subtype: nullable(oneOf(RELATION_SUBTYPES)),
  rationale: str,
  confidence: num,
  status: oneOf(RELATION_STATUSES),
  curator: str,
  createdAt: str,
  updatedAt: nstr,
  updatedBy: nstr,
  rejectionReason: nstr,
  file: nstr,
  from: evidence,
  to: evidence,
});

export const attribution: Decoder<AttributionModel> = object<AttributionModel>({
  id: str,
  citation: str,
  verdict: oneOf(ATTRIBUTION_VERDICTS),
  rationale: str,
  confidence: num,
  curator: str,
  createdAt: str,
  from: evidence,
  toSource: source,
  to: nullable(evidence),
});

export const comparison: Decoder<ComparisonModel> = object<ComparisonModel>({
  id: str,
  measure: str,
  tolerance: num,
  note: nstr,
  statistics: list(statistic),
  results: list(
    object<ComparisonModel['results'][number]>({
      a: str,
      b: str,
      verdict: oneOf(COMPARISON_VERDICTS),
      difference: nullable(num),
      facet: nstr,
      reason: str,
    }),
  ),
});

export const pairSummary: Decoder<PairSummaryModel> = object<PairSummaryModel>({
  id: str,
  overlap: str,
  summary: str,
  sourceList: list(source),
  evidence: list(evidence),
});

export const proposal: Decoder<ProposalModel> = object<ProposalModel>({
  id: str,
  score: num,
  reasons: list(str),
  status: str,
  decidedBy: nstr,
  decidedAt: nstr,
  reason: nstr,
  relationId: nstr,
  from: evidence,
  to: evidence,
});

export const audit: Decoder<AuditModel> = object<AuditModel>({
  id: str,
  at: str,
  actor: str,
  role: str,
  action: oneOf(AUDIT_ACTIONS),
  targetId: str,
  relatedId: nstr,
  before: nstr,
  after: str,
  requestId: str,
});

/** A search hit's node: an item or a passage, by the __typename the search projection sets. */
export const searchNode: Decoder<SearchNodeModel> = byTypename({
  Claim: claim,
  Statistic: statistic,
  Misconception: misconception,
  ResearchGap: gap,
  Passage: passage,
});

const nnum = nullable(num);

export const candidate: Decoder<CandidateModel> = object<CandidateModel>({
  id: str,
  sourceId: str,
  type: oneOf(ITEM_TYPES),
  status: oneOf(CANDIDATE_STATUSES),
  start: int,
  end: int,
  quote: str,
  contextBefore: str,
  contextAfter: str,
  passageId: str,
  section: nstr,
  cue: str,
  confidence: num,
  topics: list(str),
  value: nnum,
  low: nnum,
  high: nnum,
  unit: nstr,
  measure: nstr,
  approximate: nullable(bool),
  itemId: nstr,
  reason: nstr,
  decidedBy: nstr,
  decidedAt: nstr,
});
