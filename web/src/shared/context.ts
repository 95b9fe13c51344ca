/**
 * The text around a quote, shortened to about `max` characters on a word boundary (never
 * mid-word), with an ellipsis where it was cut.
 */
export function contextBefore(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = text.slice(text.length - max);
  // The cut fell mid-word unless the character before it is a space: drop the partial word.
  const cutMidWord = !/\s/.test(text[text.length - max - 1] ?? ' ');
  const start = cutMidWord ? tail.search(/\s/) : 0;
  return start < 0 ? '…' : `…${tail.slice(start).trimStart()}`;
}

export function contextAfter(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const cutMidWord = !/\s/.test(text[max] ?? ' ');
  const end = cutMidWord ? head.search(/\s\S*$/) : head.length;
  return end < 0 ? '…' : `${head.slice(0, end).trimEnd()}…`;
}
