/** Sentences, tokens, parts of speech and number entities of a passage, from wink-nlp. */
import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlpInstance: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (nlpInstance ??= winkNLP(model));

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Token offsets (absolute), POS and entity type per token. */
  tokens: { start: number; end: number; pos: string; entity: string | null }[];
}

/** Sentences of one passage with absolute offsets, from wink-nlp. */
export function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const slice = text.slice(from, to);
  const doc = nlp().readDoc(slice);
  const its = nlp().its;
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    off += spaces[i]!.length;
    starts.push(off);
    off += values[i]!.length;
  }
  // wink keeps every character; should a token not sit where expected, fall back to one sentence.
  if (values.some((v, i) => slice.slice(starts[i], starts[i]! + v.length) !== v)) return [];
  const entity: (string | null)[] = values.map(() => null);
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as number[];
    const type = (e.out(its.detail) as unknown as { type: string }).type;
    for (let k = a!; k <= b!; k++) entity[k] = type;
  });
  const out: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as number[];
    const start = from + starts[a!]!;
    const end = from + starts[b!]! + values[b!]!.length;
    const tokens = [];
    for (let k = a!; k <= b!; k++) tokens.push({ start: from + starts[k]!, end: from + starts[k]! + values[k]!.length, pos: pos[k]!, entity: entity[k]! });
    // A decimal point is no sentence end: wink splits "•5.5%" (a bullet read as a letter) after "5.".
    const last = out[out.length - 1];
    if (last && last.end === start && /\d\.$/.test(last.text) && /^\d/.test(text.slice(start, end))) {
      last.end = end;
      last.text = text.slice(last.start, end);
      last.tokens.push(...tokens);
    } else out.push({ start, end, text: text.slice(start, end), tokens });
  });
  return out;
}

/** The sentence without leading whitespace, paragraph numbers or bullets, and without trailing whitespace. */
export function trimSentence(text: string, start: number, end: number): { start: number; end: number } | null {
  const s = text.slice(start, end);
  const lead = /^(?:\s|\d+(?:\.\d+)*\.?\s+|[-*•●▪◦–]\s+|\((?:[a-z]|[ivx]+|\d+)\)\s+|#+\s+)*/.exec(s)![0].length;
  const trail = /\s*$/.exec(s)![0].length;
  if (lead >= s.length - trail) return null;
  const body = s.slice(lead, s.length - trail);
  if (!/\p{L}{2}/u.test(body)) return null;
  return { start: start + lead, end: end - trail };
}
