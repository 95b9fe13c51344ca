/** Statistics in a sentence: number expressions, what they count, and whether they are approximate. */
import type { IngestPassage } from '../segment.ts';
import { currency, EXPRESSIONS, FRACTIONS, isYear, LISTED_BEFORE_RESPECTIVELY, magnitude, parseAmount, REFERENCE_BEFORE, round } from './numbers.ts';
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
  // In a table a cell's noun is on its own line: "5.7⏎Internet-initiated …" starts the next row.
  const oneLine = p.role === 'table';
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
      const g = m.groups ?? {};
      // The article of "over a three year period" is no number, and the word before it no qualifier.
      const article = /^a\s+(?!hundred|dozen)(?=\p{L})/iu.exec(g.n ?? '');
      if (article) a = m.index + m[0].lastIndexOf(g.n!) + article[0].length;
      const q = article ? undefined : g.q;
      // Trim spaces matched at the edges.
      while (a < b && /\s/.test(sentence[a]!)) a++;
      while (b > a && /\s/.test(sentence[b - 1]!)) b--;
      // "the 5+ years": the plus belongs to the figure.
      const plus = sentence[b] === '+' && /\d$/.test(sentence.slice(a, b));
      if (plus) b++;
      // "(less than five) of these cases": the bracket opened before the figure is part of it.
      if (name === 'x of y' && /\)\s+of\s/.test(m[0])) {
        if (sentence[a - 1] !== '(') continue;
        a--;
      }
      if (a < leading) continue;
      const absA = s.start + a;
      const absB = s.start + b;
      if (!free(absA, absB)) continue;
      const raw = sentence.slice(a, b);
      const digits = /\d/.test(raw);
      const before = sentence.slice(Math.max(0, a - 20), a);
      const after = sentence.slice(b, b + 40);
      if (digits) {
        // References, bracketed citations, section numbers and glued tokens are not figures.
        if (REFERENCE_BEFORE.test(before)) continue;
        // "Tables 3 and 4", "footnotes 25 and 26": the later numbers of a list of references too (a bare number, not "8%").
        const wide = sentence.slice(Math.max(0, a - 60), a).replace(/(?:\d[\d.]*[a-z]?\s*(?:,|and|or|&)\s*)+$/i, '');
        if (/^[\d.,]+$/.test(raw) && REFERENCE_BEFORE.test(wide)) continue;
        // Citations in brackets hold only numbers: "[30]", "[6–9, 12]" (not "[approximately 1000]").
        if (!q && /\[[\d\s,–-]*$/.test(before) && /^[\d\s,–-]*\]/.test(after)) continue;
        // "100,000s of offenders" (a note's number may be glued on): a plural figure is an order of magnitude, still a figure.
        const plural = /^s(?:\b|\d)/.test(after);
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
      let borrowed: string | undefined;
      let cue = name;
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
        if (x === null || (y !== null && x > y) || (x <= 1 && !q)) continue;
        if (!digits && !s.tokens.some((t) => t.start === s.start + m.index + (q?.length ?? 0) && (t.entity === 'CARDINAL' || t.pos === 'NUM'))) continue;
        // "24 of the 52 services": the first figure, out of the second, counting what follows.
        countNoun = g.y ? nounAfter(text, s, absB, { oneLine }) : null;
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
        // "two and a half years": the half of a number, read by 'value'.
        const numberBefore = /(\S+)\s+and\s+$/.exec(before)?.[1];
        if (/^a$/i.test(g.n ?? '') && /^half$/i.test(g.f!) && numberBefore && parseAmount(numberBefore) !== null) continue;
        const f = FRACTIONS[g.f!.toLowerCase()]!;
        const n = g.n ? (parseAmount(g.n) ?? 1) : 1;
        value = round(n * f);
        unit = 'percent';
        confidence = name === 'half' && !q && !/\bof\b/.test(after.slice(0, 5)) ? 0.3 : 0.7;
        // "…, half involved pairs": half as the subject of a verb, opening a clause.
        const next = s.tokens.find((t) => t.start >= absB && t.pos !== 'SPACE');
        const subject =
          /(?:^|[,;:]|\band)\s*$/.test(before) && !!next && (next.pos === 'VERB' || next.pos === 'AUX' || /^\p{L}+ed$/u.test(text.slice(next.start, next.end)));
        if (name === 'half' && subject && !q) {
          confidence = 0.5;
          cue = 'half as a subject';
        } else if (name === 'half' && !/^\s+(?:of|the)\b/.test(after) && !q) continue;
      } else if (name === 'magnitude') {
        value = magnitude(g.n!);
        unit = 'count';
        confidence = 0.45;
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
          const noun = nounAfter(text, s, absB, { oneLine, determined: /\b(?:the|these|those|its|their)\s+$/i.test(before) });
          countNoun = noun;
          // "21, 196 and 7 respectively": figures listed before "respectively" need no noun.
          const listed = !noun && LISTED_BEFORE_RESPECTIVELY.test(after);
          // "5 such cases in one area and 2 in another": a figure coordinated with the count just before it counts the same.
          const coordinated = noun || listed || !/(?:,|\band|\bor|\bagainst|\bversus)\s*$/i.test(before) ? undefined : countBefore(text, s, absA, out);
          if (!digits) {
            // Written-out numbers count only with their noun (or in a list or coordination as above),
            // and "one" only with a qualifier or after "there was".
            if (!noun && !listed && !coordinated) continue;
            if (value <= 1 && !q) {
              if (!/\bthere\s+(?:was|were|is|are|(?:has|have|had) been)\s+$/i.test(before)) continue;
              cue = 'there was one';
            }
            const tok = tokenAt(article ? absA : s.start + m.index + (q?.length ?? 0));
            if (tok && tok.entity !== 'CARDINAL' && tok.pos !== 'NUM') continue;
          } else if (isYear(value) && !raw.includes(',') && !q && !(noun && /s$/.test(noun.unit) && !/^(years?|months?)$/.test(noun.unit))) continue;
          // "NGOs (7)": a figure in brackets after a word counts that word.
          const bracketed = /\p{L}[\p{L}’')]*\s*\($/u.test(before) && /^\)/.test(after);
          if (digits && value < 10 && !noun && p.role !== 'table' && !bracketed && !listed && !coordinated) continue;
          unit = noun?.unit ?? coordinated?.unit;
          if (coordinated) borrowed = coordinated.measure;
          if (listed || coordinated) cue = listed ? 'listed before "respectively"' : 'coordinated with a count';
          confidence = noun ? (digits ? 0.7 : 0.45) : listed ? 0.5 : coordinated ? 0.4 : p.role === 'table' ? 0.35 : 0.3;
        }
      }
      if (value === null || !Number.isFinite(value)) continue;
      // Extend a count over its noun ("1,145 reports"), a percentage over "of <what>".
      const noun = countNoun ?? (unit === undefined || unit === 'count' || unit === 'fold' ? nounAfter(text, s, absB, { oneLine }) : null);
      const ofWhat =
        unit === 'percent' ? /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|their\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/u.exec(text.slice(absB, s.end)) : null;
      if (noun && unit !== 'fold') unit = noun.unit;
      const end = noun ? noun.end : absB;
      taken.push([absA, end]);
      const measure = noun?.phrase ?? ofWhat?.[1] ?? borrowed;
      out.push({
        type: 'statistic',
        start: absA,
        end,
        quote: text.slice(absA, end),
        ...base,
        cue,
        confidence: round(confidence),
        topics: index.suggest(`${p.section ?? ''} ${sentence}`).topics,
        value,
        ...(low !== undefined ? { low, high } : {}),
        unit: unit ?? 'count',
        ...(measure ? { measure } : {}),
        approximate: plus || name === 'magnitude' || (!!q && /approx|around|about|almost|nearly|some|roughly|estimated|near|over|under|just/i.test(q)),
      });
    }
  }
  return out;
}

/** The count with a noun that the sentence's last figure before `at` belongs to, if it is one. */
function countBefore(text: string, s: Sentence, at: number, found: Candidate[]): Candidate | undefined {
  const figure = s.tokens.findLast((t) => t.end <= at && (t.pos === 'NUM' || /\d/.test(text.slice(t.start, t.end))));
  if (!figure) return undefined;
  return found.find((c) => c.start <= figure.start && figure.start < c.end && !!c.unit && !['count', 'percent', 'fold', 'GBP', 'USD', 'EUR'].includes(c.unit));
}

/**
 * The noun phrase right after a number (adverbs and adjectives, then nouns, from wink's parts of
 * speech: "one further reported incident"); after a determiner ("the three remaining cases") a
 * participle in -ing may modify the noun too. In a table (`oneLine`) it never crosses a line.
 */
function nounAfter(
  text: string,
  s: Sentence,
  from: number,
  { determined = false, oneLine = false }: { determined?: boolean; oneLine?: boolean } = {},
): { unit: string; phrase: string; end: number } | null {
  const toks = s.tokens.filter((t) => t.start >= from);
  let end = -1;
  let unit = '';
  let k = 0;
  let inAside = false;
  // "of the" after a number ("24 of the 52 services") means the noun comes later: no noun here.
  for (const t of toks) {
    if (t.pos === 'SPACE') continue;
    if (oneLine && text.slice(from, t.start).includes('\n')) break;
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
    if (
      end === -1 &&
      (t.pos === 'ADJ' ||
        t.pos === 'ADV' ||
        (t.pos === 'VERB' && (/ed$/.test(w) || (determined && /ing$/.test(w)))) ||
        (t.pos === 'PROPN' && /^[A-Z]/.test(w)) ||
        w === '-')
    )
      continue;
    break;
  }
  if (end === -1) return null;
  return { unit, phrase: text.slice(from, end).trim(), end };
}
