/** Research gaps as CSV and Markdown, for a grant writer's proposal. Pure: data in, text out. */
import { stringify } from 'csv-stringify/sync';
import { shortCitation } from '../../core/cite.ts';
import { GAP_ORDER_NOTE, GAP_TIER_LABEL, gapTier } from '../../core/gap-priority.ts';
import { reflow } from '../../core/reflow.ts';
import type { GapModel } from '../models.ts';

export const citation = shortCitation;

function sourcesOf(g: GapModel): { citation: string; quotes: string[]; priority: number | null }[] {
  const bySource = new Map<string, { citation: string; quotes: string[]; priority: number | null }>();
  for (const r of g.raisedBy ?? []) {
    const s = r.claim.source;
    const entry = bySource.get(s.id) ?? { citation: citation(s), quotes: [], priority: null };
    entry.quotes.push(reflow(r.claim.reading ?? r.claim.quote));
    if (r.priority !== null && (entry.priority === null || r.priority > entry.priority)) entry.priority = r.priority;
    bySource.set(s.id, entry);
  }
  return [...bySource.values()];
}

/** The topics of the statements raising a gap, by name. */
function topicsOf(g: GapModel): string[] {
  const names = new Set<string>();
  for (const r of g.raisedBy ?? []) for (const t of r.claim.topicList ?? []) names.add(t.name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

const tierOf = (g: GapModel, sourceCount: number) => GAP_TIER_LABEL[gapTier({ status: g.status ?? 'open', sourceCount })];

/** The gap's page in the app. */
export const gapLink = (origin: string, id: string) => `${origin.replace(/\/+$/, '')}/items/${encodeURIComponent(id)}`;

/**
 * Columns: `priority` is the documented tier (High, Medium, Low; see core/gap-priority.ts);
 * `source_rating` is the source's own rating, where a source gives one.
 */
export const GAP_CSV_COLUMNS = [
  'id',
  'question',
  'priority',
  'source_rating',
  'status',
  'source_count',
  'raised_by',
  'topics',
  'quotes',
  'status_rationale',
  'addressed_by',
  'link',
] as const;

/** A UTF-8 byte order mark first, so spreadsheet programs (Excel) read the curly quotes as UTF-8. */
export const BOM = '\uFEFF';

export function gapsToCsv(gaps: GapModel[], origin: string): string {
  const rows = gaps.map((g) => {
    const sources = sourcesOf(g);
    return [
      g.id,
      g.question,
      tierOf(g, sources.length),
      g.priority ?? '',
      g.status ?? 'open',
      sources.length,
      sources.map((s) => s.citation).join('; '),
      topicsOf(g).join('; '),
      sources.flatMap((s) => s.quotes.map((q) => `${s.citation}: “${q}”`)).join(' | '),
      g.statusRationale ?? '',
      (g.addressedBy ?? []).map((e) => `${citation(e.source)}: “${reflow(e.reading ?? e.quote)}”`).join(' | '),
      gapLink(origin, g.id),
    ];
  });
  return BOM + stringify([[...GAP_CSV_COLUMNS], ...rows]);
}

const mdText = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function gapsToMarkdown(gaps: GapModel[], generatedAt: string, origin: string): string {
  const lines = [
    '# Open research gaps',
    '',
    `From the Triangulate corpus, ${generatedAt}. Each gap lists the sources that raise it, with their words, and whether another source's evidence answers it.`,
    '',
    mdText(GAP_ORDER_NOTE),
    '',
  ];
  gaps.forEach((g, i) => {
    const sources = sourcesOf(g);
    const topics = topicsOf(g);
    lines.push(`## ${i + 1}. ${mdText(g.question)}`, '');
    lines.push(`- **Priority:** ${tierOf(g, sources.length)}${g.priority != null ? ` (source rating ${g.priority})` : ''}`);
    if (topics.length) lines.push(`- **Topics:** ${topics.map(mdText).join('; ')}`);
    lines.push(`- **Link:** <${gapLink(origin, g.id)}>`);
    lines.push(`- **Status:** ${g.status ?? 'open'}${g.statusRationale ? ` — ${mdText(g.statusRationale)}` : ''}`);
    lines.push(`- **Raised by ${sources.length} source${sources.length === 1 ? '' : 's'}:** ${sources.map((s) => mdText(s.citation)).join('; ')}`, '');
    for (const s of sources) for (const q of s.quotes) lines.push(`> ${mdText(q)} — ${mdText(s.citation)}`, '');
    for (const e of g.addressedBy ?? []) lines.push(`Partly answered by ${mdText(citation(e.source))}: “${mdText(reflow(e.reading ?? e.quote))}”`, '');
  });
  return lines.join('\n');
}
