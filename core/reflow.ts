/**
 * Display text from raw text: wrapped lines joined, page-start indents and runs of spaces folded,
 * a line-end hyphen joined to the next word ("long-\nterm" reads "long-term"). Pure and
 * browser-safe: the web reader applies it to the highlighted segments of a passage, so a quote
 * reads the same in the reader as in the passage text.
 */
import type { PassageRole } from './vocabulary.ts';
export type ReflowRole = PassageRole;

export function reflow(text: string, role: ReflowRole = 'body'): string {
  if (role === 'table') {
    return text
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }
  return text
    .replace(/([A-Za-z])-[ \t]*\n\s*(?=[A-Za-z])/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slides: keep the deck's blocks as lines, join the fragments inside each block. */
export function reflowSlide(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => reflow(block))
    .filter(Boolean)
    .join('\n');
}
