/**
 * Which findings have a cross-source link, and which could have one: per source and topic, the
 * findings (claims of kind finding, assertion or recommendation, and statistics) that no relation,
 * attribution, comparison or gap answer ties to another source while another source has items on
 * the same topic. A finding a curator has read and recorded as "no other source speaks to this"
 * (`noLink` in a relations file) counts as settled. Pure: reads the prepared seed only.
 */
import type { EvidenceData } from '../evidence/build.ts';
import type { SourceRecord } from '../passages.ts';
import type { AttributionEntry, ComparisonGroup, GapStatusEntry, NoLinkEntry, RelationEntry } from './schema.ts';

const FINDING_KINDS = new Set(['finding', 'assertion', 'recommendation']);
/** Sections a reader looks at first: work through these before the rest. */
const KEY_SECTION = /summary|key findings|conclusion|recommendation/i;
/** In a report with chapters, a key section runs on through its sub-sections to the next chapter ("Executive Summary" … "Chapter 1"). */
const CHAPTER = /^chapter\s+\d+/i;

export interface Finding {
  id: string;
  sourceId: string;
  topics: string[];
  section: string | null;
  keySection: boolean;
  quote: string;
  /** Cross-source links: relations, attributions, comparisons, gap answers. */
  links: number;
  noLink: string | null;
  /** Other sources with any claim or statistic on one of its topics. */
  peers: string[];
}

export interface LinkCoverageRow {
  sourceId: string;
  topic: string;
  findings: number;
  linked: number;
  settled: number;
  /** Not linked, not settled, and another source has items on this topic. */
  open: number;
}

/** The parts of the relations files link coverage reads: the prepared seed's (RelationsSeed) or the files' as read (RelationsData). */
export interface LinkSources {
  relations: Pick<RelationEntry, 'from' | 'to' | 'status'>[];
  attributions: Pick<AttributionEntry, 'from' | 'to'>[];
  comparisons: Pick<ComparisonGroup, 'items'>[];
  gapStatus: Pick<GapStatusEntry, 'gap' | 'addressedBy'>[];
  noLink: Pick<NoLinkEntry, 'item' | 'reason'>[];
}

export function linkCoverage(sources: SourceRecord[], evidence: EvidenceData, relations: LinkSources): { findings: Finding[]; rows: LinkCoverageRow[] } {
  const sourceOf = new Map<string, string>();
  for (const i of [...evidence.claims, ...evidence.statistics]) sourceOf.set(i.id, i.sourceId);
  const links = new Map<string, number>();
  const add = (id: string | undefined) => id && links.set(id, (links.get(id) ?? 0) + 1);
  for (const r of relations.relations.filter((x) => x.status === 'curated')) {
    add(r.from);
    add(r.to);
  }
  for (const a of relations.attributions) {
    add(a.from);
    add(a.to);
  }
  for (const c of relations.comparisons) {
    const bySource = new Set(c.items.map((i) => sourceOf.get(i)));
    if (bySource.size > 1) c.items.forEach(add);
  }
  const gapSource = new Map<string, Set<string>>();
  for (const r of evidence.raises) {
    const s = sourceOf.get(r.claimId);
    if (s) gapSource.set(r.gapId, (gapSource.get(r.gapId) ?? new Set()).add(s));
  }
  for (const g of relations.gapStatus) for (const i of g.addressedBy) if ([...(gapSource.get(g.gap) ?? [])].some((s) => s !== sourceOf.get(i))) add(i);
  const noLink = new Map(relations.noLink.map((n) => [n.item, n.reason]));

  const sectionOf = new Map<string, { section: string | null; key: boolean }>();
  for (const s of sources) {
    const chapters = s.passages.some((p) => p.section && CHAPTER.test(p.section));
    let inKey = false;
    for (const p of s.passages) {
      const section = p.section ?? null;
      const direct = section !== null && KEY_SECTION.test(section);
      if (direct) inKey = chapters;
      else if (section && CHAPTER.test(section)) inKey = false;
      sectionOf.set(p.id, { section, key: direct || inKey });
    }
  }
  const topicSources = new Map<string, Set<string>>();
  for (const i of [...evidence.claims, ...evidence.statistics])
    for (const t of i.topics) topicSources.set(t, (topicSources.get(t) ?? new Set()).add(i.sourceId));

  const findings: Finding[] = [...evidence.claims.filter((c) => FINDING_KINDS.has(c.kind)), ...evidence.statistics].map((i) => {
    const at = i.passageIds.map((p) => sectionOf.get(p)).find((s) => s?.section);
    const peers = new Set<string>();
    for (const t of i.topics) for (const s of topicSources.get(t) ?? []) if (s !== i.sourceId) peers.add(s);
    return {
      id: i.id,
      sourceId: i.sourceId,
      topics: i.topics,
      section: at?.section ?? null,
      keySection: at?.key ?? false,
      quote: i.quote,
      links: links.get(i.id) ?? 0,
      noLink: noLink.get(i.id) ?? null,
      peers: [...peers].sort(),
    };
  });

  const rows = new Map<string, LinkCoverageRow>();
  for (const f of findings)
    for (const topic of f.topics.length ? f.topics : ['(no topic)']) {
      const key = `${f.sourceId}|${topic}`;
      const row = rows.get(key) ?? { sourceId: f.sourceId, topic, findings: 0, linked: 0, settled: 0, open: 0 };
      row.findings++;
      if (f.links) row.linked++;
      else if (f.noLink) row.settled++;
      else if (f.peers.length) row.open++;
      rows.set(key, row);
    }
  return { findings, rows: [...rows.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.topic.localeCompare(b.topic)) };
}

/** Unlinked, unsettled findings another source could speak to: key sections first, then by id. */
export function openFindings(findings: Finding[]): Finding[] {
  return findings
    .filter((f) => !f.links && !f.noLink && f.peers.length)
    .sort((a, b) => Number(b.keySection) - Number(a.keySection) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
