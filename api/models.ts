/** What resolvers pass around: the node properties as stored in Neo4j. */
export interface SourceModel {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  yearNote?: string | null;
  publisher: string | null;
  container?: string | null;
  doi?: string | null;
  kind: string;
  jurisdiction: string | null;
  sha256: string;
  length: number;
  layout: 'document' | 'slides';
  passageCount: number;
  claimCount?: number;
  statisticCount?: number;
}

import type { PassageRole } from '../core/vocabulary.ts';
export type StoredRole = PassageRole;

export interface PassageModel {
  id: string;
  sourceId: string;
  ordinal: number;
  start: number;
  end: number;
  role: StoredRole;
  section: string | null;
  text: string;
  raw: string;
  reading: string | null;
  /** Present when the query that found the passage also fetched its source (no extra round trip). */
  source?: SourceModel;
}

export interface TopicModel {
  id: string;
  name: string;
  description: string;
  claimCount?: number;
  statisticCount?: number;
}

interface AnchoredModel {
  id: string;
  sourceId: string;
  quote: string;
  reading: string | null;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  note: string | null;
  source: SourceModel;
  topicList: TopicModel[];
  /** Curators' annotations, when the projection fetched them (EVIDENCE_PROJECTION does). */
  annotations?: AnnotationModel[];
}

export interface ClaimModel extends AnchoredModel {
  text: string;
  kind: 'finding' | 'assertion' | 'recommendation' | 'definition' | 'method' | 'correction' | 'belief' | 'open-question';
  hedged: boolean;
  stances: { stance: 'CHALLENGES' | 'REINFORCES'; misconception: MisconceptionModel }[];
  raisesList: GapModel[];
}

export interface StatisticModel extends AnchoredModel {
  value: number;
  valueText: string;
  unit: string;
  measure: string;
  population: string | null;
  place: string | null;
  period: string | null;
  approximate: boolean;
  context: string | null;
}

export type EvidenceModel = ({ __typename: 'Claim' } & ClaimModel) | ({ __typename: 'Statistic' } & StatisticModel);

export interface MisconceptionModel {
  id: string;
  belief: string;
  correction: string;
  mentions?: { stance: 'CHALLENGES' | 'REINFORCES'; claim: ClaimModel }[];
  annotations?: AnnotationModel[];
}

export interface GapModel {
  id: string;
  question: string;
  priority: number | null;
  status: string;
  raisedBy?: { priority: number | null; priorityBasis: string | null; claim: ClaimModel }[];
  addressedBy?: EvidenceModel[];
  statusRationale?: string | null;
  annotations?: AnnotationModel[];
}

export interface RelationModel {
  id: string;
  kind: 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES' | 'ASSERTED_VS_OPEN';
  subtype: string | null;
  rationale: string;
  confidence: number;
  status: 'curated' | 'proposed' | 'rejected';
  curator: string;
  createdAt: string;
  /** Set when changed through the API (ISO 8601). */
  updatedAt?: string | null;
  updatedBy?: string | null;
  rejectionReason?: string | null;
  /** The relations file it was loaded from; absent for relations made through the API. */
  file?: string | null;
  from: EvidenceModel;
  to: EvidenceModel;
}

export interface AttributionModel {
  id: string;
  citation: string;
  verdict: 'faithful' | 'distorted' | 'unsupported';
  rationale: string;
  confidence: number;
  curator: string;
  createdAt: string;
  from: EvidenceModel;
  toSource: SourceModel;
  to: EvidenceModel | null;
}

export interface TraceModel {
  item: EvidenceModel;
  attributions: AttributionModel[];
  citedBy: AttributionModel[];
}

export interface ComparisonModel {
  id: string;
  measure: string;
  tolerance: number;
  note: string | null;
  statistics: StatisticModel[];
  results: {
    a: string;
    b: string;
    verdict: 'consistent' | 'conflicting' | 'not-comparable';
    difference: number | null;
    facet: string | null;
    reason: string;
  }[];
}

export interface PairSummaryModel {
  id: string;
  overlap: string;
  summary: string;
  sourceList: SourceModel[];
  evidence: EvidenceModel[];
}

export interface ProposalModel {
  id: string;
  score: number;
  reasons: string[];
  status: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  relationId?: string | null;
  from: EvidenceModel;
  to: EvidenceModel;
}

export interface QuoteModel {
  itemId: string;
  exact: string;
  reading: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  role: StoredRole | null;
}

/** A search hit's node, tagged with its GraphQL type by the query that found it. */
export type SearchNodeModel =
  | ({ __typename: 'Claim' } & ClaimModel)
  | ({ __typename: 'Statistic' } & StatisticModel)
  | ({ __typename: 'Misconception' } & MisconceptionModel)
  | ({ __typename: 'ResearchGap' } & GapModel)
  | ({ __typename: 'Passage' } & PassageModel);

/** A curator's note on a claim, statistic, research gap or misconception: (:Annotation)-[:ANNOTATES]->(item). */
export interface AnnotationModel {
  id: string;
  itemId: string;
  text: string;
  author: string;
  createdAt: string;
}

/** One change made through the API; before and after are JSON objects of the target's properties. */
export interface AuditModel {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: 'PROPOSE_RELATION' | 'ACCEPT_RELATION' | 'REJECT_RELATION' | 'EDIT_RELATION' | 'ACCEPT_PROPOSED_LINK' | 'REJECT_PROPOSED_LINK' | 'ANNOTATE';
  targetId: string;
  relatedId: string | null;
  before: string | null;
  after: string;
  requestId: string;
}

/** An item's curated links in brief (LinkSummary). */
export interface LinkSummaryModel {
  supports: number;
  contradicts: number;
  qualifies: number;
  citedBy: number;
  cites: { verdict: 'FAITHFUL' | 'DISTORTED' | 'UNSUPPORTED'; toSource: SourceModel }[];
}
