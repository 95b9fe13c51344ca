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
}

export type StoredRole = 'body' | 'heading' | 'footnote' | 'table' | 'caption' | 'pageFurniture';

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
