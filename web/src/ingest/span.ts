/**
 * A candidate's quote with the passage text shown around it: the window the curator may move the
 * quote's ends within. Offsets are the stored text's; the server checks the quote again.
 */
export interface Windowed {
  start: number;
  end: number;
  quote: string;
  contextBefore: string;
  contextAfter: string;
}

/** The shown text and the stored offset its first character has. */
export function windowOf(c: Windowed): { base: number; text: string } {
  return { base: c.start - c.contextBefore.length, text: c.contextBefore + c.quote + c.contextAfter };
}

/** The quote between start and end, or why that span cannot be quoted from the shown text. */
export function spanQuote(c: Windowed, start: number, end: number): { quote: string } | { problem: string } {
  const { base, text } = windowOf(c);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { problem: 'Start and end are whole numbers.' };
  if (end <= start) return { problem: 'The end must come after the start.' };
  if (start < base || end > base + text.length) return { problem: `Keep the quote within the text shown (${base}–${base + text.length}).` };
  const quote = text.slice(start - base, end - base);
  if (!quote.trim()) return { problem: 'The span holds no text.' };
  return { quote };
}

/** Moves the ends out to whole words: a quote that starts or ends inside a word is widened to it. */
export function toWords(c: Windowed, start: number, end: number): { start: number; end: number } {
  const { base, text } = windowOf(c);
  let s = Math.max(start - base, 0);
  let e = Math.min(end - base, text.length);
  while (s > 0 && /\w/.test(text[s - 1]!) && /\w/.test(text[s]!)) s--;
  while (e < text.length && /\w/.test(text[e - 1]!) && /\w/.test(text[e]!)) e++;
  return { start: base + s, end: base + e };
}
