/** Research gaps as CSV and Markdown, for a grant writer's proposal. Pure: data in, text out. */
import { stringify } from 'csv-stringify/sync';
import { shortCitation } from '../../core/cite.ts';
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

export const GAP_CSV_COLUMNS = ['id', 'question', 'priority', 'status', 'source_count', 'raised_by', 'quotes', 'status_rationale', 'addressed_by'] as const;

export function gapsToCsv(gaps: GapModel[]): string {
  const rows = gaps.map((g) => {
    const sources = sourcesOf(g);
    return [
      g.id,
      g.question,
      g.priority ?? '',
      g.status ?? 'open',
      sources.length,
      sources.map((s) => s.citation).join('; '),
      sources.flatMap((s) => s.quotes.map((q) => `${s.citation}: “${q}”`)).join(' | '),
      g.statusRationale ?? '',
      (g.addressedBy ?? []).map((e) => `${citation(e.source)}: “${reflow(e.reading ?? e.quote)}”`).join(' | '),
    ];
  });
  return stringify([[...GAP_CSV_COLUMNS], ...rows]);
}

const mdText = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function gapsToMarkdown(gaps: GapModel[], generatedAt: string): string {
  const lines = [
    '# Open research gaps',
    '',
    `From the Triangulate corpus, ${generatedAt}. Each gap lists the sources that raise it, with their words, and whether another source's evidence answers it.`,
    '',
  ];
  gaps.forEach((g, i) => {
    const sources = sourcesOf(g);
    lines.push(`## ${i + 1}. ${mdText(g.question)}`, '');
    lines.push(`- **Priority:** ${g.priority ?? 'not ranked'}`);
    lines.push(`- **Status:** ${g.status ?? 'open'}${g.statusRationale ? ` — ${mdText(g.statusRationale)}` : ''}`);
    lines.push(`- **Raised by ${sources.length} source${sources.length === 1 ? '' : 's'}:** ${sources.map((s) => mdText(s.citation)).join('; ')}`, '');
    for (const s of sources) for (const q of s.quotes) lines.push(`> ${mdText(q)} — ${mdText(s.citation)}`, '');
    for (const e of g.addressedBy ?? []) lines.push(`Partly answered by ${mdText(citation(e.source))}: “${mdText(reflow(e.reading ?? e.quote))}”`, '');
  });
  return lines.join('\n');
}
