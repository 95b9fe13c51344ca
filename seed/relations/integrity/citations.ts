/** The sentences of a pair summary and the item ids each cites. */
import { fold } from './terms.ts';

/** Splits a summary into sentences (not at "et al.", "e.g.", "i.e.", "para." or inside a citation). */
export function sentences(text: string): string[] {
  return fold(text)
    .split(/(?<!\b(?:et al|e\.g|i\.e|para|cf|vs|No)\.)(?<=[.!?])\s+(?=[A-Z‘“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Item ids cited in square brackets: "[ceop-2013:s043; merdian-2019:s001]". */
export function citedIds(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\[([^\]]+)\]/g))
    for (const id of m[1]!.split(/[;,]\s*/)) if (/^[a-z0-9-]+:[a-z0-9.-]+$/.test(id.trim())) out.push(id.trim());
  return out;
}
