/** A finding of an integrity check, and what every check reads: the evidence items by id and the relations data. */
import type { ClaimRecord, StatisticRecord } from '../../../core/records.ts';
import type { EvidenceData } from '../../evidence/build.ts';
import type { Problem } from '../../evidence/read.ts';
import type { RelationsData } from '../read.ts';
import type { INTEGRITY_CHECKS } from '../schema.ts';
import { fold } from './terms.ts';

export type IntegrityCheck = (typeof INTEGRITY_CHECKS)[number];

export interface Finding {
  check: IntegrityCheck;
  /** The evidence or relations file, relative to seed/. */
  file: string;
  /** The relation, item, comparison group or pair summary the finding is about. */
  id: string;
  message: string;
}

export function findingAsProblem(f: Finding): Problem {
  return { file: f.file, item: f.id, message: `[${f.check}] ${f.message}` };
}

export interface IntegrityContext {
  evidence: EvidenceData;
  data: RelationsData;
  claims: Map<string, ClaimRecord>;
  stats: Map<string, StatisticRecord>;
  item: (id: string) => ClaimRecord | StatisticRecord | undefined;
  /** The quote (or its reading) of an item, whitespace folded; empty for an unknown id. */
  quoteOf: (id: string) => string;
  /** The relations file that holds a relation, group or pair summary, relative to seed/. */
  rel: (id: string) => string;
}

export function integrityContext(evidence: EvidenceData, data: RelationsData): IntegrityContext {
  const claims = new Map(evidence.claims.map((c) => [c.id, c]));
  const stats = new Map(evidence.statistics.map((s) => [s.id, s]));
  const item = (id: string) => claims.get(id) ?? stats.get(id);
  const quoteOf = (id: string) => {
    const i = item(id);
    return i ? fold(i.reading ?? i.quote) : '';
  };
  const rel = (id: string) => `relations/${data.origin.get(id) ?? '?'}`;
  return { evidence, data, claims, stats, item, quoteOf, rel };
}
