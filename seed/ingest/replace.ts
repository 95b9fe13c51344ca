/**
 * `--replace` of an ingested source with a revised file: the old candidates are re-anchored in the
 * new text (`reanchor.ts`) before the write, so a candidate that is still there keeps its id and
 * status (a curator's decision survives a revision), whether its text stayed where it was (kept)
 * or moved; the ones not found are orphaned and listed. Reads only: the write stays one transaction.
 */
import type { Driver } from 'neo4j-driver';
import type { CandidateRecord, IngestReport } from './ingest.ts';
import { reanchor, summarise } from './reanchor.ts';

export interface CarryOver {
  kept: number;
  moved: number;
  orphaned: { id: string; type: string; quote: string; status: string }[];
}

export async function carryOverCandidates(driver: Driver, report: IngestReport): Promise<CarryOver | null> {
  const id = report.source.id;
  const { records: passages } = await driver.executeQuery('MATCH (p:Passage {sourceId: $id}) RETURN p.raw AS raw ORDER BY p.ordinal', { id });
  if (!passages.length) return null;
  const oldText = passages.map((r) => r.get('raw') as string).join('');
  const { records } = await driver.executeQuery('MATCH (c:Candidate {sourceId: $id}) RETURN c {.*} AS c ORDER BY c.start', { id });
  const old = records.map((r) => r.get('c') as CandidateRecord);
  const outcomes = reanchor(oldText, report.text, old);
  const byId = new Map(old.map((c) => [c.id, c]));
  const fresh = [...report.candidates];
  const claimed = new Set<number>();
  const carried: CandidateRecord[] = [];
  for (const o of outcomes) {
    if (o.status === 'orphaned') continue;
    const prev = byId.get(o.id)!;
    // The fresh candidate of the same type at (or overlapping) the re-anchored span takes the old id and status.
    let k = fresh.findIndex((c, i) => !claimed.has(i) && c.type === prev.type && c.start === o.start && c.end === o.end);
    if (k < 0) k = fresh.findIndex((c, i) => !claimed.has(i) && c.type === prev.type && c.start < o.end && c.end > o.start);
    if (k >= 0) {
      claimed.add(k);
      carried.push({ ...fresh[k]!, id: prev.id, status: prev.status });
      continue;
    }
    const passage = report.passages.find((p) => p.start <= o.start && o.start < p.end)!;
    carried.push({
      ...prev,
      start: o.start,
      end: o.end,
      quote: report.text.slice(o.start, o.end),
      sentenceStart: o.start,
      sentenceEnd: o.end,
      passage: passage.ordinal,
      passageId: passage.id,
      section: passage.section,
    });
  }
  // Two old candidates re-anchored onto one fresh candidate: the first keeps it.
  const ids = new Set<string>();
  report.candidates = [...carried, ...fresh.filter((_, i) => !claimed.has(i))]
    .filter((c) => !ids.has(c.id) && ids.add(c.id))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const counts = summarise(outcomes);
  return {
    kept: counts.kept,
    moved: counts.moved,
    orphaned: outcomes
      .filter((o) => o.status === 'orphaned')
      .map((o) => {
        const c = byId.get(o.id)!;
        return { id: c.id, type: c.type, quote: c.quote, status: c.status };
      }),
  };
}
