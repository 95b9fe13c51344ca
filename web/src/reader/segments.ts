/**
 * Splits a passage's readable text at the boundaries of the quoted spans that fall in it, so the
 * reader can highlight quotes. Offsets are raw-file offsets; the passage's `reading` (decoded,
 * same length as raw) is cut at them and each piece is reflowed the way the seed reflows whole
 * passages, keeping one space where a cut falls inside white space.
 */
import { reflow, type ReflowRole } from '../../../core/reflow.ts';

export interface SpanRef {
  id: string;
  start: number;
  end: number;
}

export interface Piece<S extends SpanRef = SpanRef> {
  text: string;
  /** Spans covering this piece, shortest first. */
  spans: S[];
}

export function segmentPassage<S extends SpanRef>(passage: { start: number; end: number; reading: string; role: ReflowRole }, spans: readonly S[]): Piece<S>[] {
  const inside = spans.filter((s) => s.start < passage.end && s.end > passage.start);
  const cuts = new Set<number>([passage.start, passage.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, passage.start));
    cuts.add(Math.min(s.end, passage.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const table = passage.role === 'table';
  const pieces: Piece<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const chunk = passage.reading.slice(from - passage.start, to - passage.start);
    const covering = inside.filter((s) => s.start <= from && s.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start));
    let text: string;
    if (table) text = chunk.replace(/[ \t]+/g, ' ');
    else {
      const lead = /^\s/.test(chunk) ? ' ' : '';
      const trail = /\s$/.test(chunk) ? ' ' : '';
      const body = reflow(chunk);
      text = body ? lead + body + trail : lead || trail;
    }
    pieces.push({ text, spans: covering });
  }
  // Trim the passage's outer white space and fold doubled spaces at the joins.
  const merged: Piece<S>[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && prev.text.endsWith(' ') && p.text.startsWith(' ')) p.text = p.text.slice(1);
    if (p.text) merged.push(p);
  }
  if (merged[0] && !table) merged[0].text = merged[0].text.trimStart();
  const last = merged[merged.length - 1];
  if (last && !table) last.text = last.text.trimEnd();
  return merged.filter((p) => p.text.length > 0);
}
