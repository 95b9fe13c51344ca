/**
 * An ingested text's passages as stored: the generic segmenter's spans with ids, raw text and
 * display text. One function for the ingest (ingest.ts) and for the seed loading an exported user
 * source (seed/passages.ts), so both write the same passages with the same ids and the
 * candidates' CANDIDATE_IN links and the items' QUOTED_FROM links stay valid across a re-seed.
 */
import { reflow } from '../../core/reflow.ts';
import type { Passage } from '../segment.ts';
import { segmentText, type IngestPassage, type IngestRole } from './segment.ts';

/** A stored passage (its `role` the one the API knows: a list reads as body) with the segmenter's own role (with `list`). */
export interface IngestedPassage extends Passage {
  ingestRole: IngestRole;
  raw: string;
  reading: null;
  text: string;
  ingested: true;
}

export function ingestedPassages(sourceId: string, text: string, segments: IngestPassage[] = segmentText(text)): IngestedPassage[] {
  return segments.map((p) => {
    const raw = text.slice(p.start, p.end);
    const role: Passage['role'] = p.role === 'list' ? 'body' : p.role;
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
