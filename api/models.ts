/**
 * What resolvers pass around: the stored records (core/records.ts) plus what the queries add
 * (the source, topics and annotations fetched with an item, counts). The decoders in
 * api/data/shapes.ts check query results against these shapes.
 */
import type { ClaimRecord, GapRecord, GapStatusRecord, MisconceptionRecord, StatisticRecord, StoredAnchor, TopicRecord } from '../core/records.ts';
import type {
  AttributionVerdictValue,
  ComparisonVerdictValue,
  CandidateStatusValue,
  ItemType,
  PassageRole,
  RelationKindValue,
  RelationStatusValue,
  RelationSubtypeValue,
  SourceLayoutValue,
} from '../core/vocabulary.ts';

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
  layout: SourceLayoutValue;
  /** The counts come with a source's own queries; a source nested in an item has none (see `SOURCE_REF`). */
  passageCount?: number;
  claimCount?: number;
  statisticCount?: number;
  /** Set on sources made by ingesting a document. */
  ingested?: boolean | null;
}

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

export interface TopicModel extends TopicRecord {
  claimCount?: number;
  statisticCount?: number;
}

/** What every anchored item's query adds: its source and topics, and (when fetched) annotations. */
interface Anchored {
  source: SourceModel;
  topicList: TopicModel[];
  /** Curators' annotations, when the projection fetched them (EVIDENCE_PROJECTION does). */
  annotations?: AnnotationModel[];
}

export interface ClaimModel extends StoredAnchor<ClaimRecord>, Anchored {
  stances: { stance: 'CHALLENGES' | 'REINFORCES'; misconception: MisconceptionModel }[];
  raisesList: GapModel[];
}

export interface StatisticModel extends StoredAnchor<StatisticRecord>, Anchored {}

export type EvidenceModel = ({ __typename: 'Claim' } & ClaimModel) | ({ __typename: 'Statistic' } & StatisticModel);

export interface MisconceptionModel extends MisconceptionRecord {
  mentions?: { stance: 'CHALLENGES' | 'REINFORCES'; claim: ClaimModel }[];
  annotations?: AnnotationModel[];
}

export interface GapModel extends GapRecord, GapStatusRecord {
  raisedBy?: { priority: number | null; priorityBasis: string | null; claim: ClaimModel }[];
  addressedBy?: EvidenceModel[];
  annotations?: AnnotationModel[];
}

export interface RelationModel {
  id: string;
  kind: RelationKindValue;
  subtype: RelationSubtypeValue | null;
  rationale: string;
  confidence: number;
  status: RelationStatusValue;
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
  verdict: AttributionVerdictValue;
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
    verdict: ComparisonVerdictValue;
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

export const AUDIT_ACTIONS = [
  'PROPOSE_RELATION',
  'ACCEPT_RELATION',
  'REJECT_RELATION',
  'EDIT_RELATION',
  'ACCEPT_PROPOSED_LINK',
  'REJECT_PROPOSED_LINK',
  'ANNOTATE',
  'RUN_LINK_PROPOSER',
  'ACCEPT_CANDIDATE',
  'REJECT_CANDIDATE',
  'REMOVE_SOURCE',
  'UPLOAD_DOCUMENT',
] as const;
export type AuditActionValue = (typeof AUDIT_ACTIONS)[number];

/** One change made through the API; before and after are JSON objects of the target's properties. */
export interface AuditModel {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: AuditActionValue;
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
  cites: { verdict: AttributionVerdictValue; toSource: SourceModel }[];
}

/** An ingested document's candidate (`:Candidate`), with its context in the passage it sits in. */
export interface CandidateModel {
  id: string;
  sourceId: string;
  type: ItemType;
  status: CandidateStatusValue;
  start: number;
  end: number;
  quote: string;
  contextBefore: string;
  contextAfter: string;
  passageId: string;
  section: string | null;
  cue: string;
  confidence: number;
  topics: string[];
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  measure: string | null;
  approximate: boolean | null;
  itemId: string | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}
