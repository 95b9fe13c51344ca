import type { GraphQLResolveInfo } from 'graphql';
import type { SourceModel, PassageModel, TopicModel, ClaimModel, StatisticModel, EvidenceModel, MisconceptionModel, GapModel, QuoteModel, RelationModel, AttributionModel, TraceModel, ComparisonModel, PairSummaryModel, ProposalModel, SearchNodeModel, CandidateModel } from '../models.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * What a curator may change when accepting a candidate. start/end (both or neither) move the quote:
 * the new span must be a verbatim slice of the stored text, and quote, when given, must equal it.
 */
export type AcceptCandidateInput = {
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  belief?: InputMaybe<Scalars['String']['input']>;
  correction?: InputMaybe<Scalars['String']['input']>;
  end?: InputMaybe<Scalars['Int']['input']>;
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
  high?: InputMaybe<Scalars['Float']['input']>;
  /** A claim's kind (claims only); default FINDING. */
  kind?: InputMaybe<ClaimKind>;
  low?: InputMaybe<Scalars['Float']['input']>;
  measure?: InputMaybe<Scalars['String']['input']>;
  /** Research gaps: the question the gap asks (ending in ?); default: the quote when it is a question. */
  question?: InputMaybe<Scalars['String']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Misconceptions: whether the source challenges (default) or reinforces the belief, and the belief and its correction. */
  stance?: InputMaybe<Stance>;
  start?: InputMaybe<Scalars['Int']['input']>;
  /** The proposition as the curator states it (claims, misconceptions, gaps); default: the quote. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Topic ids (at least one); default: the suggested topics. */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Statistics: the figure, its range bounds (both or neither), how it is written, its unit and what it measures. */
  value?: InputMaybe<Scalars['Float']['input']>;
  valueText?: InputMaybe<Scalars['String']['input']>;
};

export type AcceptProposedLinkInput = {
  /** From 0 to 1; default 0.7. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  kind: RelationKind;
  rationale: Scalars['String']['input'];
  subtype?: InputMaybe<RelationSubtype>;
};

/** A curator's note on an item. */
export type Annotation = {
  __typename?: 'Annotation';
  /** The name of the token that wrote it. */
  author: Scalars['String']['output'];
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The annotated claim, statistic, research gap or misconception. */
  itemId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type AnnotationChange = {
  __typename?: 'AnnotationChange';
  annotation: Annotation;
  audit: AuditRecord;
};

export type Attribution = {
  __typename?: 'Attribution';
  /** The citation as the citing source writes it. */
  citation: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  from: Evidence;
  id: Scalars['ID']['output'];
  rationale: Scalars['String']['output'];
  /** What the cited source actually says (null when it does not contain it). */
  to: Maybe<Evidence>;
  toSource: Source;
  verdict: AttributionVerdict;
};

export type AttributionVerdict =
  /** Restated with a different meaning, scope or period. */
  | 'distorted'
  /** The primary source says what the secondary source says it says. */
  | 'faithful'
  /** The cited source does not contain it. */
  | 'unsupported';

export type AuditAction =
  /** An ingested document's candidate became an evidence item (relatedId: the item). */
  | 'ACCEPT_CANDIDATE'
  | 'ACCEPT_PROPOSED_LINK'
  | 'ACCEPT_RELATION'
  | 'ANNOTATE'
  | 'EDIT_RELATION'
  | 'PROPOSE_RELATION'
  /** An ingested document's candidate was rejected, with the reason. */
  | 'REJECT_CANDIDATE'
  | 'REJECT_PROPOSED_LINK'
  | 'REJECT_RELATION'
  /** An ingested source was removed with its passages, candidates, items and their relations (targetId: the source). */
  | 'REMOVE_SOURCE'
  /** The link proposer was run (targetId: proposer). */
  | 'RUN_LINK_PROPOSER'
  /** A document was uploaded for ingestion (targetId: the source id, or the file name when it was refused); after holds file, bytes, sha256, sourceId, outcome (INGESTED, REFUSED or FAILED) and the message of a refusal. */
  | 'UPLOAD_DOCUMENT';

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditRecord;
};

/** One change made through the API: who, when, what, and the properties before and after. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  action: AuditAction;
  /** The token's name. */
  actor: Scalars['String']['output'];
  /** The properties after the change, as a JSON object. */
  after: Scalars['String']['output'];
  /** ISO 8601. */
  at: Scalars['String']['output'];
  /** The target's properties before the change, as a JSON object (null when the change created it). */
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Another item the change made: the relation an accepted link became, or the annotation. */
  relatedId: Maybe<Scalars['ID']['output']>;
  /** The request's id (the x-request-id header of the response). */
  requestId: Scalars['String']['output'];
  /** The token's role. */
  role: Scalars['String']['output'];
  /** The changed relation or proposed link, or the annotated item. */
  targetId: Scalars['ID']['output'];
};

/**
 * Something the extractor proposes as evidence in an ingested document: a span of its stored text
 * with exact offsets. Not evidence until a curator accepts it.
 */
export type Candidate = {
  __typename?: 'Candidate';
  approximate: Maybe<Scalars['Boolean']['output']>;
  confidence: Scalars['Float']['output'];
  contextAfter: Scalars['String']['output'];
  /** Up to 240 characters of the passage before and after the quote, for reading it in context. */
  contextBefore: Scalars['String']['output'];
  /** Why it was proposed: the cue phrase, the section or the number pattern. */
  cue: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['String']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  high: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** The evidence item made from it (accepted only). */
  itemId: Maybe<Scalars['ID']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  measure: Maybe<Scalars['String']['output']>;
  passageId: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  /** The curator's reason (rejected only). */
  reason: Maybe<Scalars['String']['output']>;
  section: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  /** Offsets into the source's stored text; quote is exactly its slice. */
  start: Scalars['Int']['output'];
  status: CandidateStatus;
  /** Suggested topic ids. */
  topics: Array<Scalars['ID']['output']>;
  type: CandidateType;
  unit: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  edges: Array<CandidateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CandidateDecision = {
  __typename?: 'CandidateDecision';
  audit: AuditRecord;
  candidate: Candidate;
  /** The evidence item made (accepted only): a claim (also for gaps and misconceptions, as the seed stores them) or a statistic. */
  item: Maybe<Evidence>;
};

export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  cursor: Scalars['String']['output'];
  node: Candidate;
};

export type CandidateStatus =
  /** Accepted: an evidence item was made from it (itemId). */
  | 'accepted'
  /** Waiting for review; never shown as evidence. */
  | 'proposed'
  /** Rejected, with the curator's reason. */
  | 'rejected';

export type CandidateType =
  | 'claim'
  | 'gap'
  | 'misconception'
  | 'statistic';

export type CitationBadge = {
  __typename?: 'CitationBadge';
  toSource: Source;
  verdict: AttributionVerdict;
};

export type Claim = Evidence & {
  __typename?: 'Claim';
  annotations: Array<Annotation>;
  /** The source hedges it (may, suggests, likely…). */
  hedged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  links: LinkSummary;
  /** Misconceptions this statement corrects or repeats. */
  misconceptions: Array<MisconceptionStance>;
  note: Maybe<Scalars['String']['output']>;
  quote: Quote;
  /** Research gaps this statement raises. */
  raises: Array<ResearchGap>;
  source: Source;
  /** A neutral one-sentence proposition in our words. */
  text: Scalars['String']['output'];
  topics: Array<Topic>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimKind =
  | 'assertion'
  /** A statement that repeats a misconception. */
  | 'belief'
  /** A statement that corrects a misconception. */
  | 'correction'
  | 'definition'
  | 'finding'
  | 'method'
  /** A statement that raises a research gap. */
  | 'open-question'
  | 'recommendation';

export type ComparisonFilter = {
  /** Groups whose measure contains these words. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** Groups with a statistic from one of these sources. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Groups with at least one result of these verdicts. */
  verdicts?: InputMaybe<Array<ComparisonVerdict>>;
};

export type ComparisonResult = {
  __typename?: 'ComparisonResult';
  a: Statistic;
  b: Statistic;
  /** b minus a, in the shared unit. */
  difference: Maybe<Scalars['Float']['output']>;
  /** The facet that makes the two not comparable (unit, population, place, period). */
  facet: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  verdict: ComparisonVerdict;
};

export type ComparisonVerdict =
  | 'conflicting'
  | 'consistent'
  | 'not-comparable';

export type Consensus = {
  __typename?: 'Consensus';
  id: Scalars['ID']['output'];
  /** Sources with no evidence linked to it. */
  silent: Array<Source>;
  stances: Array<SourceStance>;
  /** The claim's text or the gap's question. */
  subject: Scalars['String']['output'];
  type: GraphNodeType;
};

export type ConsensusStance =
  /** Holds evidence that (partly) answers the gap. */
  | 'ADDRESSES'
  /** States as fact what the item raises as open. */
  | 'ASSERTS'
  /** Attributes the item's content to its source. */
  | 'CITES'
  | 'CONTRADICTS'
  | 'QUALIFIES'
  /** Raises as an open question what the item states as fact (or, for a gap: raises the gap). */
  | 'RAISES_AS_OPEN'
  /** The item's own source states it. */
  | 'STATES'
  | 'SUPPORTS';

/** Fields to change; those left out keep their value (subtype: null removes it). */
export type EditRelationInput = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  kind?: InputMaybe<RelationKind>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  subtype?: InputMaybe<RelationSubtype>;
};

export type Evidence = {
  /** Curators' notes on the item, oldest first. */
  annotations: Array<Annotation>;
  id: Scalars['ID']['output'];
  /** Counts of the item's curated links and its citations (batched over a response). */
  links: LinkSummary;
  /** A curator's note on the item, if any. */
  note: Maybe<Scalars['String']['output']>;
  quote: Quote;
  source: Source;
  topics: Array<Topic>;
};

/** Filters shared by the evidence lists. All given conditions must hold; a list matches any of its values. */
export type EvidenceFilter = {
  /** Claim kinds (claims only). */
  kinds?: InputMaybe<Array<ClaimKind>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Words that must occur in the item's text or quote (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type EvidenceMap = {
  __typename?: 'EvidenceMap';
  cells: Array<EvidenceMapCell>;
  sources: Array<Source>;
  topics: Array<Topic>;
};

export type EvidenceMapCell = {
  __typename?: 'EvidenceMapCell';
  /** Curated SUPPORTS links from or to this source's items on this topic. */
  agreements: Scalars['Int']['output'];
  /** Curated claims (findings, assertions, recommendations, definitions, methods). */
  claims: Scalars['Int']['output'];
  /** Curated disagreements from or to this source's items on this topic: CONTRADICTS (both cannot be true) and QUALIFIES (a tension that depends on a facet). Under the curation standard this corpus has no outright contradiction, so the count is the qualifications. */
  contradictions: Scalars['Int']['output'];
  /** Statements raising a research gap. */
  gaps: Scalars['Int']['output'];
  source: Scalars['ID']['output'];
  statistics: Scalars['Int']['output'];
  topic: Scalars['ID']['output'];
};

/** Where an evidence item's quote lies in a source, for highlighting in the reader. */
export type EvidenceSpan = {
  __typename?: 'EvidenceSpan';
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: Maybe<ClaimKind>;
  /** The claim text or the statistic's measure. */
  label: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  type: EvidenceType;
};

export type EvidenceType =
  | 'CLAIM'
  | 'STATISTIC';

export type GapOrder =
  /** The documented priority order: unanswered first, then most raising sources, then the source's own rating (unrated last), then A–Z. */
  | 'PRIORITY'
  /** A–Z (case-insensitive). */
  | 'QUESTION'
  /** The source's own rating, highest first; unrated gaps last (in either direction). */
  | 'RATING'
  /** Most raising sources first. */
  | 'SOURCES'
  /** Open, then partly addressed, then addressed. */
  | 'STATUS'
  /** The first topic's name (of the raising statements' topics, A–Z), A–Z; gaps without topics last. */
  | 'TOPICS';

export type GapPriorityTier =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type GapRaising = {
  __typename?: 'GapRaising';
  claim: Claim;
  priority: Maybe<Scalars['Float']['output']>;
  priorityBasis: Maybe<Scalars['String']['output']>;
};

export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  focus: Array<Scalars['ID']['output']>;
  nodes: Array<GraphNode>;
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  kind: GraphEdgeKind;
  /** Attribution verdict, gap-address status, or the relation's rationale in short. */
  label: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  status: Maybe<RelationStatus>;
  subtype: Maybe<RelationSubtype>;
  target: Scalars['ID']['output'];
};

export type GraphEdgeKind =
  /** Evidence that (partly) answers a research gap. */
  | 'ADDRESSES'
  | 'ASSERTED_VS_OPEN'
  /** A statement attributes a finding or figure to another source. */
  | 'ATTRIBUTES_TO'
  /** A statement corrects a misconception. */
  | 'CHALLENGES'
  | 'CONTRADICTS'
  /** From a group node to the node whose neighbours it stands for. */
  | 'MORE'
  /** A link suggested by the proposer (status PROPOSED). */
  | 'PROPOSED'
  | 'QUALIFIES'
  /** A statement raises a research gap. */
  | 'RAISES_GAP'
  /** A statement repeats a misconception. */
  | 'REINFORCES'
  | 'SUPPORTS';

/** One opened node (or a topic or source of the focus): its neighbours from offset (0 to expand, a group's nextOffset to show more). */
export type GraphExpansion = {
  id: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type GraphFilter = {
  kinds?: InputMaybe<Array<GraphEdgeKind>>;
  /** Items of these sources (gaps and misconceptions are kept when linked to a kept item). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Relation statuses; default curated only (PROPOSED shows the proposer's links). */
  statuses?: InputMaybe<Array<RelationStatus>>;
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<GraphNodeType>>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** Neighbours under the filter, shown or not. */
  degree: Scalars['Int']['output'];
  /** For a GROUP: the node whose neighbours it stands for, how many, and the offset to ask for. */
  groupOf: Maybe<Scalars['ID']['output']>;
  hiddenCount: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Claim kind, gap status, or source kind. */
  kind: Maybe<Scalars['String']['output']>;
  /** Short text for the node: claim text, figure and measure, gap question, belief, or citation. */
  label: Scalars['String']['output'];
  nextOffset: Maybe<Scalars['Int']['output']>;
  /** The source the item comes from (null for gaps, misconceptions and groups). */
  sourceId: Maybe<Scalars['ID']['output']>;
  topics: Array<Scalars['ID']['output']>;
  type: GraphNodeType;
};

export type GraphNodeType =
  | 'CLAIM'
  /** Stands for neighbours not shown yet; expand it with neighbours(id: node, offset). */
  | 'GROUP'
  | 'MISCONCEPTION'
  | 'RESEARCH_GAP'
  | 'SOURCE'
  | 'STATISTIC';

export type LinkProposerRun = {
  __typename?: 'LinkProposerRun';
  audit: AuditRecord;
  /** Candidate links the proposer found. */
  candidates: Scalars['Int']['output'];
  /** Links now waiting for a curator's decision. */
  waiting: Scalars['Int']['output'];
};

/** An item's curated links in brief, for badges: how many of each, and what it cites. */
export type LinkSummary = {
  __typename?: 'LinkSummary';
  /** Statements of other sources that cite this one. */
  citedBy: Scalars['Int']['output'];
  /** What this statement attributes to other corpus documents, with the verdicts. */
  cites: Array<CitationBadge>;
  contradicts: Scalars['Int']['output'];
  qualifies: Scalars['Int']['output'];
  supports: Scalars['Int']['output'];
};

export type Misconception = {
  __typename?: 'Misconception';
  /** Curators' notes on the misconception, oldest first. */
  annotations: Array<Annotation>;
  belief: Scalars['String']['output'];
  correction: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mentions: Array<MisconceptionMention>;
};

export type MisconceptionMention = {
  __typename?: 'MisconceptionMention';
  claim: Claim;
  stance: Stance;
};

export type MisconceptionStance = {
  __typename?: 'MisconceptionStance';
  misconception: Misconception;
  stance: Stance;
};

/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a candidate of an ingested document: makes the evidence item (with its topics, passages, and for gaps and misconceptions the gap or misconception it mentions) and marks the candidate accepted. Audited. */
  acceptCandidate: CandidateDecision;
  /** Accepts one of the proposer's links: creates a curated relation of the kind the curator chooses and marks the link accepted. */
  acceptProposedLink: ProposedLinkDecision;
  /** Accepts a relation: a proposed (or rejected) relation becomes CURATED, with the token's holder as its curator. */
  acceptRelation: RelationChange;
  /** Attaches a note to a claim, statistic, research gap or misconception. */
  annotate: AnnotationChange;
  /** Edits a relation; a new kind replaces the relationship with one of the new type, keeping its id and properties. */
  editRelation: RelationChange;
  /** Proposes a relation (status PROPOSED) between evidence items of two different sources. */
  proposeRelation: RelationChange;
  /** Rejects a candidate with the curator's reason; it stays recorded as rejected. Audited. */
  rejectCandidate: CandidateDecision;
  /** Rejects one of the proposer's links, so it is not offered again. */
  rejectProposedLink: ProposedLinkDecision;
  /** Rejects a relation: a proposed (or curated) relation becomes REJECTED, with the reason if given. */
  rejectRelation: RelationChange;
  /** Removes an ingested source: its passages, candidates, the items accepted from it, what only they defined, and every relation touching them, in one audited transaction. dryRun lists what would go and writes nothing. Curated corpus sources cannot be removed. */
  removeIngestedSource: SourceRemoval;
  /** Runs the link proposer over the whole graph and stores its candidate links for review (pairs already related or decided are left out). Curator token required; audited. */
  runLinkProposer: LinkProposerRun;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationAcceptCandidateArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<AcceptCandidateInput>;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationAcceptProposedLinkArgs = {
  id: Scalars['ID']['input'];
  input: AcceptProposedLinkInput;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationAcceptRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationAnnotateArgs = {
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationEditRelationArgs = {
  id: Scalars['ID']['input'];
  input: EditRelationInput;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationProposeRelationArgs = {
  input: ProposeRelationInput;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationRejectCandidateArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationRejectProposedLinkArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationRejectRelationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation. Every mutation needs `Authorization: Bearer <token>` with a curator token (tokens are
 * configured in TRIANGULATE_TOKENS): without a known token it answers UNAUTHENTICATED (HTTP 401),
 * with a viewer token FORBIDDEN (403); invalid input answers BAD_USER_INPUT naming the field. Each
 * change and its audit record are written in one transaction: both or neither.
 */
export type MutationRemoveIngestedSourceArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PairSummary = {
  __typename?: 'PairSummary';
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** substantial, some, little or none */
  overlap: Scalars['String']['output'];
  sources: Array<Source>;
  summary: Scalars['String']['output'];
};

export type Passage = {
  __typename?: 'Passage';
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  ordinal: Scalars['Int']['output'];
  /** The exact raw characters: equal to the file's text from start to end. */
  raw: Scalars['String']['output'];
  /** The raw characters with damaged runs decoded; same length as raw, so offsets carry over. */
  reading: Scalars['String']['output'];
  role: PassageRole;
  section: Maybe<Scalars['String']['output']>;
  source: Source;
  /** Character offsets [start, end) into the unmodified source file. */
  start: Scalars['Int']['output'];
  /** Display text: joined lines, decoded where the source's font was damaged. */
  text: Scalars['String']['output'];
};

export type PassageConnection = {
  __typename?: 'PassageConnection';
  edges: Array<PassageEdge>;
  /** Whether passages come before this page (ask for them with before: the first edge's cursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PassageEdge = {
  __typename?: 'PassageEdge';
  cursor: Scalars['String']['output'];
  node: Passage;
};

export type PassageRole =
  | 'body'
  | 'caption'
  | 'footnote'
  | 'heading'
  | 'pageFurniture'
  | 'table';

export type ProposeRelationInput = {
  /** From 0 to 1. */
  confidence: Scalars['Float']['input'];
  /** A claim or statistic. */
  from: Scalars['ID']['input'];
  kind: RelationKind;
  /** Why the two are related, in 10 to 1000 characters. */
  rationale: Scalars['String']['input'];
  /** Required for CONTRADICTS and QUALIFIES. */
  subtype?: InputMaybe<RelationSubtype>;
  /** A claim or statistic of another source (for ASSERTED_VS_OPEN: a statement raising the matter as open). */
  to: Scalars['ID']['input'];
};

export type ProposedLink = {
  __typename?: 'ProposedLink';
  decidedAt: Maybe<Scalars['String']['output']>;
  /** Who accepted or rejected it. */
  decidedBy: Maybe<Scalars['String']['output']>;
  from: Evidence;
  id: Scalars['ID']['output'];
  /** The curator's reason for a rejection. */
  reason: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
  /** The relation made from it, when accepted. */
  relationId: Maybe<Scalars['ID']['output']>;
  score: Scalars['Float']['output'];
  status: Scalars['String']['output'];
  to: Evidence;
};

export type ProposedLinkDecision = {
  __typename?: 'ProposedLinkDecision';
  audit: AuditRecord;
  link: ProposedLink;
  /** The curated relation made from the link (null when rejected). */
  relation: Maybe<Relation>;
};

/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type Query = {
  __typename?: 'Query';
  /** Every statement that cites another corpus document, with the cited statement and the verdict (citing source, then position). */
  attributions: Array<Attribution>;
  /** The audit trail of curation changes, newest first; filter by the changed item (relation, link or annotated item) and by who made the change. Needs a viewer or curator token (it names curators and request ids). */
  auditLog: AuditConnection;
  /** An ingested source's candidates in text order, filtered by type and status (default: PROPOSED). Curator token required. */
  candidates: CandidateConnection;
  /** Claims (including statements that correct or repeat a misconception or raise a gap), in source order. */
  claims: ClaimConnection;
  /**
   * For a claim or a research gap: each source's stance on it, with the quote it rests on, the
   * source's kind and date. An auditable breakdown, not a score; sources with nothing on it are listed as silent.
   */
  consensus: Maybe<Consensus>;
  /** One claim or statistic by id, with its quote in the context of its passage. */
  evidence: Maybe<Evidence>;
  /** The topic by source matrix: what evidence each source holds on each topic, where sources agree and conflict, and which gaps they raise. A cell's items are listed by claims/statistics/researchGaps with filter {topics: [topic], sources: [source]}. */
  evidenceMap: EvidenceMap;
  /**
   * Cytoscape-ready elements around a focus: the focus nodes and their neighbours up to depth hops
   * (at most 3), under the filter. A node with more neighbours than neighbourLimit shows the first
   * ones and a group standing for the rest, with its count: nothing is dropped silently. Without a
   * focus, starts from the most contested items (most CONTRADICTS and QUALIFIES links). A focus may
   * be an item, a gap, a misconception, a source or a topic (a source or topic stands for its items).
   */
  graph: Graph;
  /** One misconception by id, or null. */
  misconception: Maybe<Misconception>;
  /** Misconceptions with the statements that challenge or repeat them. */
  misconceptions: Array<Misconception>;
  /** The next page of one node's neighbours under the filter (to expand a group of the graph). */
  neighbours: Graph;
  /** A comparison of each pair of sources, resting on quoted evidence. */
  pairSummaries: Array<PairSummary>;
  /** One passage by id, or null. */
  passage: Maybe<Passage>;
  /** Links the proposer suggests, waiting for a curator's decision, best first. */
  proposedLinks: Array<ProposedLink>;
  /** Links between evidence items of different sources, filtered by kind, subtype, source pair, topic and status. */
  relations: RelationConnection;
  /** One research gap by id, or null. */
  researchGap: Maybe<ResearchGap>;
  /**
   * Research gaps with the sources that raise them, a page at a time (the exports /export/gaps.csv and
   * .md list all of them). `reverse` turns the order's own direction round; ties stay in priority order.
   */
  researchGaps: ResearchGapConnection;
  /**
   * One full-text search across claims, statistics, misconceptions, research gaps and passages
   * (running headers and page numbers excluded), best first, with highlights and a count per type.
   * Words are OR-ed with a boost for hits holding all of them; "quoted words" stay a phrase.
   */
  search: SearchConnection;
  /** One source by id, or null. */
  source: Maybe<Source>;
  /** All corpus sources, in a stable order (by year, then title). */
  sources: Array<Source>;
  /** Statistics of different sources that measure the same thing, compared automatically. */
  statisticComparisons: Array<StatisticComparison>;
  /** Statistics, in source order. */
  statistics: StatisticConnection;
  /** The topic taxonomy, with how many items each topic has. */
  topics: Array<Topic>;
  /** A claim or statistic, what it attributes to another source, what that source actually says, and the verdict; and who cites it. */
  trace: Maybe<Trace>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sourceId: Scalars['ID']['input'];
  statuses?: InputMaybe<Array<CandidateStatus>>;
  types?: InputMaybe<Array<CandidateType>>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryConsensusArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryEvidenceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryGraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  expansions?: InputMaybe<Array<GraphExpansion>>;
  filter?: InputMaybe<GraphFilter>;
  focus?: InputMaybe<Array<Scalars['ID']['input']>>;
  neighbourLimit?: InputMaybe<Scalars['Int']['input']>;
  nodeBudget?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryMisconceptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryMisconceptionsArgs = {
  filter?: InputMaybe<EvidenceFilter>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryNeighboursArgs = {
  filter?: InputMaybe<GraphFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryPassageArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryProposedLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryResearchGapArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryResearchGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GapOrder>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchHitType>>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryStatisticComparisonsArgs = {
  filter?: InputMaybe<ComparisonFilter>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryTraceArgs = {
  id: Scalars['ID']['input'];
};

/** A verbatim quote: exactly the characters of the source file between start and end. */
export type Quote = {
  __typename?: 'Quote';
  /** The passage(s) the quote lies in, with the readable text around the quote. */
  context: QuoteContext;
  end: Scalars['Int']['output'];
  /** The exact raw characters. */
  exact: Scalars['String']['output'];
  /** Up to 32 characters before and after (W3C TextQuoteSelector). */
  prefix: Scalars['String']['output'];
  /** The same characters with a damaged font decoded (equal to exact elsewhere). */
  reading: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  suffix: Scalars['String']['output'];
  /** Readable form of the quote: joined lines, decoded. */
  text: Scalars['String']['output'];
};

export type QuoteContext = {
  __typename?: 'QuoteContext';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
  passages: Array<Passage>;
  quote: Scalars['String']['output'];
};

export type Relation = {
  __typename?: 'Relation';
  confidence: Scalars['Float']['output'];
  createdAt: Scalars['String']['output'];
  curator: Scalars['String']['output'];
  from: Evidence;
  id: Scalars['ID']['output'];
  kind: RelationKind;
  rationale: Scalars['String']['output'];
  /** Why it was rejected, where a curator said. */
  rejectionReason: Maybe<Scalars['String']['output']>;
  status: RelationStatus;
  subtype: Maybe<RelationSubtype>;
  to: Evidence;
  /** When it was last changed through the API (ISO 8601), if it was. */
  updatedAt: Maybe<Scalars['String']['output']>;
  /** Who last changed it through the API. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type RelationChange = {
  __typename?: 'RelationChange';
  audit: AuditRecord;
  relation: Relation;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

export type RelationFilter = {
  kinds?: InputMaybe<Array<RelationKind>>;
  /** One source: links touching it. Two or more: links between them. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: curated only. */
  statuses?: InputMaybe<Array<RelationStatus>>;
  subtypes?: InputMaybe<Array<RelationSubtype>>;
  /** Links with an end about one of these topics. */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type RelationKind =
  /** One source states as fact what another raises as an open question. */
  | 'ASSERTED_VS_OPEN'
  | 'CONTRADICTS'
  | 'QUALIFIES'
  | 'SUPPORTS';

export type RelationStatus =
  | 'CURATED'
  | 'PROPOSED'
  | 'REJECTED';

/** Whether a disagreement is direct, or the facet it depends on. */
export type RelationSubtype =
  | 'DEFINITION'
  | 'DIRECT'
  | 'EMPHASIS'
  | 'MEASURE'
  | 'PERIOD'
  | 'PLACE'
  | 'POPULATION'
  | 'SCOPE'
  /** One states a change over time, the other a level or continuing state. */
  | 'TREND';

export type ResearchGap = {
  __typename?: 'ResearchGap';
  /** Evidence from other sources that (partly) answers it. */
  addressedBy: Array<Evidence>;
  /** Curators' notes on the gap, oldest first. */
  annotations: Array<Annotation>;
  id: Scalars['ID']['output'];
  /** The source's own rating: the highest a raising source gives it, where a source rates it (only Merdian et al. 2019 does: a roundtable frequency rating). */
  priority: Maybe<Scalars['Float']['output']>;
  /**
   * Where the gap stands in the documented priority order (see README, Research gaps): HIGH when no
   * source's evidence answers it and two or more sources raise it, MEDIUM when unanswered and
   * raised by one source, LOW when another source's evidence partly or fully answers it.
   */
  priorityTier: GapPriorityTier;
  question: Scalars['String']['output'];
  raisedBy: Array<GapRaising>;
  sourceCount: Scalars['Int']['output'];
  /** open, partly-addressed or addressed, judged against the other sources' evidence */
  status: Scalars['String']['output'];
  statusRationale: Maybe<Scalars['String']['output']>;
  /** The topics of the statements raising it. */
  topics: Array<Topic>;
};

export type ResearchGapConnection = {
  __typename?: 'ResearchGapConnection';
  edges: Array<ResearchGapEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResearchGapEdge = {
  __typename?: 'ResearchGapEdge';
  cursor: Scalars['String']['output'];
  node: ResearchGap;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** How many hits of each type the whole search has (not just this page), each possibly capped. */
  countsByType: Array<SearchTypeCount>;
  edges: Array<SearchHit>;
  pageInfo: PageInfo;
  /** Whether some type's count is capped, so the search has more hits than totalCount. */
  totalCapped: Scalars['Boolean']['output'];
  /** Hits that paging reaches (at most 1,000 per index); at least this many when totalCapped. */
  totalCount: Scalars['Int']['output'];
};

export type SearchFilter = {
  /** Hits from these sources (misconceptions and gaps: raised or mentioned by them). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Items about these topics (passages: that hold an item about them). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  cursor: Scalars['String']['output'];
  /** The matched text with the query's words wrapped in [[ and ]], trimmed around the first match. */
  highlight: Scalars['String']['output'];
  node: SearchHitNode;
  score: Scalars['Float']['output'];
  type: SearchHitType;
};

export type SearchHitNode = Claim | Misconception | Passage | ResearchGap | Statistic;

export type SearchHitType =
  | 'CLAIM'
  | 'MISCONCEPTION'
  | 'PASSAGE'
  | 'RESEARCH_GAP'
  | 'STATISTIC';

export type SearchTypeCount = {
  __typename?: 'SearchTypeCount';
  /** The search reads at most the 1,000 best hits of each index (passages; all other types together): when its index had more, count is a lower bound (show it as 1,000+). */
  capped: Scalars['Boolean']['output'];
  /** Hits of this type among the best ones the search reads; at least this many when capped. */
  count: Scalars['Int']['output'];
  type: SearchHitType;
};

export type Source = {
  __typename?: 'Source';
  authors: Array<Scalars['String']['output']>;
  claimCount: Scalars['Int']['output'];
  container: Maybe<Scalars['String']['output']>;
  doi: Maybe<Scalars['String']['output']>;
  /** Every quoted span of this source, in order, for highlighting. */
  evidenceSpans: Array<EvidenceSpan>;
  id: Scalars['ID']['output'];
  /** Added by ingesting a document (npm run ingest or an upload), not part of the curated corpus. */
  ingested: Scalars['Boolean']['output'];
  jurisdiction: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  layout: SourceLayout;
  /** Length of the raw file in characters (UTF-16 code units); every offset is below this. */
  length: Scalars['Int']['output'];
  passageCount: Scalars['Int']['output'];
  /**
   * Passages in reading order, paged by cursor. Filter by role (e.g. leave out page furniture).
   * after: the page after a cursor; before: the page just before a cursor (still in reading order);
   * around: the page holding a passage, or the passage an evidence item of this source is quoted
   * from (by id), with a quarter of the page before it (from the start when the id is unknown).
   * A cursor (before, else after) takes precedence over around.
   */
  passages: PassageConnection;
  publisher: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  statisticCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  year: Maybe<Scalars['Int']['output']>;
  yearNote: Maybe<Scalars['String']['output']>;
};


export type SourcePassagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<PassageRole>>;
};

export type SourceLayout =
  | 'document'
  | 'slides';

/** What removing an ingested source takes away (or, for a dry run, would). */
export type SourceRemoval = {
  __typename?: 'SourceRemoval';
  /** The audit record (null for a dry run). */
  audit: Maybe<AuditRecord>;
  candidates: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** The evidence items made from its candidates. */
  items: Array<Scalars['ID']['output']>;
  /** Research gaps and misconceptions only its items defined and mentioned. */
  mentions: Array<Scalars['ID']['output']>;
  passages: Scalars['Int']['output'];
  /** Relations and links touching its items (curated, proposed and the proposer's). */
  relations: Scalars['Int']['output'];
  sourceId: Scalars['ID']['output'];
};

export type SourceStance = {
  __typename?: 'SourceStance';
  confidence: Maybe<Scalars['Float']['output']>;
  /** The quoted evidence the stance rests on. */
  evidence: Evidence;
  rationale: Maybe<Scalars['String']['output']>;
  source: Source;
  stance: ConsensusStance;
  /** DIRECT or the facet a disagreement depends on; for ADDRESSES: partly or fully in rationale. */
  subtype: Maybe<RelationSubtype>;
};

export type Stance =
  | 'CHALLENGES'
  | 'REINFORCES';

export type Statistic = Evidence & {
  __typename?: 'Statistic';
  annotations: Array<Annotation>;
  /** Written as approximate (around, about, almost…). */
  approximate: Scalars['Boolean']['output'];
  /** Where a table cell: the table, row and column. */
  context: Maybe<Scalars['String']['output']>;
  /** Upper bound, when the figure is a range. */
  high: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  links: LinkSummary;
  /** Lower bound, when the figure is a range (e.g. 20 for "20-40%"). */
  low: Maybe<Scalars['Float']['output']>;
  measure: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  period: Maybe<Scalars['String']['output']>;
  place: Maybe<Scalars['String']['output']>;
  population: Maybe<Scalars['String']['output']>;
  quote: Quote;
  source: Source;
  topics: Array<Topic>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  /** The figure as written. */
  valueText: Scalars['String']['output'];
};

export type StatisticComparison = {
  __typename?: 'StatisticComparison';
  id: Scalars['ID']['output'];
  measure: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  results: Array<ComparisonResult>;
  statistics: Array<Statistic>;
  tolerance: Scalars['Float']['output'];
};

export type StatisticConnection = {
  __typename?: 'StatisticConnection';
  edges: Array<StatisticEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatisticEdge = {
  __typename?: 'StatisticEdge';
  cursor: Scalars['String']['output'];
  node: Statistic;
};

export type Topic = {
  __typename?: 'Topic';
  claimCount: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  statisticCount: Scalars['Int']['output'];
};

export type Trace = {
  __typename?: 'Trace';
  /** What this item attributes to other sources. */
  attributions: Array<Attribution>;
  /** Statements of other sources that attribute to this item. */
  citedBy: Array<Attribution>;
  item: Evidence;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptCandidateInput: AcceptCandidateInput;
  AcceptProposedLinkInput: AcceptProposedLinkInput;
  Annotation: ResolverTypeWrapper<Annotation>;
  AnnotationChange: ResolverTypeWrapper<AnnotationChange>;
  Attribution: ResolverTypeWrapper<AttributionModel>;
  AttributionVerdict: null;
  AuditAction: AuditAction;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Candidate: ResolverTypeWrapper<CandidateModel>;
  CandidateConnection: ResolverTypeWrapper<Omit<CandidateConnection, 'edges'> & { edges: Array<ResolversTypes['CandidateEdge']> }>;
  CandidateDecision: ResolverTypeWrapper<Omit<CandidateDecision, 'candidate' | 'item'> & { candidate: ResolversTypes['Candidate'], item?: Maybe<ResolversTypes['Evidence']> }>;
  CandidateEdge: ResolverTypeWrapper<Omit<CandidateEdge, 'node'> & { node: ResolversTypes['Candidate'] }>;
  CandidateStatus: null;
  CandidateType: null;
  CitationBadge: ResolverTypeWrapper<Omit<CitationBadge, 'toSource'> & { toSource: ResolversTypes['Source'] }>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimKind: null;
  ComparisonFilter: ComparisonFilter;
  ComparisonResult: ResolverTypeWrapper<Omit<ComparisonResult, 'a' | 'b'> & { a: ResolversTypes['Statistic'], b: ResolversTypes['Statistic'] }>;
  ComparisonVerdict: null;
  Consensus: ResolverTypeWrapper<Omit<Consensus, 'silent' | 'stances'> & { silent: Array<ResolversTypes['Source']>, stances: Array<ResolversTypes['SourceStance']> }>;
  ConsensusStance: ConsensusStance;
  EditRelationInput: EditRelationInput;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceFilter: EvidenceFilter;
  EvidenceMap: ResolverTypeWrapper<Omit<EvidenceMap, 'sources' | 'topics'> & { sources: Array<ResolversTypes['Source']>, topics: Array<ResolversTypes['Topic']> }>;
  EvidenceMapCell: ResolverTypeWrapper<EvidenceMapCell>;
  EvidenceSpan: ResolverTypeWrapper<EvidenceSpan>;
  EvidenceType: EvidenceType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapOrder: GapOrder;
  GapPriorityTier: GapPriorityTier;
  GapRaising: ResolverTypeWrapper<Omit<GapRaising, 'claim'> & { claim: ResolversTypes['Claim'] }>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphExpansion: GraphExpansion;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeType: GraphNodeType;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkProposerRun: ResolverTypeWrapper<LinkProposerRun>;
  LinkSummary: ResolverTypeWrapper<Omit<LinkSummary, 'cites'> & { cites: Array<ResolversTypes['CitationBadge']> }>;
  Misconception: ResolverTypeWrapper<MisconceptionModel>;
  MisconceptionMention: ResolverTypeWrapper<Omit<MisconceptionMention, 'claim'> & { claim: ResolversTypes['Claim'] }>;
  MisconceptionStance: ResolverTypeWrapper<Omit<MisconceptionStance, 'misconception'> & { misconception: ResolversTypes['Misconception'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairSummary: ResolverTypeWrapper<PairSummaryModel>;
  Passage: ResolverTypeWrapper<PassageModel>;
  PassageConnection: ResolverTypeWrapper<Omit<PassageConnection, 'edges'> & { edges: Array<ResolversTypes['PassageEdge']> }>;
  PassageEdge: ResolverTypeWrapper<Omit<PassageEdge, 'node'> & { node: ResolversTypes['Passage'] }>;
  PassageRole: null;
  ProposeRelationInput: ProposeRelationInput;
  ProposedLink: ResolverTypeWrapper<ProposalModel>;
  ProposedLinkDecision: ResolverTypeWrapper<Omit<ProposedLinkDecision, 'link' | 'relation'> & { link: ResolversTypes['ProposedLink'], relation?: Maybe<ResolversTypes['Relation']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  QuoteContext: ResolverTypeWrapper<Omit<QuoteContext, 'passages'> & { passages: Array<ResolversTypes['Passage']> }>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationChange: ResolverTypeWrapper<Omit<RelationChange, 'relation'> & { relation: ResolversTypes['Relation'] }>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationKind: RelationKind;
  RelationStatus: RelationStatus;
  RelationSubtype: RelationSubtype;
  ResearchGap: ResolverTypeWrapper<GapModel>;
  ResearchGapConnection: ResolverTypeWrapper<Omit<ResearchGapConnection, 'edges'> & { edges: Array<ResolversTypes['ResearchGapEdge']> }>;
  ResearchGapEdge: ResolverTypeWrapper<Omit<ResearchGapEdge, 'node'> & { node: ResolversTypes['ResearchGap'] }>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHit']> }>;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['SearchHitNode'] }>;
  SearchHitNode: ResolverTypeWrapper<SearchNodeModel>;
  SearchHitType: SearchHitType;
  SearchTypeCount: ResolverTypeWrapper<SearchTypeCount>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceLayout: null;
  SourceRemoval: ResolverTypeWrapper<SourceRemoval>;
  SourceStance: ResolverTypeWrapper<Omit<SourceStance, 'evidence' | 'source'> & { evidence: ResolversTypes['Evidence'], source: ResolversTypes['Source'] }>;
  Stance: Stance;
  Statistic: ResolverTypeWrapper<StatisticModel>;
  StatisticComparison: ResolverTypeWrapper<ComparisonModel>;
  StatisticConnection: ResolverTypeWrapper<Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversTypes['StatisticEdge']> }>;
  StatisticEdge: ResolverTypeWrapper<Omit<StatisticEdge, 'node'> & { node: ResolversTypes['Statistic'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Topic: ResolverTypeWrapper<TopicModel>;
  Trace: ResolverTypeWrapper<TraceModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptCandidateInput: AcceptCandidateInput;
  AcceptProposedLinkInput: AcceptProposedLinkInput;
  Annotation: Annotation;
  AnnotationChange: AnnotationChange;
  Attribution: AttributionModel;
  AuditConnection: AuditConnection;
  AuditEdge: AuditEdge;
  AuditRecord: AuditRecord;
  Boolean: Scalars['Boolean']['output'];
  Candidate: CandidateModel;
  CandidateConnection: Omit<CandidateConnection, 'edges'> & { edges: Array<ResolversParentTypes['CandidateEdge']> };
  CandidateDecision: Omit<CandidateDecision, 'candidate' | 'item'> & { candidate: ResolversParentTypes['Candidate'], item?: Maybe<ResolversParentTypes['Evidence']> };
  CandidateEdge: Omit<CandidateEdge, 'node'> & { node: ResolversParentTypes['Candidate'] };
  CitationBadge: Omit<CitationBadge, 'toSource'> & { toSource: ResolversParentTypes['Source'] };
  Claim: ClaimModel;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ComparisonFilter: ComparisonFilter;
  ComparisonResult: Omit<ComparisonResult, 'a' | 'b'> & { a: ResolversParentTypes['Statistic'], b: ResolversParentTypes['Statistic'] };
  Consensus: Omit<Consensus, 'silent' | 'stances'> & { silent: Array<ResolversParentTypes['Source']>, stances: Array<ResolversParentTypes['SourceStance']> };
  EditRelationInput: EditRelationInput;
  Evidence: EvidenceModel;
  EvidenceFilter: EvidenceFilter;
  EvidenceMap: Omit<EvidenceMap, 'sources' | 'topics'> & { sources: Array<ResolversParentTypes['Source']>, topics: Array<ResolversParentTypes['Topic']> };
  EvidenceMapCell: EvidenceMapCell;
  EvidenceSpan: EvidenceSpan;
  Float: Scalars['Float']['output'];
  GapRaising: Omit<GapRaising, 'claim'> & { claim: ResolversParentTypes['Claim'] };
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphExpansion: GraphExpansion;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LinkProposerRun: LinkProposerRun;
  LinkSummary: Omit<LinkSummary, 'cites'> & { cites: Array<ResolversParentTypes['CitationBadge']> };
  Misconception: MisconceptionModel;
  MisconceptionMention: Omit<MisconceptionMention, 'claim'> & { claim: ResolversParentTypes['Claim'] };
  MisconceptionStance: Omit<MisconceptionStance, 'misconception'> & { misconception: ResolversParentTypes['Misconception'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PairSummary: PairSummaryModel;
  Passage: PassageModel;
  PassageConnection: Omit<PassageConnection, 'edges'> & { edges: Array<ResolversParentTypes['PassageEdge']> };
  PassageEdge: Omit<PassageEdge, 'node'> & { node: ResolversParentTypes['Passage'] };
  ProposeRelationInput: ProposeRelationInput;
  ProposedLink: ProposalModel;
  ProposedLinkDecision: Omit<ProposedLinkDecision, 'link' | 'relation'> & { link: ResolversParentTypes['ProposedLink'], relation?: Maybe<ResolversParentTypes['Relation']> };
  Query: Record<PropertyKey, never>;
  Quote: QuoteModel;
  QuoteContext: Omit<QuoteContext, 'passages'> & { passages: Array<ResolversParentTypes['Passage']> };
  Relation: RelationModel;
  RelationChange: Omit<RelationChange, 'relation'> & { relation: ResolversParentTypes['Relation'] };
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  ResearchGap: GapModel;
  ResearchGapConnection: Omit<ResearchGapConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResearchGapEdge']> };
  ResearchGapEdge: Omit<ResearchGapEdge, 'node'> & { node: ResolversParentTypes['ResearchGap'] };
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHit']> };
  SearchFilter: SearchFilter;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['SearchHitNode'] };
  SearchHitNode: SearchNodeModel;
  SearchTypeCount: SearchTypeCount;
  Source: SourceModel;
  SourceRemoval: SourceRemoval;
  SourceStance: Omit<SourceStance, 'evidence' | 'source'> & { evidence: ResolversParentTypes['Evidence'], source: ResolversParentTypes['Source'] };
  Statistic: StatisticModel;
  StatisticComparison: ComparisonModel;
  StatisticConnection: Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatisticEdge']> };
  StatisticEdge: Omit<StatisticEdge, 'node'> & { node: ResolversParentTypes['Statistic'] };
  String: Scalars['String']['output'];
  Topic: TopicModel;
  Trace: TraceModel;
};

export type AnnotationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Annotation'] = ResolversParentTypes['Annotation']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnnotationChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AnnotationChange'] = ResolversParentTypes['AnnotationChange']> = {
  annotation?: Resolver<ResolversTypes['Annotation'], ParentType, ContextType>;
  audit?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
};

export type AttributionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  toSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['AttributionVerdict'], ParentType, ContextType>;
};

export type AttributionVerdictResolvers = { DISTORTED: 'distorted', FAITHFUL: 'faithful', UNSUPPORTED: 'unsupported' };

export type AuditConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relatedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  approximate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contextAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contextBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CandidateType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CandidateConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CandidateDecisionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateDecision'] = ResolversParentTypes['CandidateDecision']> = {
  audit?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type CandidateEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateEdge'] = ResolversParentTypes['CandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
};

export type CandidateStatusResolvers = { ACCEPTED: 'accepted', PROPOSED: 'proposed', REJECTED: 'rejected' };

export type CandidateTypeResolvers = { CLAIM: 'claim', GAP: 'gap', MISCONCEPTION: 'misconception', STATISTIC: 'statistic' };

export type CitationBadgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CitationBadge'] = ResolversParentTypes['CitationBadge']> = {
  toSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['AttributionVerdict'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  annotations?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkSummary'], ParentType, ContextType>;
  misconceptions?: Resolver<Array<ResolversTypes['MisconceptionStance']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  raises?: Resolver<Array<ResolversTypes['ResearchGap']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimKindResolvers = { ASSERTION: 'assertion', BELIEF: 'belief', CORRECTION: 'correction', DEFINITION: 'definition', FINDING: 'finding', METHOD: 'method', OPEN_QUESTION: 'open-question', RECOMMENDATION: 'recommendation' };

export type ComparisonResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComparisonResult'] = ResolversParentTypes['ComparisonResult']> = {
  a?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  facet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ComparisonVerdict'], ParentType, ContextType>;
};

export type ComparisonVerdictResolvers = { CONFLICTING: 'conflicting', CONSISTENT: 'consistent', NOT_COMPARABLE: 'not-comparable' };

export type ConsensusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Consensus'] = ResolversParentTypes['Consensus']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  silent?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['SourceStance']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['GraphNodeType'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  __resolveType: TypeResolveFn<'Claim' | 'Statistic', ParentType, ContextType>;
};

export type EvidenceMapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceMap'] = ResolversParentTypes['EvidenceMap']> = {
  cells?: Resolver<Array<ResolversTypes['EvidenceMapCell']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type EvidenceMapCellResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceMapCell'] = ResolversParentTypes['EvidenceMapCell']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EvidenceSpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceSpan'] = ResolversParentTypes['EvidenceSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ClaimKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EvidenceType'], ParentType, ContextType>;
};

export type GapRaisingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GapRaising'] = ResolversParentTypes['GapRaising']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priorityBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphEdgeKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['RelationStatus']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['RelationSubtype']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hiddenCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['GraphNodeType'], ParentType, ContextType>;
};

export type LinkProposerRunResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LinkProposerRun'] = ResolversParentTypes['LinkProposerRun']> = {
  audit?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LinkSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LinkSummary'] = ResolversParentTypes['LinkSummary']> = {
  citedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['CitationBadge']>, ParentType, ContextType>;
  contradicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualifies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MisconceptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Misconception'] = ResolversParentTypes['Misconception']> = {
  annotations?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType>;
  belief?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MisconceptionMention']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MisconceptionMentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MisconceptionMention'] = ResolversParentTypes['MisconceptionMention']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type MisconceptionStanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MisconceptionStance'] = ResolversParentTypes['MisconceptionStance']> = {
  misconception?: Resolver<ResolversTypes['Misconception'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCandidate?: Resolver<ResolversTypes['CandidateDecision'], ParentType, ContextType, RequireFields<MutationAcceptCandidateArgs, 'id'>>;
  acceptProposedLink?: Resolver<ResolversTypes['ProposedLinkDecision'], ParentType, ContextType, RequireFields<MutationAcceptProposedLinkArgs, 'id' | 'input'>>;
  acceptRelation?: Resolver<ResolversTypes['RelationChange'], ParentType, ContextType, RequireFields<MutationAcceptRelationArgs, 'id'>>;
  annotate?: Resolver<ResolversTypes['AnnotationChange'], ParentType, ContextType, RequireFields<MutationAnnotateArgs, 'itemId' | 'text'>>;
  editRelation?: Resolver<ResolversTypes['RelationChange'], ParentType, ContextType, RequireFields<MutationEditRelationArgs, 'id' | 'input'>>;
  proposeRelation?: Resolver<ResolversTypes['RelationChange'], ParentType, ContextType, RequireFields<MutationProposeRelationArgs, 'input'>>;
  rejectCandidate?: Resolver<ResolversTypes['CandidateDecision'], ParentType, ContextType, RequireFields<MutationRejectCandidateArgs, 'id' | 'reason'>>;
  rejectProposedLink?: Resolver<ResolversTypes['ProposedLinkDecision'], ParentType, ContextType, RequireFields<MutationRejectProposedLinkArgs, 'id'>>;
  rejectRelation?: Resolver<ResolversTypes['RelationChange'], ParentType, ContextType, RequireFields<MutationRejectRelationArgs, 'id'>>;
  removeIngestedSource?: Resolver<ResolversTypes['SourceRemoval'], ParentType, ContextType, RequireFields<MutationRemoveIngestedSourceArgs, 'dryRun' | 'id'>>;
  runLinkProposer?: Resolver<ResolversTypes['LinkProposerRun'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PairSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PairSummary'] = ResolversParentTypes['PairSummary']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PassageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PassageRole'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PassageConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageConnection'] = ResolversParentTypes['PassageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PassageEdge']>, ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PassageEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageEdge'] = ResolversParentTypes['PassageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
};

export type PassageRoleResolvers = { BODY: 'body', CAPTION: 'caption', FOOTNOTE: 'footnote', HEADING: 'heading', PAGE_FURNITURE: 'pageFurniture', TABLE: 'table' };

export type ProposedLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProposedLink'] = ResolversParentTypes['ProposedLink']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type ProposedLinkDecisionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProposedLinkDecision'] = ResolversParentTypes['ProposedLinkDecision']> = {
  audit?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ProposedLink'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, RequireFields<QueryCandidatesArgs, 'first' | 'sourceId'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  consensus?: Resolver<Maybe<ResolversTypes['Consensus']>, ParentType, ContextType, RequireFields<QueryConsensusArgs, 'id'>>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<QueryEvidenceArgs, 'id'>>;
  evidenceMap?: Resolver<ResolversTypes['EvidenceMap'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'depth' | 'neighbourLimit'>>;
  misconception?: Resolver<Maybe<ResolversTypes['Misconception']>, ParentType, ContextType, RequireFields<QueryMisconceptionArgs, 'id'>>;
  misconceptions?: Resolver<Array<ResolversTypes['Misconception']>, ParentType, ContextType, Partial<QueryMisconceptionsArgs>>;
  neighbours?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighboursArgs, 'id' | 'limit' | 'offset'>>;
  pairSummaries?: Resolver<Array<ResolversTypes['PairSummary']>, ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<QueryPassageArgs, 'id'>>;
  proposedLinks?: Resolver<Array<ResolversTypes['ProposedLink']>, ParentType, ContextType, RequireFields<QueryProposedLinksArgs, 'first'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  researchGap?: Resolver<Maybe<ResolversTypes['ResearchGap']>, ParentType, ContextType, RequireFields<QueryResearchGapArgs, 'id'>>;
  researchGaps?: Resolver<ResolversTypes['ResearchGapConnection'], ParentType, ContextType, RequireFields<QueryResearchGapsArgs, 'first' | 'orderBy' | 'reverse'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statisticComparisons?: Resolver<Array<ResolversTypes['StatisticComparison']>, ParentType, ContextType, Partial<QueryStatisticComparisonsArgs>>;
  statistics?: Resolver<ResolversTypes['StatisticConnection'], ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'first'>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  trace?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType, RequireFields<QueryTraceArgs, 'id'>>;
};

export type QuoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  context?: Resolver<ResolversTypes['QuoteContext'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuoteContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['QuoteContext'] = ResolversParentTypes['QuoteContext']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['RelationSubtype']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RelationChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationChange'] = ResolversParentTypes['RelationChange']> = {
  audit?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type ResearchGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResearchGap'] = ResolversParentTypes['ResearchGap']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  annotations?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priorityTier?: Resolver<ResolversTypes['GapPriorityTier'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedBy?: Resolver<Array<ResolversTypes['GapRaising']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusRationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResearchGapConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResearchGapConnection'] = ResolversParentTypes['ResearchGapConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResearchGapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResearchGapEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResearchGapEdge'] = ResolversParentTypes['ResearchGapEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResearchGap'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  countsByType?: Resolver<Array<ResolversTypes['SearchTypeCount']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHitNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchHitType'], ParentType, ContextType>;
};

export type SearchHitNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHitNode'] = ResolversParentTypes['SearchHitNode']> = {
  __resolveType: TypeResolveFn<'Claim' | 'Misconception' | 'Passage' | 'ResearchGap' | 'Statistic', ParentType, ContextType>;
};

export type SearchTypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchTypeCount'] = ResolversParentTypes['SearchTypeCount']> = {
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchHitType'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceSpans?: Resolver<Array<ResolversTypes['EvidenceSpan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layout?: Resolver<ResolversTypes['SourceLayout'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['PassageConnection'], ParentType, ContextType, RequireFields<SourcePassagesArgs, 'first'>>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statisticCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceLayoutResolvers = { DOCUMENT: 'document', SLIDES: 'slides' };

export type SourceRemovalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceRemoval'] = ResolversParentTypes['SourceRemoval']> = {
  audit?: Resolver<Maybe<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SourceStanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceStance'] = ResolversParentTypes['SourceStance']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['ConsensusStance'], ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['RelationSubtype']>, ParentType, ContextType>;
};

export type StatisticResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  annotations?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkSummary'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatisticComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatisticComparison'] = ResolversParentTypes['StatisticComparison']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ComparisonResult']>, ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatisticConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatisticConnection'] = ResolversParentTypes['StatisticConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatisticEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatisticEdge'] = ResolversParentTypes['StatisticEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statisticCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TraceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = {
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Annotation?: AnnotationResolvers<ContextType>;
  AnnotationChange?: AnnotationChangeResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  AttributionVerdict?: AttributionVerdictResolvers;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  CandidateDecision?: CandidateDecisionResolvers<ContextType>;
  CandidateEdge?: CandidateEdgeResolvers<ContextType>;
  CandidateStatus?: CandidateStatusResolvers;
  CandidateType?: CandidateTypeResolvers;
  CitationBadge?: CitationBadgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimKind?: ClaimKindResolvers;
  ComparisonResult?: ComparisonResultResolvers<ContextType>;
  ComparisonVerdict?: ComparisonVerdictResolvers;
  Consensus?: ConsensusResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceMap?: EvidenceMapResolvers<ContextType>;
  EvidenceMapCell?: EvidenceMapCellResolvers<ContextType>;
  EvidenceSpan?: EvidenceSpanResolvers<ContextType>;
  GapRaising?: GapRaisingResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  LinkProposerRun?: LinkProposerRunResolvers<ContextType>;
  LinkSummary?: LinkSummaryResolvers<ContextType>;
  Misconception?: MisconceptionResolvers<ContextType>;
  MisconceptionMention?: MisconceptionMentionResolvers<ContextType>;
  MisconceptionStance?: MisconceptionStanceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairSummary?: PairSummaryResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PassageConnection?: PassageConnectionResolvers<ContextType>;
  PassageEdge?: PassageEdgeResolvers<ContextType>;
  PassageRole?: PassageRoleResolvers;
  ProposedLink?: ProposedLinkResolvers<ContextType>;
  ProposedLinkDecision?: ProposedLinkDecisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteContext?: QuoteContextResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationChange?: RelationChangeResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  ResearchGap?: ResearchGapResolvers<ContextType>;
  ResearchGapConnection?: ResearchGapConnectionResolvers<ContextType>;
  ResearchGapEdge?: ResearchGapEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitNode?: SearchHitNodeResolvers<ContextType>;
  SearchTypeCount?: SearchTypeCountResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceLayout?: SourceLayoutResolvers;
  SourceRemoval?: SourceRemovalResolvers<ContextType>;
  SourceStance?: SourceStanceResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  StatisticComparison?: StatisticComparisonResolvers<ContextType>;
  StatisticConnection?: StatisticConnectionResolvers<ContextType>;
  StatisticEdge?: StatisticEdgeResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
};

