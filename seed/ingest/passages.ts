/**
 * An ingested text's passages as stored: the generic segmenter's spans with ids, raw text and
 * display text. One function for the ingest (ingest.ts) and for the seed loading an exported user
 * source (seed/passages.ts), so both write the same passages with the same ids and the
 * candidates' CANDIDATE_IN links and the items' QUOTED_FROM links stay valid across a re-seed.
 */
import { reflow } from '../../core/reflow.ts';
import type { PassageRole } from '../../core/vocabulary.ts';
import { segmentText, type IngestPassage, type IngestRole } from './segment.ts';

export interface IngestedPassage {
  id: string;
  sourceId: string;
  ordinal: number;
  start: number;
  end: number;
  /** The role the API knows (a list reads as body) … */
  role: PassageRole;
  /** … and the segmenter's own (with `list`). */
  ingestRole: IngestRole;
  section: string | null;
  raw: string;
  reading: null;
  text: string;
  ingested: true;
}

export function ingestedPassages(sourceId: string, text: string, segments: IngestPassage[] = segmentText(text)): IngestedPassage[] {
  return segments.map((p) => {
    const raw = text.slice(p.start, p.end);
    const role: PassageRole = p.role === 'list' ? 'body' : p.role;
    return {
      id: `${sourceId}:p${String(p.ordinal).padStart(4, '0')}`,
      sourceId,
      ordinal: p.ordinal,
      start: p.start,
      end: p.end,
      role,
      ingestRole: p.role,
      section: p.section,
      raw,
      reading: null,
      text: reflow(raw, role),
      ingested: true,
    };
  });
}
