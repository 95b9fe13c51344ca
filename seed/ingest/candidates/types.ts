/** What a candidate is: its type, offsets, cue, confidence and suggested topics; and a topic to suggest. */
export const CANDIDATE_TYPES = ['statistic', 'gap', 'misconception', 'claim'] as const;
export type CandidateType = (typeof CANDIDATE_TYPES)[number];

export interface Candidate {
  type: CandidateType;
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  quote: string;
  /** The sentence the candidate sits in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Ordinal of the passage it sits in. */
  passage: number;
  section: string | null;
  /** Why it was proposed: the cue phrase, the section, the number pattern. */
  cue: string;
  confidence: number;
  topics: string[];
  // Statistics only.
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  measure?: string;
  approximate?: boolean;
}

export interface Topic {
  id: string;
  name: string;
  description: string;
}
