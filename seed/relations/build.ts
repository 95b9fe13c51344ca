import type { EvidenceData } from '../evidence/build.ts';
import { EvidenceError } from '../evidence/read.ts';
import { compareGroup, type Comparison } from './compare.ts';
import { readRelations, RELATIONS_DIR } from './read.ts';
import type { AttributionEntry, GapStatusEntry, NoLinkEntry, PairSummary, ProposalDecision, RelationEntry } from './schema.ts';

export interface RelationsSeed {
  relations: (RelationEntry & { file: string })[];
  attributions: (AttributionEntry & { file: string })[];
  gapStatus: GapStatusEntry[];
  comparisons: { id: string; measure: string; tolerance: number; note: string | null; items: string[]; results: (Comparison & { groupId: string })[] }[];
  pairSummaries: (PairSummary & { id: string })[];
  decisions: ProposalDecision[];
  /** Findings a curator recorded as having no counterpart in another source (`npm run coverage -- --links`); not loaded into the graph. */
  noLink: NoLinkEntry[];
}

export function buildRelations(evidence: EvidenceData, dir = RELATIONS_DIR): RelationsSeed {
  const { data, problems } = readRelations(evidence, dir);
  if (problems.length) throw new EvidenceError(problems);
  const stats = new Map(evidence.statistics.map((s) => [s.id, s]));
  return {
    relations: data.relations.map((r) => ({ ...r, file: data.origin.get(r.id)! })),
    attributions: data.attributions.map((a) => ({ ...a, file: data.origin.get(a.id)! })),
    gapStatus: data.gapStatus,
    comparisons: data.comparisons.map((c) => ({
      id: c.id,
      measure: c.measure,
      tolerance: c.tolerance,
      note: c.note ?? null,
      items: c.items,
      results: compareGroup(
        c.items.map((id) => stats.get(id)!),
        c.tolerance,
      ).map((r) => ({ ...r, groupId: c.id })),
    })),
    decisions: data.decisions,
    pairSummaries: data.pairSummaries.map((p) => ({ ...p, sources: [...p.sources].sort() as [string, string], id: `pair:${[...p.sources].sort().join('|')}` })),
    noLink: data.noLink,
  };
}
