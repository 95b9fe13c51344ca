/**
 * Splits a raw corpus file into passages that tile it exactly: contiguous [start, end) spans with
 * no gaps or overlaps, each with a role and the section heading it falls under. Blank lines belong
 * to the passage before them, so every character is addressable.
 *
 * Layout facts of these PDF extractions that the rules rely on:
 * - a new page starts with a line indented by exactly one space;
 * - the 2006 report ends a page's body with a separator line of spaces, then its footnotes;
 * - the 2013 assessment puts footnotes at a page's foot as number lines interleaved with notes,
 *   and repeats the section title at the top of each page (a running header);
 * - flattened tables put one cell or row per line after a "Table N" caption;
 * - the slide deck separates slides with runs of blank lines and breaks text into short lines.
 */
import type { PassageRole } from '../core/vocabulary.ts';
export type { PassageRole };

export interface Passage {
  id: string;
  sourceId: string;
  ordinal: number;
  start: number;
  end: number;
  role: PassageRole;
  section: string | null;
}

export type Layout = 'document' | 'slides';

interface Line {
  start: number;
  /** End of the line's text, before the newline. */
  end: number;
  /** Start of the next line. */
  next: number;
  text: string;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < raw.length) {
    const nl = raw.indexOf('\n', start);
    const end = nl === -1 ? raw.length : nl;
    lines.push({ start, end, next: nl === -1 ? raw.length : nl + 1, text: raw.slice(start, end) });
    start = nl === -1 ? raw.length : nl + 1;
  }
  return lines;
}

const isSeparator = (l: Line) => /^ {20,}\s*$/.test(l.text);
const isBlank = (l: Line) => l.text.trim() === '' && !isSeparator(l);
const isNumberOnly = (t: string) => /^\s*\d{1,3}\s*$/.test(t);
const isCaption = (t: string) => /^\s*(table|figure|chart)\s+[0-9]+[.:]?\s/i.test(t + ' ');
const isPageStart = (t: string) => /^ \S/.test(t);
const endsSentence = (t: string) => /[.?!:;,”’"']\s*$/.test(t);
const looksNumericRow = (t: string) => /(\d[\d.,%]*\s*){1,}$/.test(t.trim()) && t.trim().length <= 90;

function isHeadingBlock(texts: string[]): boolean {
  if (texts.length > 2) return false;
  const joined = texts.map((t) => t.trim()).join(' ');
  if (joined.length > 90 || joined.length < 2) return false;
  if (endsSentence(joined) && !/^\d+(\.\d+)*\.?$/.test(joined)) return false;
  if (/^[a-z•\-–(*]/.test(joined)) return false;
  // A table row that lost its table ("Total 52 100.1*"): a label followed by two figures.
  if (/\s\d[\d.,]*%?\s+\d[\d.,]*%?\*?$/.test(joined)) return false;
  return joined.split(/\s+/).length <= 12;
}

const LABELS = new Set(['finding', 'recommendation', 'implication', 'findings', 'recommendations', 'implications']);

export function segment(sourceId: string, raw: string, layout: Layout = 'document'): Passage[] {
  const lines = splitLines(raw);
  const passages: Passage[] = [];
  let section: string | null = null;

  // Running headers: page-start lines whose text recurs at the top of several pages.
  const pageStartCounts = new Map<string, number>();
  for (const l of lines) if (isPageStart(l.text)) pageStartCounts.set(l.text.trim(), (pageStartCounts.get(l.text.trim()) ?? 0) + 1);
  const isRunningHeader = (l: Line) => isPageStart(l.text) && (pageStartCounts.get(l.text.trim()) ?? 0) >= 3;

  const push = (from: number, to: number, role: PassageRole, text?: string) => {
    if (to <= from) return;
    const prev = passages[passages.length - 1];
    // Blank lines and furniture-only fragments never stand alone at the start.
    if (role === 'heading' && text) {
      const label = text.trim().replace(/\s+/g, ' ');
      if (!LABELS.has(label.toLowerCase())) section = label;
    }
    if (prev && prev.end !== from) throw new Error(`segmenter gap at ${prev.end}..${from}`);
    passages.push({
      id: `${sourceId}:p${String(passages.length + 1).padStart(4, '0')}`,
      sourceId,
      ordinal: passages.length + 1,
      start: from,
      end: to,
      role,
      section: role === 'heading' ? section : section,
    });
  };

  // Group lines into blocks: maximal runs of non-blank lines, with trailing blank lines attached.
  interface Block {
    lines: Line[];
    start: number;
    end: number;
  }
  const blocks: Block[] = [];
  let i = 0;
  let leading = 0;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  if (i > 0) leading = lines[i - 1]!.next;
  while (i < lines.length) {
    const group: Line[] = [];
    const gapLimit = layout === 'slides' ? 3 : 1;
    // Slides: a slide is a run of lines separated by fewer than three blank lines.
    while (i < lines.length) {
      if (!isBlank(lines[i]!)) {
        group.push(lines[i]!);
        i++;
        continue;
      }
      let k = i;
      while (k < lines.length && isBlank(lines[k]!)) k++;
      if (layout === 'slides' && k - i < gapLimit && k < lines.length) {
        i = k;
        continue;
      }
      break;
    }
    while (i < lines.length && isBlank(lines[i]!)) i++;
    const end = i < lines.length ? lines[i]!.start : raw.length;
    blocks.push({ lines: group, start: group[0]!.start, end });
  }
  if (blocks.length === 0) {
    push(0, raw.length, 'pageFurniture');
    return passages;
  }
  blocks[0]!.start = 0;
  void leading;

  if (layout === 'slides') {
    for (const b of blocks) {
      section = b.lines[0]!.text.trim();
      push(b.start, b.end, 'body');
    }
    return passages;
  }

  let inFootnotes = false;
  let tableLines = 0;
  let pendingNote = false;
  for (const b of blocks) {
    // Split a block where a page boundary, footnote separator or running header falls inside it.
    const parts: { lines: Line[]; role?: PassageRole }[] = [];
    let current: Line[] = [];
    const flush = (role?: PassageRole) => {
      if (current.length) parts.push({ lines: current, role });
      current = [];
    };
    const width = Math.max(...b.lines.map((l) => l.text.trimEnd().length));
    b.lines.forEach((l, k) => {
      const prevLine = b.lines[k - 1];
      if (isSeparator(l)) {
        flush();
        inFootnotes = true;
        current.push(l);
        return;
      }
      if (inFootnotes && isPageStart(l.text)) {
        flush('footnote');
        inFootnotes = false;
      }
      // A numbered paragraph, a new page, or a short line ending a sentence starts a new passage.
      const paragraphEnded =
        prevLine !== undefined &&
        width >= 60 &&
        endsSentence(prevLine.text.trimEnd()) &&
        prevLine.text.trimEnd().length < width * 0.85 &&
        /^\s?[A-Z0-9“‘"]/.test(l.text);
      if (current.length && !inFootnotes && (startsNumberedParagraph(l.text) || isPageStart(l.text) || paragraphEnded)) flush();
      // A numbered section title on its own line ("2.1. Study Design") is a heading.
      if (!inFootnotes && width >= 60 && /^\s?\d+(\.\d+)*\.?\s+[A-Z][^.]{0,60}$/.test(l.text.trimEnd()) && !endsSentence(l.text.trimEnd())) {
        flush();
        parts.push({ lines: [l], role: 'heading' });
        return;
      }
      if (isRunningHeader(l)) {
        flush(inFootnotes ? 'footnote' : undefined);
        inFootnotes = false;
        parts.push({ lines: [l], role: 'pageFurniture' });
        return;
      }
      current.push(l);
    });
    flush(inFootnotes ? 'footnote' : undefined);

    parts.forEach((part, k) => {
      const from = k === 0 ? b.start : part.lines[0]!.start;
      const to = k === parts.length - 1 ? b.end : parts[k + 1]!.lines[0]!.start;
      const texts = part.lines.map((l) => l.text);
      let role: PassageRole;
      if (part.role) role = part.role;
      else if (texts.every((t) => isNumberOnly(t)) && tableLines === 0) role = pendingNote ? 'footnote' : 'pageFurniture';
      else if (texts.filter(isNumberOnly).length >= 2 && !texts.some(startsNumberedParagraph)) role = 'footnote';
      else if (pendingNote && texts.length <= 3 && !texts.some(startsNumberedParagraph) && !isHeadingBlock(texts)) role = 'footnote';
      else if (isCaption(texts[0]!)) {
        role = 'caption';
        tableLines = 1;
      } else if (tableLines > 0 && tableLines < 200 && !isProse(texts)) {
        role = 'table';
      } else if (texts.length >= 2 && texts.filter(looksNumericRow).length / texts.length >= 0.6) {
        role = 'table';
      } else if (isHeadingBlock(texts)) role = 'heading';
      else role = 'body';
      if (role === 'table' || role === 'caption') tableLines += texts.length;
      else if (role !== 'pageFurniture' && role !== 'footnote') tableLines = 0;
      pendingNote = texts.length === 1 && isNumberOnly(texts[0]!) && tableLines === 0;
      const prev = passages[passages.length - 1];
      // Cells of one flattened table, and a bare paragraph number with its paragraph, read as one passage.
      if (
        prev &&
        prev.end === from &&
        ((role === 'table' && prev.role === 'table') || (isParagraphNumberOnly(raw.slice(prev.start, prev.end)) && role !== 'pageFurniture'))
      ) {
        prev.end = to;
        if (isParagraphNumberOnly(raw.slice(prev.start, from))) prev.role = role;
        return;
      }
      push(from, to, role, texts.join(' '));
    });
  }
  return passages;
}

function startsNumberedParagraph(t: string): boolean {
  return /^ ?\d{1,3}\.(\s|$)/.test(t) || /^ ?\d+(\.\d+)+\s/.test(t);
}

function isParagraphNumberOnly(t: string): boolean {
  return /^\s*\d{1,3}\.\s*$/.test(t);
}

/** A block of running prose ends a flattened table. */
function isProse(texts: string[]): boolean {
  const long = texts.filter((t) => t.trim().length >= 60);
  if (texts.some((t) => t.trim().length >= 85)) return true;
  return long.length >= 2 && endsSentence(texts[texts.length - 1]!);
}
