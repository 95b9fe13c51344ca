/**
 * Coverage of the curated evidence: which sentences of a source carry a number, a percentage or
 * a gap phrase, and whether a curated item (or a deliberate skip) overlaps each of them.
 */
import type { SourceRecord } from './passages.ts';

export interface Sentence {
  sourceId: string;
  start: number;
  end: number;
  text: string;
  line: number;
  signals: ('number' | 'percent' | 'gap')[];
}

export interface CoveredSentence extends Sentence {
  status: 'covered' | 'skipped' | 'uncovered';
  by: string[];
}

export const GAP_PHRASES =
  /\b(little is known|less is known|not known|unknown|further research|more research|future research|research is needed|needs? (?:to be )?(?:further )?(?:research|investigat\w+|explor\w+)|under-?researched|unclear|lack of (?:research|data|evidence|knowledge)|dearth|no data|knowledge gaps?|gaps? in (?:knowledge|the literature|research))\b/i;
const NUMBER = /(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])/;
const PERCENT = /\d\s?%|\bper ?cent\b|\bpercentage\b/i;
/** A leading paragraph or section number ("5.4.3", "12.", "1.2.") is not a figure. */
const LEADING_NUMBER = /^\s*\d+(?:\.\d+)*\.?(?:\s+|$)/;
/** Bracketed reference numbers ([30], [6–9]) and list markers ((3)) are not figures either. */
const NOT_FIGURES = /\[\d+(?:\s*[,–-]\s*\d+)*\]|\(\d\)/g;
/** Cross-references ("see 11.1", "Table 5", "chapters 5-10", "case 2") and section numbers ("12.6.21"). */
const REFERENCES =
  /\b(?:see|in|chapters?|tables?|figures?|paras?|paragraphs?|sections?|cases?|child|appendix|no\.?|stage|category|type|level)\s+\d+(?:\.\d+)*(?:\s*[-–]\s*\d+(?:\.\d+)*)?|\b\d+\.\d+\.\d+\b|\b\d+\.\d+(?=\s*[-–)]|\s+[A-Z])/gi;

export function splitSentences(sourceId: string, raw: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = raw.slice(from, to);
  const re = /[^.?!]+(?:[.?!]+["”’)]*|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    // Keep "e.g." and decimals inside one sentence: merge when the next part starts lower case or with a digit.
    const start = from + m.index;
    const end = start + m[0].length;
    const prev = out[out.length - 1];
    if (prev && /^\s*[a-z0-9(]/.test(m[0]) && prev.end === start) prev.end = end;
    else out.push({ start, end });
  }
  void sourceId;
  return out.filter((s) => raw.slice(s.start, s.end).trim().length > 0);
}

export function candidateSentences(record: SourceRecord): Sentence[] {
  const raw = record.source.raw;
  const lineStarts: number[] = [0];
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: Sentence[] = [];
  for (const p of record.passages) {
    if (p.role === 'pageFurniture' || p.role === 'heading') continue;
    for (const s of splitSentences(record.source.id, raw, p.start, p.end)) {
      const reading = (record.reading ?? raw).slice(s.start, s.end);
      const body = reading.replace(LEADING_NUMBER, '').replace(NOT_FIGURES, ' ').replace(REFERENCES, ' ');
      const signals: Sentence['signals'] = [];
      if (NUMBER.test(body)) signals.push('number');
      if (PERCENT.test(body)) signals.push('percent');
      if (GAP_PHRASES.test(body)) signals.push('gap');
      if (signals.length) {
        const lead = raw.slice(s.start, s.end).search(/\S/);
        out.push({
          sourceId: record.source.id,
          start: s.start,
          end: s.end,
          text: reading.replace(/\s+/g, ' ').trim(),
          line: lineOf(s.start + Math.max(lead, 0)),
          signals,
        });
      }
    }
  }
  return out;
}

export interface Span {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  skipped: boolean;
}

export function coverage(records: SourceRecord[], spans: Span[]): CoveredSentence[] {
  const bySource = new Map<string, Span[]>();
  for (const s of spans) bySource.set(s.sourceId, [...(bySource.get(s.sourceId) ?? []), s]);
  return records.flatMap((r) =>
    candidateSentences(r).map((s) => {
      const hits = (bySource.get(s.sourceId) ?? []).filter((x) => x.start < s.end && x.end > s.start);
      const items = hits.filter((h) => !h.skipped);
      return { ...s, status: items.length ? 'covered' : hits.length ? 'skipped' : 'uncovered', by: (items.length ? items : hits).map((h) => h.id) };
    }),
  );
}
