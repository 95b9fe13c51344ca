/** Statistics in a sentence: number expressions, what they count, and whether they are approximate. */
import type { IngestPassage } from '../segment.ts';
import { currency, EXPRESSIONS, FRACTIONS, isYear, parseAmount, REFERENCE_BEFORE, round } from './numbers.ts';
import type { Sentence } from './sentences.ts';
import type { TopicIndex } from './topics.ts';
import type { Candidate } from './types.ts';

export function statistics(
  text: string,
  s: Sentence,
  p: IngestPassage,
  base: Pick<Candidate, 'sentenceStart' | 'sentenceEnd' | 'passage' | 'section'>,
  index: TopicIndex,
): Candidate[] {
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  const sentence = s.text;
  const tokenAt = (abs: number) => s.tokens.find((t) => t.start <= abs && abs < t.end);
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  // The leading paragraph number of a sentence ("3.1.3  24 (46.2%) …") is not a figure.
  const atLineStart = s.start === p.start || /\n[ \t]*$/.test(text.slice(Math.max(0, s.start - 3), s.start)) || /^\s*\n/.test(sentence);
  const leading = atLineStart ? /^\s*(?:\d+(?:\.\d+)*\.?\s+(?=[\p{Lu}“"‘(])|\(?[a-z0-9]{1,3}\)\s+)?/u.exec(sentence)![0].length : 0;
  for (const { name, re } of EXPRESSIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let a = m.index;
      let b = m.index + m[0].length;
      // Trim spaces matched at the edges.
      while (a < b && /\s/.test(sentence[a]!)) a++;
      while (b > a && /\s/.test(sentence[b - 1]!)) b--;
      if (a < leading) continue;
      const absA = s.start + a;
      const absB = s.start + b;
      if (!free(absA, absB)) continue;
      const g = m.groups ?? {};
      const raw = m[0].trim();
      const digits = /\d/.test(raw);
      const before = sentence.slice(Math.max(0, a - 20), a);
      const after = sentence.slice(b, b + 40);
      if (digits) {
        // References, bracketed citations, section numbers and glued tokens are not figures.
        if (REFERENCE_BEFORE.test(before)) continue;
        // Citations in brackets hold only numbers: "[30]", "[6–9, 12]" (not "[approximately 1000]").
        if (/\[[\d\s,–-]*$/.test(before) && /^[\d\s,–-]*\]/.test(after)) continue;
        // "100,000s of offenders": a plural figure is an order of magnitude, still a figure.
        const plural = /^s\b/.test(after);
        if (
          /^\.\d/.test(after) ||
          /\d\.$/.test(before) ||
          (/^[A-Za-z]/.test(sentence.slice(b, b + 1)) && !plural) ||
          /[A-Za-z]$/.test(sentence.slice(a - 1, a))
        )
          continue;
        // wink's entities: a DATE, or no number entity at all, is not a statistic.
        const ents = s.tokens.filter((t) => t.start < absB && t.end > absA && /\d/.test(text.slice(t.start, t.end)));
        if (ents.length && ents.every((t) => t.entity === 'DATE')) continue;
      }
      let value: number | null;
      let low: number | undefined;
      let high: number | undefined;
      let unit: string | undefined;
      let confidence: number;
      let countNoun: { unit: string; phrase: string; end: number } | null = null;
      if (name === 'x in y') {
        const x = parseAmount(g.x!);
        const y = parseAmount(g.y!);
        if (x === null || y === null || y === 0 || x > y || (!digits && !/\b(in|out of)\b/.test(raw))) continue;
        value = round((100 * x) / y);
        low = x;
        high = y;
        unit = 'percent';
        confidence = 0.85;
      } else if (name === 'x of y') {
        const x = parseAmount(g.x!);
        const y = g.y ? parseAmount(g.y) : null;
        if (x === null || (y !== null && x > y) || (x <= 1 && !g.q)) continue;
        if (!digits && !s.tokens.some((t) => t.start === absA + (g.q?.length ?? 0) && (t.entity === 'CARDINAL' || t.pos === 'NUM'))) continue;
        // "24 of the 52 services": the first figure, out of the second, counting what follows.
        countNoun = g.y ? nounAfter(text, s, absB) : null;
        value = x;
        if (y !== null) {
          low = x;
          high = y;
        }
        unit = countNoun?.unit ?? 'count';
        confidence = digits ? 0.65 : 0.5;
      } else if (name === 'range') {
        const x = parseAmount(g.a!);
        const y = parseAmount(g.b!);
        if (x === null || y === null || x >= y) continue;
        if (!digits && !/\bbetween\b|\bfrom\b/i.test(raw)) continue;
        if (digits && isYear(x) && isYear(y) && !g.pa && !g.pb) continue;
        if (!/between|from|to|–|-/.test(raw)) continue;
        value = y;
        low = x;
        high = y;
        unit = g.pa || g.pb ? 'percent' : /[£$€]/.test(raw) ? currency(raw) : undefined;
        confidence = 0.7;
      } else if (name === 'fraction' || name === 'half') {
        const f = FRACTIONS[g.f!.toLowerCase()]!;
        const n = g.n ? (parseAmount(g.n) ?? 1) : 1;
        value = round(n * f);
        unit = 'percent';
        confidence = name === 'half' && !g.q && !/\bof\b/.test(after.slice(0, 5)) ? 0.3 : 0.7;
        if (name === 'half' && !/^\s+(?:of|the)\b/.test(after) && !g.q) continue;
      } else if (name === 'fold') {
        value = parseAmount(g.n!);
        unit = 'fold';
        confidence = 0.7;
      } else if (name === 'nil') {
        // "Nil" standing alone in a table cell: zero.
        if (p.role !== 'table') continue;
        value = 0;
        unit = 'count';
        confidence = 0.3;
      } else if (name === 'n=') {
        value = parseAmount(g.n!);
        unit = 'count';
        confidence = 0.6;
      } else {
        value = parseAmount(g.n!);
        if (value === null) continue;
        if (g.p) {
          unit = 'percent';
          confidence = 0.9;
        } else if (/[£$€]/.test(raw)) {
          unit = currency(raw);
          confidence = 0.85;
        } else {
          // A count: digits or a number word followed by what it counts.
          const noun = nounAfter(text, s, absB);
          countNoun = noun;
          if (!digits) {
            // Written-out numbers count only with their noun, and "one" only with a qualifier.
            if (!noun || (value <= 1 && !g.q)) continue;
            const tok = tokenAt(absA + (g.q?.length ?? 0));
            if (tok && tok.entity !== 'CARDINAL' && tok.pos !== 'NUM') continue;
          } else if (isYear(value) && !raw.includes(',') && !g.q && !(noun && /s$/.test(noun.unit) && !/^(years?|months?)$/.test(noun.unit))) continue;
          // "NGOs (7)": a figure in brackets after a word counts that word.
          const bracketed = /\p{L}[\p{L}’')]*\s*\($/u.test(before) && /^\)/.test(after);
          if (digits && value < 10 && !noun && p.role !== 'table' && !bracketed) continue;
          unit = noun?.unit;
          confidence = noun ? (digits ? 0.7 : 0.45) : p.role === 'table' ? 0.35 : 0.3;
        }
      }
      if (value === null || !Number.isFinite(value)) continue;
      // Extend a count over its noun ("1,145 reports"), a percentage over "of <what>".
      const noun = countNoun ?? (unit === undefined || unit === 'count' || unit === 'fold' ? nounAfter(text, s, absB) : null);
      const ofWhat =
        unit === 'percent' ? /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|their\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/u.exec(text.slice(absB, s.end)) : null;
      if (noun && unit !== 'fold') unit = noun.unit;
      const end = noun ? noun.end : absB;
      taken.push([absA, end]);
      const measure = noun?.phrase ?? ofWhat?.[1] ?? undefined;
      out.push({
        type: 'statistic',
        start: absA,
        end,
        quote: text.slice(absA, end),
        ...base,
        cue: name,
        confidence: round(confidence),
        topics: index.suggest(`${p.section ?? ''} ${sentence}`).topics,
        value,
        ...(low !== undefined ? { low, high } : {}),
        unit: unit ?? 'count',
        ...(measure ? { measure } : {}),
        approximate: !!g.q && /approx|around|about|almost|nearly|some|roughly|estimated|near|over|under|just/i.test(g.q),
      });
    }
  }
  return out;
}

/** The noun phrase right after a number (adjectives then nouns, from wink's parts of speech). */
function nounAfter(text: string, s: Sentence, from: number): { unit: string; phrase: string; end: number } | null {
  const toks = s.tokens.filter((t) => t.start >= from);
  let end = -1;
  let unit = '';
  let k = 0;
  let inAside = false;
  // "of the" after a number ("24 of the 52 services") means the noun comes later: no noun here.
  for (const t of toks) {
    if (t.pos === 'SPACE') continue;
    // Skip a short aside in brackets between a number and its noun: "one (completed) suicide".
    const w0 = text.slice(t.start, t.end);
    if (inAside && /\d/.test(w0)) return null; // "9 (17%) groups": the bracket holds a figure of its own
    if (end === -1 && (w0 === '(' || w0 === ')' || inAside)) {
      inAside = w0 === '(' ? true : w0 === ')' ? false : inAside;
      continue;
    }
    if (k++ > 5) break;
    const w = text.slice(t.start, t.end);
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^[A-Z]{2,}s?$/.test(w) === false && /^[a-z]/.test(w))) {
      end = t.end;
      unit = w.toLowerCase();
      continue;
    }
    if (end === -1 && (t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(w)) || (t.pos === 'PROPN' && /^[A-Z]/.test(w)) || w === '-')) continue;
    break;
  }
  if (end === -1) return null;
  return { unit, phrase: text.slice(from, end).trim(), end };
}
