/** Marks the words of a query in a text with [[ ]] and trims to a window around the first match. */
export function highlight(text: string, query: string, window = 240): string {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
  if (words.length === 0) return text.slice(0, window);
  const stems = words.map((w) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w));
  const re = new RegExp(`\\b(${stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const first = text.search(re);
  let start = 0;
  if (first > window / 3) {
    start = text.lastIndexOf(' ', first - Math.floor(window / 3));
    if (start < 0) start = 0;
  }
  const end = Math.min(text.length, start + window);
  const slice = text.slice(start, end).replace(re, '[[$&]]');
  return `${start > 0 ? '…' : ''}${slice.trim()}${end < text.length ? '…' : ''}`;
}
