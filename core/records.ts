/**
 * The stored records: what the seed writes to Neo4j for each evidence node, declared once. The
 * loader builds them (seed/evidence/build.ts) and the API's models extend them with what its
 * queries add (api/models.ts). Pure types.
 */
import type { ClaimKindValue, GapStatusValue } from './vocabulary.ts';

/** An item anchored in a source: its verbatim quote with offsets and W3C TextQuoteSelector context. */
export interface AnchorRecord {
  id: string;
  sourceId: string;
  /** The evidence file it was loaded from. */
  file: string;
  /** Exactly raw.slice(start, end). */
  quote: string;
  /** The quote with the slide deck's damaged runs decoded (same length), or null. */
  reading: string | null;
  start: number;
  end: number;
  /** W3C TextQuoteSelector context: up to 32 characters either side. */
  prefix: string;
  suffix: string;
  /** The passages the quote lies in (stored as QUOTED_FROM relationships, not as a property). */
  passageIds: string[];
  /** Topic ids (also stored as ABOUT relationships). */
  topics: string[];
  note: string | null;
}

export interface ClaimRecord extends AnchorRecord {
  text: string;
  kind: ClaimKindValue;
  hedged: boolean;
}

export interface StatisticRecord extends AnchorRecord {
  value: number;
  /** Bounds of a range, or null for a single figure. */
  low: number | null;
  high: number | null;
  valueText: string;
  unit: string;
  measure: string;
  population: string | null;
  place: string | null;
  period: string | null;
  approximate: boolean;
  context: string | null;
}

export interface MisconceptionRecord {
  id: string;
  belief: string;
  correction: string;
  /** The mention that defines it. */
  definedBy: string;
}

export interface GapRecord {
  id: string;
  question: string;
  definedBy: string;
  /** Highest priority any raising source gives it, or null. */
  priority: number | null;
}

/** A gap's status and its rationale, set by the relations files (ADDRESSES); open until then. */
export interface GapStatusRecord {
  status: GapStatusValue;
  statusRationale?: string | null;
}

export interface TopicRecord {
  id: string;
  name: string;
  description: string;
}

/** A record as its node holds it: the relationships it implies are not properties. */
export type StoredAnchor<R extends AnchorRecord> = Omit<R, 'passageIds'>;
