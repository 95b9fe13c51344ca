/**
 * Generic segmentation of an extracted text into passages that tile it exactly: contiguous
 * [start, end) spans, no gaps, no overlaps, each with a role and the section heading it falls
 * under. No per-document rules: every rule reads layout that any extraction can have.
 *
 * - Pages: lines holding only a form feed (the PDF extractor's page breaks). Without them, page
 *   numbers found on their own line stand in for page boundaries.
 * - Page furniture: page numbers ("12", "Page 12", "12 of 40") at a page's edge, and short lines
 *   that recur at page edges (digits ignored) on at least three pages: running headers and footers.
 * - Headings: Markdown `#`, numbered titles ("2.1 Study design", "Chapter 3"), and short
 *   title-like lines standing alone.
 * - Lists: bullets and (a)/(i)/a) markers; tables: Markdown `|` rows, column-aligned lines, figure rows, and
 *   flattened tables (short cells one per line) after a "Table N" caption; captions: "Table N",
 *   "Figure N"; footnotes: numbered notes at the foot of a page, or after a rule line.
 * Blank lines and form feeds belong to the passage before them.
 */
import type { PassageRole } from '../../core/vocabulary.ts';

export type IngestRole = PassageRole | 'list';
export const INGEST_ROLES: readonly IngestRole[] = ['heading', 'body', 'list', 'table', 'footnote', 'caption', 'pageFurniture'];

export interface IngestPassage {
  ordinal: number;
  start: number;
  end: number;
  role: IngestRole;
  section: string | null;
}

interface Line {
  start: number;
  /** Start of the next line. */
  next: number;
  text: string;
  /** Index of the page (0 when the text has no page breaks). */
  page: number;
  kind?: IngestRole;
}

const isBlank = (t: string) => t.trim() === '';
const isPageBreak = (t: string) => /^[ \t]*\f[\f \t]*$/.test(t);
const PAGE_NUMBER = /^\s*(?:(?:page|p\.)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
const BULLET = /^\s*(?:[-*+•●▪◦‣∙·–]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4})\))\s+\S/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const NUMBERED_TITLE = /^\s*(?:(?:chapter|part|section|appendix|annex)\s+[\dIVXA-Z]+[.:]?|\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+[A-Z“"‘(][^.!?]{1,80}$/i;
const CAPTION = /^\s*(?:table|figure|fig\.|chart|graph|box|exhibit)\s+[\dIVX]+(?:\.\d+)?[.:]?(?:\s|$)/i;
const NOTE = /^\s*(?:\d{1,3}|[*†‡§])\s+\S/;
const SENTENCE_END = /[.?!:;,”’"']\s*$/;
const NUMERIC_CELL = /^\s*[-–(]?[£$€]?\d[\d.,]*%?\)?(?:\s+[-–(]?[£$€]?\d[\d.,]*%?\)?)*\s*$/;
const LABEL_ONLY =
  /^(abstract|summary|keywords?|contents|references|bibliography|acknowledg?ements?|notes|foreword|preface|introduction|conclusions?|discussion|methods?|results|executive summary|key findings|recommendations?)\s*:?$/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let page = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const t = text.slice(start, end);
    lines.push({ start, next: nl === -1 ? text.length : nl + 1, text: t, page });
    if (isPageBreak(t) || t.includes('\f')) page++;
    start = nl === -1 ? text.length : nl + 1;
  }
  return lines;
}

const furnitureKey = (t: string) => t.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();

/** Marks page numbers and running headers/footers. */
function markFurniture(lines: Line[]): void {
  const pageCount = lines.length ? lines[lines.length - 1]!.page + 1 : 0;
  const content = (l: Line) => !isBlank(l.text) && !isPageBreak(l.text);
  // The lines at the edges of each page: with page breaks, the first and last two lines of each
  // page; without, the lines next to a standalone page number (a page number on its own block).
  const edges: Line[][] = [];
  if (pageCount >= 2) {
    const byPage = new Map<number, Line[]>();
    for (const l of lines) if (content(l)) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
    for (const ls of byPage.values()) edges.push([...new Set([...ls.slice(0, 2), ...ls.slice(-2)])]);
  } else {
    const numbers: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!content(l) || !/^\s*\d{1,4}\s*$/.test(l.text) || !standalone(lines, i)) continue;
      // A number between figures is a table cell, not a page number.
      const prev = prevContent(lines, i);
      const next = nextContent(lines, i);
      if ((prev && NUMERIC_CELL.test(prev.text)) || (next && NUMERIC_CELL.test(next.text))) continue;
      numbers.push(i);
    }
    // Page numbers rise through a document: keep a number only when a neighbouring one continues the sequence.
    const value = (i: number) => Number(lines[i]!.text.trim());
    const pageNumbers = numbers.filter((i, k) => {
      const before = numbers[k - 1];
      const after = numbers[k + 1];
      const rises = (a: number, b: number) => value(b) > value(a) && value(b) - value(a) <= 40;
      return (before !== undefined && rises(before, i)) || (after !== undefined && rises(i, after));
    });
    for (const i of pageNumbers) {
      const l = lines[i]!;
      const around: Line[] = [l];
      for (let k = i - 1, n = 0; k >= 0 && n < 2; k--) {
        if (!content(lines[k]!)) continue;
        around.unshift(lines[k]!);
        n++;
      }
      for (let k = i + 1, n = 0; k < lines.length && n < 2; k++) {
        if (!content(lines[k]!)) continue;
        around.push(lines[k]!);
        n++;
      }
      edges.push(around);
    }
  }
  const counts = new Map<string, number>();
  for (const group of edges) {
    for (const key of new Set(group.map((l) => furnitureKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minRepeats = pageCount >= 2 ? Math.max(3, Math.ceil(0.25 * pageCount)) : 3;
  for (const group of edges) {
    for (const l of group) {
      const t = l.text.trim();
      if (t.length > 100) continue;
      const pageNumber = PAGE_NUMBER.test(t) && (pageCount >= 2 ? group.indexOf(l) === 0 || group.indexOf(l) === group.length - 1 : true);
      const repeated = (counts.get(furnitureKey(t)) ?? 0) >= minRepeats && !NUMERIC_CELL.test(t) && /\p{L}/u.test(t);
      if (pageNumber || repeated) l.kind = 'pageFurniture';
    }
  }
  // Without page breaks, a standalone page number is furniture only next to another piece of furniture
  // or where numbers run in sequence; a lone number inside a table stays a cell.
  if (pageCount < 2) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.kind !== 'pageFurniture' || !/^\s*\d{1,4}\s*$/.test(l.text)) continue;
      const near = [lines[i - 1], lines[i - 2], lines[i + 1], lines[i + 2]].some((x) => x && x !== l && x.kind === 'pageFurniture');
      const tableAround = [lines[i - 2], lines[i + 2]].every((x) => x && NUMERIC_CELL.test(x.text));
      if (!near && tableAround) l.kind = undefined;
    }
  }
}

const FIGURE = /^[-–(]?[£$€]?\d[\d.,]*%?\)?\**$/;
/** How many figures end a line after a short label ("Shire county 2 0 0 130 100.0"): a table row's cells. */
function trailingFigures(t: string): number {
  const words = t.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && FIGURE.test(words[words.length - 1 - n]!)) n++;
  const label = words.slice(0, words.length - n).join(' ');
  return /\p{L}/u.test(label) && words.length - n <= 12 && !/[.;:,]$/.test(label) ? n : 0;
}

/**
 * A table row a text file lays out as one line: a label and three or more figures, or two figures
 * where the line stands alone or next to another row ("Total 52 100.1*").
 */
function figureRow(lines: Line[], i: number): boolean {
  const n = trailingFigures(lines[i]!.text);
  if (n >= 3) return true;
  if (n < 2) return false;
  const near = [prevContent(lines, i), nextContent(lines, i)].some((x) => x && (trailingFigures(x.text) >= 2 || NUMERIC_CELL.test(x.text)));
  return near || standaloneBlock(lines, i);
}

/** A line with a blank line (or the text's edge) on both sides. */
function standalone(lines: Line[], i: number): boolean {
  const before = i === 0 || isBlank(lines[i - 1]!.text) || isPageBreak(lines[i - 1]!.text);
  const after = i === lines.length - 1 || isBlank(lines[i + 1]!.text) || isPageBreak(lines[i + 1]!.text);
  return before && after;
}

function titleLike(t: string): boolean {
  const s = t.trim();
  if (s.length < 2 || s.length > 90) return false;
  if (SENTENCE_END.test(s) && !/:$/.test(s)) return false;
  if (!/^[\p{Lu}\d“"‘(]/u.test(s)) return false;
  if (NUMERIC_CELL.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 12) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised / words.length >= 0.5 || words.length <= 4 || LABEL_ONLY.test(s);
}

/** The passages of a text. */
export function segmentText(text: string): IngestPassage[] {
  const lines = splitLines(text);
  markFurniture(lines);
  const width = typicalWidth(lines);

  // Line kinds.
  let inNotes = false;
  let tableRun = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (/^ {20,}$/.test(t) || /^\s*[_\-–—=]{5,}\s*$/.test(t)) {
      // A rule line (or a long run of spaces standing in for one) starts the page's notes.
      inNotes = true;
      l.kind = 'footnote';
      continue;
    }
    if (isBlank(t) || isPageBreak(t)) {
      if (isPageBreak(t)) inNotes = false;
      continue;
    }
    if (l.kind === 'pageFurniture') {
      inNotes = false;
      continue;
    }
    // Notes run until the page ends, or until a line after a blank line that does not start a note.
    if (inNotes && i > 0 && isBlank(lines[i - 1]!.text) && lines[i - 1]!.kind !== 'footnote' && !NOTE.test(t)) inNotes = false;
    if (inNotes) {
      l.kind = 'footnote';
      continue;
    }
    const prev = prevContent(lines, i);
    const next = nextContent(lines, i);
    let row = false;
    if (MD_HEADING.test(t)) l.kind = 'heading';
    else if (CAPTION.test(t)) {
      l.kind = 'caption';
      tableRun = 1;
    } else if (/^\s*\|.*\|\s*$/.test(t) || /\S(?: {3,}|\t)\S.*\S(?: {3,}|\t)\S/.test(t)) l.kind = 'table';
    else if (BULLET.test(t)) l.kind = 'list';
    else if (figureRow(lines, i)) {
      l.kind = 'table';
      row = true;
    } else if (
      NUMBERED_TITLE.test(t) &&
      !SENTENCE_END.test(t) &&
      (!prev || isBlank(lines[i - 1]!.text) || SENTENCE_END.test(prev.text) || prev.kind === 'heading')
    )
      l.kind = 'heading';
    else if (tableRun > 0 && tableRun < 300 && t.trim().length < 60 && !(SENTENCE_END.test(t) && t.trim().split(/\s+/).length > 6)) l.kind = 'table';
    else if (NUMERIC_CELL.test(t) && ((prev && NUMERIC_CELL.test(prev.text)) || (next && NUMERIC_CELL.test(next.text)) || standalone(lines, i)))
      l.kind = 'table';
    else if (standaloneBlock(lines, i) && titleLike(t)) l.kind = 'heading';
    else if (prev?.kind === 'list' && listContinues(lines, i, prev)) l.kind = 'list';
    else l.kind = 'body';
    // A figure row continues a table a caption opened but opens none (the heading after it stays one).
    if (row) tableRun = tableRun > 0 ? tableRun + 1 : 0;
    else if (l.kind === 'table' || l.kind === 'caption') tableRun += 1;
    else if (l.kind !== 'heading' || tableRun === 0) tableRun = 0;
  }
  // Footnotes at a page's foot: numbered note lines after the last body line of a page, before furniture or a page break.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'body' && l.kind !== 'list') continue;
    if (!NOTE.test(l.text) || l.text.trim().length > width * 1.2) continue;
    // Walk forward over the note and any following note lines; it must end at a page edge.
    let k = i;
    while (
      k < lines.length &&
      !lines[k]!.kind?.startsWith('page') &&
      !isPageBreak(lines[k]!.text) &&
      (lines[k]!.kind === 'body' || lines[k]!.kind === 'list' || isBlank(lines[k]!.text) || lines[k]!.kind === 'footnote')
    )
      k++;
    const atEdge = k === lines.length || lines[k]!.kind === 'pageFurniture' || isPageBreak(lines[k]!.text);
    const span = lines.slice(i, k).filter((x) => !isBlank(x.text));
    if (atEdge && span.length && span.length <= 12 && /^\s*(?:\d{1,3}|[*†‡§])\s/.test(span[0]!.text) && i > 0 && isBlank(lines[i - 1]!.text))
      for (const x of span) x.kind = 'footnote';
  }

  // Passages: runs of lines of one kind; body and lists split into paragraphs and items.
  const passages: IngestPassage[] = [];
  let section: string | null = null;
  let current: { start: number; role: IngestRole; firstLine: Line } | null = null;
  const open = (l: Line, role: IngestRole) => {
    if (current) close(l.start);
    current = { start: passages.length === 0 ? 0 : l.start, role, firstLine: l };
  };
  const close = (end: number) => {
    if (!current || end <= current.start) return;
    if (current.role === 'heading') section = headingText(text.slice(current.start, end)) ?? section;
    passages.push({ ordinal: passages.length + 1, start: current.start, end, role: current.role, section });
    current = null;
  };
  let prevContentLine: Line | null = null;
  let blankBefore = true;
  for (const l of lines) {
    if ((isBlank(l.text) && l.kind !== 'footnote') || isPageBreak(l.text)) {
      blankBefore = true;
      continue;
    }
    const role = l.kind ?? 'body';
    const cur = current as { start: number; role: IngestRole; firstLine: Line } | null;
    let startNew = !cur || cur.role !== role;
    if (!startNew && cur) {
      if (role === 'body') {
        const p = prevContentLine!;
        const paragraphEnded = p.text.trimEnd().length < width * 0.8 && SENTENCE_END.test(p.text) && /^\s?[\p{Lu}\d“‘"]/u.test(l.text);
        startNew = blankBefore || paragraphEnded || /^\s?\d+(?:\.\d+)+\.?\s/.test(l.text);
      } else if (role === 'list') startNew = BULLET.test(l.text);
      else if (role === 'heading') startNew = blankBefore || MD_HEADING.test(l.text);
      else if (role === 'pageFurniture') startNew = false;
      else if (role === 'footnote') startNew = NOTE.test(l.text) && blankBefore;
      else startNew = false; // table, caption: one passage per run (blank lines inside a flattened table included)
    }
    if (startNew) open(l, role);
    prevContentLine = l;
    blankBefore = false;
  }
  close(text.length);
  if (!passages.length) passages.push({ ordinal: 1, start: 0, end: text.length, role: 'pageFurniture', section: null });
  // The first passage starts at 0 and the last ends at the text's end (leading and trailing blank lines included).
  passages[0]!.start = 0;
  // Close any gap left between passages: each passage ends where the next one starts.
  for (let i = 0; i < passages.length - 1; i++) passages[i]!.end = passages[i + 1]!.start;
  passages[passages.length - 1]!.end = text.length;
  return passages;
}

function prevContent(lines: Line[], i: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if (!isBlank(lines[k]!.text) && !isPageBreak(lines[k]!.text)) return lines[k];
  return undefined;
}
function nextContent(lines: Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (!isBlank(lines[k]!.text) && !isPageBreak(lines[k]!.text)) return lines[k];
  return undefined;
}

/**
 * A list item's continuation: the next line of the item (indented or not: a "lazy" line, as in
 * Markdown), or, after a blank line, a line starting in lower case where the item stopped
 * mid-sentence (a page break or a note cut it).
 */
function listContinues(lines: Line[], i: number, prev: Line): boolean {
  if (!isBlank(lines[i - 1]!.text)) return true;
  return !SENTENCE_END.test(prev.text) && /^\s*\p{Ll}/u.test(lines[i]!.text);
}

/** A title-like line that is a block on its own, or the first of two lines followed by a blank (a two-line heading). */
function standaloneBlock(lines: Line[], i: number): boolean {
  const blankOrEdge = (k: number) => k < 0 || k >= lines.length || isBlank(lines[k]!.text) || isPageBreak(lines[k]!.text) || lines[k]!.kind === 'pageFurniture';
  if (blankOrEdge(i - 1) && blankOrEdge(i + 1)) return true;
  // "1. Introduction" style: a short title directly followed by a long prose line.
  const next = lines[i + 1];
  return blankOrEdge(i - 1) && !!next && next.text.trim().length > 60 && LABEL_ONLY.test(lines[i]!.text.trim());
}

function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 20);
  if (!lengths.length) return 80;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)]!;
}

function headingText(raw: string): string | null {
  const t = raw
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t ? t.slice(0, 200) : null;
}
