import { decodeDamagedText, vocabularyOf } from './decode.ts';
import type { CorpusSource } from './corpus.ts';
import { reflow, reflowSlide } from '../core/reflow.ts';
import { ingestedPassages } from './ingest/passages.ts';
import { segment, type Layout, type Passage } from './segment.ts';

/** Sources whose text needs the slide layout and the font decoder. */
export const SLIDE_SOURCES = new Set(['iwg-oso-2018']);

export interface PassageRecord extends Passage {
  /** raw.slice(start, end), exactly. */
  raw: string;
  /** The raw text with damaged runs decoded, same length as raw (null when nothing was decoded). */
  reading: string | null;
  /** Display text: decoded and reflowed. */
  text: string;
}

export interface SourceRecord {
  source: CorpusSource;
  layout: Layout;
  /** Whole file with damaged runs decoded (same length as raw), or null. */
  reading: string | null;
  passages: PassageRecord[];
}

const layoutOf = (source: CorpusSource): Layout => source.layout ?? (SLIDE_SOURCES.has(source.id) ? 'slides' : 'document');

export function buildPassages(corpus: CorpusSource[]): SourceRecord[] {
  // The decoder's vocabulary is the curated documents' alone: an exported user source must not change how the slides read.
  const vocabulary = vocabularyOf(...corpus.filter((s) => layoutOf(s) === 'document' && !s.ingested).map((s) => s.raw));
  return corpus.map((source) => {
    // An ingested source keeps the passages its ingest wrote: its export brings them (seed/user-corpus.ts);
    // an export made before they were kept is segmented again.
    if (source.ingested) return { source, layout: 'document', reading: null, passages: ingestedPassages(source.id, source.raw, source.segments) };
    const layout = layoutOf(source);
    const reading = layout === 'slides' ? decodeDamagedText(source.raw, vocabulary) : null;
    const passages = segment(source.id, source.raw, layout).map((p): PassageRecord => {
      const raw = source.raw.slice(p.start, p.end);
      const aligned = reading ? reading.slice(p.start, p.end) : raw;
      const section =
        reading && p.section
          ? (reading
              .slice(p.start)
              .split('\n')
              .find((l) => l.trim())
              ?.trim() ?? p.section)
          : p.section;
      return {
        ...p,
        section,
        raw,
        reading: reading && aligned !== raw ? aligned : null,
        text: layout === 'slides' ? reflowSlide(aligned) : reflow(aligned, p.role),
      };
    });
    return { source, layout, reading, passages };
  });
}
