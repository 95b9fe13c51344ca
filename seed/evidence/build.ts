import type { SourceRecord } from '../passages.ts';
import { EvidenceError, checkEvidence, readEvidenceSet, EVIDENCE_DIR } from './read.ts';
import type { ClaimEntry, GapEntry, MisconceptionEntry, StatisticEntry } from './schema.ts';
import type { AnchorRecord, ClaimRecord, GapRecord, MisconceptionRecord, StatisticRecord, TopicRecord } from '../../core/records.ts';

/** The records (core/records.ts) this builds, as the loader writes them. */
type Anchor = AnchorRecord;

export interface EvidenceData {
  topics: TopicRecord[];
  claims: ClaimRecord[];
  statistics: StatisticRecord[];
  misconceptions: MisconceptionRecord[];
  gaps: GapRecord[];
  /** claim id -> misconception id, with the stance. */
  stances: { claimId: string; misconceptionId: string; stance: 'challenges' | 'reinforces' }[];
  /** claim id -> gap id, with the priority the source gives. */
  raises: { claimId: string; gapId: string; priority: number | null; priorityBasis: string | null }[];
  /** Sentences deliberately not curated, with the reason (read by the coverage report; not loaded). */
  skipped: { sourceId: string; file: string; start: number; end: number; reason: string }[];
}

const CONTEXT = 32;

/** Ids of the passages that overlap [start, end). Passages tile their file in order, so a binary search finds the first. */
function passagesOverlapping(passages: readonly { id: string; start: number; end: number }[], start: number, end: number): string[] {
  let lo = 0;
  let hi = passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (passages[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo; i < passages.length && passages[i]!.start < end; i++) ids.push(passages[i]!.id);
  return ids;
}

/** Reads, validates and resolves the curated evidence against the corpus and its passages. Throws EvidenceError naming file, item and field. */
export function buildEvidence(sources: SourceRecord[], dir = EVIDENCE_DIR, moreDirs: string[] = []): EvidenceData {
  const corpus = sources.map((s) => s.source);
  const { set, problems } = readEvidenceSet(dir, moreDirs);
  if (problems.length === 0) problems.push(...checkEvidence(set, corpus));
  if (problems.length) throw new EvidenceError(problems);

  const bySource = new Map(sources.map((s) => [s.source.id, s]));
  const data: EvidenceData = { topics: set.topics, claims: [], statistics: [], misconceptions: [], gaps: [], stances: [], raises: [], skipped: [] };
  const gapPriority = new Map<string, number>();

  for (const f of set.files) {
    const s = bySource.get(f.data.source)!;
    const raw = s.source.raw;
    const anchor = (item: {
      id: string;
      start?: number;
      end?: number;
      topics: string[];
      note?: string;
      accepted?: { candidate: string; curator: string; at: string };
    }): Anchor => {
      const start = item.start!;
      const end = item.end!;
      return {
        id: item.id,
        sourceId: s.source.id,
        file: f.name,
        quote: raw.slice(start, end),
        reading: s.reading ? s.reading.slice(start, end) : null,
        start,
        end,
        prefix: raw.slice(Math.max(0, start - CONTEXT), start),
        suffix: raw.slice(end, end + CONTEXT),
        passageIds: passagesOverlapping(s.passages, start, end),
        topics: [...new Set(item.topics)],
        note: item.note ?? null,
        ...(item.accepted ? { candidateId: item.accepted.candidate, curator: item.accepted.curator, acceptedAt: item.accepted.at } : {}),
      };
    };
    for (const sk of f.data.skipped) data.skipped.push({ sourceId: s.source.id, file: f.name, start: sk.start!, end: sk.end!, reason: sk.reason });
    for (const c of f.data.claims as ClaimEntry[]) data.claims.push({ ...anchor(c), text: c.text, kind: c.kind, hedged: c.hedged });
    for (const st of f.data.statistics as StatisticEntry[]) {
      data.statistics.push({
        ...anchor(st),
        value: st.value,
        low: st.low ?? null,
        high: st.high ?? null,
        valueText: st.valueText,
        unit: st.unit,
        measure: st.measure,
        population: st.population ?? null,
        place: st.place ?? null,
        period: st.period ?? null,
        approximate: st.approximate,
        context: st.context ?? null,
      });
    }
    for (const m of f.data.misconceptions as MisconceptionEntry[]) {
      data.claims.push({ ...anchor(m), text: m.text, kind: m.stance === 'challenges' ? 'correction' : 'belief', hedged: false });
      data.stances.push({ claimId: m.id, misconceptionId: m.misconception, stance: m.stance });
      if (m.belief && m.correction) data.misconceptions.push({ id: m.misconception, belief: m.belief, correction: m.correction, definedBy: m.id });
    }
    for (const g of f.data.gaps as GapEntry[]) {
      // A mention without its own text reads as the gap's question (filled in below).
      data.claims.push({ ...anchor(g), text: g.text ?? g.question ?? '', kind: 'open-question', hedged: false });
      data.raises.push({ claimId: g.id, gapId: g.gap, priority: g.priority ?? null, priorityBasis: g.priorityBasis ?? null });
      if (g.priority !== undefined) gapPriority.set(g.gap, Math.max(gapPriority.get(g.gap) ?? -Infinity, g.priority));
      if (g.question) data.gaps.push({ id: g.gap, question: g.question, definedBy: g.id, priority: null });
    }
  }
  for (const g of data.gaps) g.priority = gapPriority.get(g.id) ?? null;
  const questions = new Map(data.gaps.map((g) => [g.id, g.question]));
  const gapOf = new Map(data.raises.map((r) => [r.claimId, r.gapId]));
  for (const c of data.claims) if (c.kind === 'open-question' && !c.text) c.text = questions.get(gapOf.get(c.id)!)!;
  return data;
}
