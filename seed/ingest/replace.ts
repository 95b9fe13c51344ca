/**
 * `--replace` of an ingested source with a revised file: the old candidates are re-anchored in the
 * new text (`reanchor.ts`) before the write, so a candidate that is still there keeps its id and
 * status (a curator's decision survives a revision), whether its text stayed where it was (kept)
 * or moved; the ones not found are orphaned and listed. Items accepted from the candidates
 * (Claim/Statistic nodes of the source) are re-anchored the same way and keep their QUOTED_FROM
 * links to the new passages; when one cannot be found with the same words (whitespace aside), the
 * replace is refused naming the items it would lose (`reanchorItems`). Reads only: the write stays
 * one transaction.
 */
import type { Driver } from 'neo4j-driver';
import { IngestError, type CandidateRecord, type IngestReport } from './ingest.ts';
import { reanchor, summarise } from './reanchor.ts';

export interface CarryOver {
  kept: number;
  moved: number;
  orphaned: { id: string; type: string; quote: string; status: string }[];
}

/** A curator's decision on a candidate (stored beside its fields), carried with its id and status. */
function decision(c: CandidateRecord): Record<string, unknown> {
  const d = c as CandidateRecord & Record<string, unknown>;
  return Object.fromEntries(['itemId', 'decidedBy', 'decidedAt', 'reason'].filter((k) => d[k] != null).map((k) => [k, d[k]]));
}

/** An accepted item's anchor in the new text, as the write sets it (the seed's shape: quote, context, passages). */
export interface ItemAnchor {
  id: string;
  label: 'Claim' | 'Statistic';
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  passageIds: string[];
}

const CONTEXT = 32;
const folded = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Re-anchors the items accepted from the source in the new text. An item whose quote is found with
 * the same words (exactly, or by its context with only whitespace changed) moves with it; one that
 * is not found, or only fuzzily with other words, would lose its evidence: the replace is refused,
 * naming each such item and its quote, before anything is written.
 */
export async function reanchorItems(driver: Driver, report: IngestReport, file: string, oldText: string): Promise<ItemAnchor[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Claim|Statistic {sourceId: $id})
     RETURN n.id AS id, CASE WHEN n:Statistic THEN 'Statistic' ELSE 'Claim' END AS label, n.start AS start, n.end AS end, n.quote AS quote
     ORDER BY n.start`,
    { id: report.source.id },
  );
  const items = records.map((r) => r.toObject() as { id: string; label: 'Claim' | 'Statistic'; start: number; end: number; quote: string });
  if (!items.length) return [];
  const text = report.text;
  const outcomes = new Map(reanchor(oldText, text, items).map((o) => [o.id, o]));
  const lost: string[] = [];
  const anchors: ItemAnchor[] = [];
  for (const item of items) {
    const o = outcomes.get(item.id)!;
    if (o.status === 'orphaned' || folded(text.slice(o.start, o.end)) !== folded(item.quote)) {
      lost.push(`${item.id} (${JSON.stringify(folded(item.quote).slice(0, 80))})`);
      continue;
    }
    anchors.push({
      id: item.id,
      label: item.label,
      start: o.start,
      end: o.end,
      quote: text.slice(o.start, o.end),
      prefix: text.slice(Math.max(0, o.start - CONTEXT), o.start),
      suffix: text.slice(o.end, o.end + CONTEXT),
      passageIds: report.passages.filter((p) => p.start < o.end && p.end > o.start).map((p) => p.id),
    });
  }
  if (lost.length)
    throw new IngestError(
      file,
      `--replace would lose ${lost.length} accepted item(s) whose quote is not in the new text with the same words: ${lost.join('; ')}. ` +
        'Nothing was written: remove those items (or the source) first, or ingest the revision under another --id',
    );
  return anchors;
}

/** The stored text of an ingested source (its passages' raw text joined), or null when it has none. */
export async function storedText(driver: Driver, id: string): Promise<string | null> {
  const { records: passages } = await driver.executeQuery('MATCH (p:Passage {sourceId: $id}) RETURN p.raw AS raw ORDER BY p.ordinal', { id });
  return passages.length ? passages.map((r) => r.get('raw') as string).join('') : null;
}

export async function carryOverCandidates(driver: Driver, report: IngestReport, oldText: string | null): Promise<CarryOver | null> {
  const id = report.source.id;
  if (oldText === null) return null;
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
      carried.push({ ...fresh[k]!, id: prev.id, status: prev.status, ...decision(prev) });
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
