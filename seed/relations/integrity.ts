/**
 * Integrity checks of the curated evidence and relations against the written standard
 * (docs/curation.md, "Standard for relations and items"). Each finding names the file, the item,
 * relation, group or pair id, and the reason. A finding a curator judged fine is listed under
 * `accepted:` in a relations file (check, id, reason) and is then not reported.
 *
 * Run by `npm run relations:check` and by test/integrity.test.ts. Pure: takes what the readers return.
 */
import type { ClaimRecord, StatisticRecord } from '../../core/records.ts';
import type { EvidenceData } from '../evidence/build.ts';
import type { Problem } from '../evidence/read.ts';
import { compareGroup, type Comparison } from './compare.ts';
import type { RelationsData } from './read.ts';
import type { INTEGRITY_CHECKS } from './schema.ts';

export type IntegrityCheck = (typeof INTEGRITY_CHECKS)[number];

export interface Finding {
  check: IntegrityCheck;
  /** The evidence or relations file, relative to seed/. */
  file: string;
  /** The relation, item, comparison group or pair summary the finding is about. */
  id: string;
  message: string;
}

export function findingAsProblem(f: Finding): Problem {
  return { file: f.file, item: f.id, message: `[${f.check}] ${f.message}` };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Key terms: content words, crudely stemmed, so "concern"/"concerns"/"concerned" meet.

const STOP = new Set(
  `about above after again against also although among another because been before being between both but
  can could does doing during each either even every from further given have having here however into its itself
  just less made make many more most much must neither nor not now only other others over same should since
  some such than that their them then there these they this those though through thus under until upon very
  was were what when where whereas which while who whom whose why will with within without would yet your
  says say said find finds found note notes noted report reports reported source sources state states stated
  gives give given point points argue argues argued describe describes described record records recorded
  show shows shown suggest suggests suggested treat treats treated each one two three first second other
  gallagher ceop merdian sectt iwg oso interpol deck note thematic roundtable assessment study paper authors
  et al para paragraph figure figures item items quote quotes tension facet scope emphasis period population
  place definition measure direct relation supports contradicts qualifies`
    .split(/\s+/)
    .filter(Boolean),
);

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  for (const suf of [
    'ational',
    'ations',
    'ation',
    'ments',
    'ment',
    'ness',
    'ings',
    'ing',
    'ised',
    'ized',
    'ises',
    'izes',
    'ise',
    'ize',
    'ies',
    'ied',
    'ers',
    'er',
    'ed',
    'es',
    's',
    'ly',
    'al',
    'ity',
    'ive',
  ]) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w.slice(0, 6);
}

export function keyTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z’'-]*[a-z]|\d[\d,.]*\d|\d/g)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      out.add(w.replace(/,/g, ''));
      continue;
    }
    for (const part of w.split('-')) if (part.length >= 4 && !STOP.has(part)) out.add(stem(part));
  }
  return out;
}

/** Phrases the rationale quotes from the sources, in ‘…’ or "…" (three words or more). */
export function quotedPhrases(rationale: string): string[] {
  const out: string[] = [];
  for (const m of rationale.matchAll(/[‘“"]([^’”"]{3,}?)[’”"](?![a-z])/g)) {
    const p = fold(m[1]!);
    if (p.split(' ').length >= 3) out.push(p);
  }
  return out;
}

/** Every word or phrase the rationale puts in quotation marks (‘…’, “…”, "…", '…'), however short. */
export function allQuotedPhrases(rationale: string): string[] {
  const out: string[] = [];
  for (const m of rationale.matchAll(/(?<![\p{L}\p{N}])(?:‘([^’]+?)’|“([^”]+?)”|"([^"]+?)"|'([^']+?)')(?![\p{L}])/gu)) {
    const p = fold(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    if (/\p{L}/u.test(p)) out.push(p);
  }
  return out;
}

const normalise = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*(?:…|\.\.\.)\s*/g, ' … ');

/** A quoted phrase is inside a quote when each of its pieces (split at an ellipsis) is. */
function phraseIn(phrase: string, quote: string): boolean {
  const q = normalise(quote);
  return normalise(phrase)
    .split(' … ')
    .map((p) => p.trim().replace(/^[.,;:]+|[.,;:]+$/g, ''))
    .filter(Boolean)
    .every((p) => q.includes(p));
}

// ---------------------------------------------------------------------------------------------
// Fragments: a quote whose key word points outside it, or that stops mid-sentence.

/** Words that open a quote and need an antecedent outside it ("This is inaccurate", "These differences", "such cases"). */
const ANAPHOR = /^(?:this|these|that|those|it|its|they|their|them|such|he|she)\b/i;
/** Openings that look like an anaphor but need no antecedent: self-reference of the source, expletive "it", discourse markers. */
const NOT_ANAPHOR =
  /^(?:(?:this|these)\s+(?:report|research|study|assessment|paper|article|document|section|chapter|researchers|authors|year)\b|that said\b|those(?:\s+[\p{L}-]+){0,3}?\s+(?:with|who|whose|that|which)\b|it\s+(?:is|was|seems|seemed|would|will|could|did|does|appears|appeared|may|might|can|should|must|remains)\b(?:\s+\S+){0,6}?\s+(?:that|to|whether|how|not|when|if)\b|it[’']s\s+(?:much|very|really|not|hard|difficult|easier)\b)/iu;

/** Why an endpoint quote is a fragment, or undefined. Statistics quote a figure's words, so only their opening is tested. */
export function fragmentOf(i: Pick<ClaimRecord, 'quote' | 'reading' | 'suffix'>, isStatistic = false): string | undefined {
  const q = fold(i.reading ?? i.quote).replace(/^[\s\-–•*"“‘(]+/, '');
  if (ANAPHOR.test(q) && !NOT_ANAPHOR.test(q)) return `it opens with "${q.split(' ').slice(0, 3).join(' ')}", whose antecedent lies outside the quote`;
  if (isStatistic) return undefined;
  const next = i.suffix.replace(/^\s+/, '');
  if (!/[.!?;:)"”’]$/.test(q) && /^[a-z]/.test(next))
    return `it stops mid-sentence ("…${q.split(' ').slice(-3).join(' ')}" is followed by "${next.split(/\s+/).slice(0, 3).join(' ')}")`;
  return undefined;
}

/**
 * The numbers a text uses: digits (thousands separators dropped, a trailing ".0" or "%" ignored)
 * Years (1990–2029, also "2011/12") name a source's period, which is item metadata, not a figure,
 * and are left out, as are item ids and bracketed citations.
 */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  const plain = text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b[a-z0-9-]+:[a-z0-9.-]+\b/gi, ' ')
    .replace(/\b(?:199\d|20[0-2]\d)(?:\/\d{2}|s)?\b(?!%|\.\d)/g, ' ');
  for (const m of plain.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = m[0]
      .replace(/,(?=\d{3}\b)/g, '')
      .replace(/,$/, '')
      .replace(/\.0+$/, '');
    if (n) out.push(n);
  }
  return out;
}

const WORD_COUNT = (s: string) =>
  fold(s)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Why an endpoint quote is too short to carry a relation's point, or undefined. */
export function shortQuoteOf(i: Pick<ClaimRecord, 'quote' | 'reading'>, s?: Pick<StatisticRecord, 'valueText' | 'context'>): string | undefined {
  const q = fold(i.reading ?? i.quote);
  const words = WORD_COUNT(q);
  if (s) {
    const rest = fold(q.replace(s.valueText, ' '))
      .replace(/[\s%.,;:()–-]+/g, ' ')
      .trim();
    if (!/\p{L}{2,}/u.test(rest)) return `it holds only the figure ("${q}")`;
    if (words < 4 && !s.context) return `${words} word${words === 1 ? '' : 's'} ("${q}") and no table context`;
    return undefined;
  }
  return words < 4 ? `${words} word${words === 1 ? '' : 's'} ("${q}")` : undefined;
}

/** A quote that opens on a connective pointing back ("the former", "which", "and", "but") or ends before its denominator. */
export function fragmentEdgeOf(i: Pick<ClaimRecord, 'quote' | 'reading'>): string | undefined {
  const q = fold(i.reading ?? i.quote).replace(/^[\s\-–•*"“‘(]+/, '');
  const open = /^(?:the former|the latter|which|and|but)\b/i.exec(q);
  if (open) return `it opens with "${open[0]}", which points outside the quote`;
  if (/\b(?:of|out of)[\s,;:]*$/i.test(q)) return `it ends on "${q.split(' ').slice(-2).join(' ')}", before the denominator`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Hedges on a figure.

/** Words that make the figure itself inexact, anywhere among the few words before it or in the value as written. */
export const HEDGE =
  /\b(?:around|about|approximately|approx\.|almost|nearly|near|roughly|some|just over|just under|something like|circa|c\.|estimated|an estimate|in the region of|or so|or soon after|of the order of|at a minimum)\b|\d0{3},?0{0,3}s\b|\b\d{2,3},000s\b|\d\+|\b(?:millions|thousands|hundreds|dozens)\b/i;
/** A bound ("more than 300", "over half", "less than 1%") counts as approximate too, but only right before the figure. */
const BOUND_BEFORE = /\b(?:more than|less than|fewer than|over|under|at least|up to|in excess of|upwards of)\s*(?:a|an)?\s*$/i;
const BOUND_IN = /^(?:more than|less than|fewer than|over|under|at least|up to|in excess of|upwards of)\b/i;
/** A note that justifies a flag the words do not show (or the reverse) says why in these terms. */
const HEDGE_NOTE = /approximat|estimat|extrapolat|round|order of magnitude|inexact|exact|not a hedge|bound/i;

/** The words that qualify the figure: the few words just before it in the quote, and the value as written. */
export function figureWords(s: Pick<StatisticRecord, 'valueText' | 'quote' | 'reading'>): { before: string; value: string } {
  const quote = fold(s.reading ?? s.quote);
  const at = quote.indexOf(s.valueText);
  const before =
    at > 0
      ? quote
          .slice(Math.max(0, at - 40), at)
          .trimEnd()
          .split(' ')
          .slice(-4)
          .join(' ')
      : '';
  return { before, value: s.valueText };
}

/** The hedge that makes a figure approximate, or undefined. */
export function hedgeOf(s: Pick<StatisticRecord, 'valueText' | 'quote' | 'reading'>): string | undefined {
  const { before, value } = figureWords(s);
  return HEDGE.exec(`${before} ${value}`)?.[0] ?? BOUND_BEFORE.exec(before)?.[0] ?? BOUND_IN.exec(value)?.[0];
}

const RANGE = /\d\s*(?:-|–|—|to)\s*\d|\bbetween\s+\S+\s+and\s+\S+/i;

// ---------------------------------------------------------------------------------------------

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

export interface IntegrityOptions {
  /** Comparison results to check; by default they are computed as the loader does. */
  results?: Comparison[];
}

export function checkIntegrity(evidence: EvidenceData, data: RelationsData, opts: IntegrityOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const claims = new Map(evidence.claims.map((c) => [c.id, c]));
  const stats = new Map(evidence.statistics.map((s) => [s.id, s]));
  const item = (id: string) => claims.get(id) ?? stats.get(id);
  const quoteOf = (id: string) => {
    const i = item(id);
    return i ? fold(i.reading ?? i.quote) : '';
  };
  const rel = (id: string) => `relations/${data.origin.get(id) ?? '?'}`;

  // 1. A relation's point is visible in its two quoted spans.
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    const terms = keyTerms(r.rationale);
    for (const [end, id] of [
      ['from', r.from],
      ['to', r.to],
    ] as const) {
      // A gap mention's point is the question it raises: its text is the gap's question.
      const c = claims.get(id);
      const inQuote = keyTerms(c?.kind === 'open-question' ? `${quoteOf(id)} ${c.text}` : quoteOf(id));
      if (![...terms].some((t) => inQuote.has(t)))
        findings.push({
          check: 'rationale-endpoint',
          file: rel(r.id),
          id: r.id,
          message: `the rationale shares no key term with the quote of its ${end} end ${id}`,
        });
    }
    for (const p of quotedPhrases(r.rationale)) {
      if (!phraseIn(p, quoteOf(r.from)) && !phraseIn(p, quoteOf(r.to)))
        findings.push({ check: 'rationale-endpoint', file: rel(r.id), id: r.id, message: `the rationale quotes ‘${p}’, which is in neither quoted span` });
    }
  }

  // 1b. Endpoint quotes that are fragments; quoted words of any length; support that is not independent.
  const isStat = (id: string) => stats.has(id);
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    for (const id of [r.from, r.to]) {
      const why = fragmentOf(item(id)!, isStat(id));
      if (why) findings.push({ check: 'fragment', file: rel(r.id), id: r.id, message: `the quote of ${id} is a fragment: ${why}` });
    }
    for (const p of allQuotedPhrases(r.rationale))
      if (p.split(' ').length < 3 && !phraseIn(p, quoteOf(r.from)) && !phraseIn(p, quoteOf(r.to)))
        findings.push({ check: 'rationale-quote', file: rel(r.id), id: r.id, message: `the rationale quotes ‘${p}’, which is in neither quoted span` });
    if (r.kind === 'SUPPORTS') {
      const a = data.attributions.find((x) => x.to && ((x.from === r.from && x.to === r.to) || (x.from === r.to && x.to === r.from)));
      if (a)
        findings.push({
          check: 'not-independent',
          file: rel(r.id),
          id: r.id,
          message: `${r.from} and ${r.to} are joined by ${a.id} (${a.verdict}): not independent: the attribution already links them`,
        });
    }
  }

  // 1c. Numbers in a rationale come from the two quotes (or the endpoints' own values); endpoint
  // quotes long enough to carry a point; no quote that opens on a connective or stops before a denominator.
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    const seen = [r.from, r.to]
      .map((id) => {
        const s = stats.get(id);
        return `${quoteOf(id)} ${s ? `${s.valueText} ${s.value}` : ''}`;
      })
      .join(' ');
    for (const n of numbersIn(r.rationale))
      if (!numbersIn(seen).includes(n))
        findings.push({
          check: 'rationale-number',
          file: rel(r.id),
          id: r.id,
          message: `the rationale uses the number ${n}, which is in neither quote nor endpoint value`,
        });
    for (const id of [r.from, r.to]) {
      const why = shortQuoteOf(item(id)!, stats.get(id));
      if (why) findings.push({ check: 'short-quote', file: rel(r.id), id: r.id, message: `the quote of ${id} is too short to carry the point: ${why}` });
      const edge = fragmentEdgeOf(item(id)!);
      if (edge) findings.push({ check: 'fragment-edge', file: rel(r.id), id: r.id, message: `the quote of ${id} is a fragment: ${edge}` });
    }
  }

  // 2. Two items on exactly the same span.
  const bySpan = new Map<string, { id: string; file: string }[]>();
  for (const i of [...evidence.claims, ...evidence.statistics]) {
    const key = `${i.sourceId}@${i.start}-${i.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), { id: i.id, file: i.file }]);
  }
  for (const [span, list] of bySpan)
    if (list.length > 1)
      for (const t of list.slice(1))
        findings.push({
          check: 'twin-span',
          file: `evidence/${t.file}`,
          id: t.id,
          message: `sits on exactly the same span as ${list[0]!.id} (${span.split('@')[1]}): one span is one item`,
        });

  // 3 and 4. Comparisons: verdicts against attributions between the members; unknown facets are not matches.
  const results =
    opts.results ??
    data.comparisons.flatMap((c) => {
      if (!c.items.every((id) => stats.has(id))) return [];
      return compareGroup(
        c.items.map((id) => stats.get(id)!),
        c.tolerance,
      ).map((x) => ({ ...x, groupId: c.id }));
    });
  const groupOf = (x: Comparison) =>
    (x as Comparison & { groupId?: string }).groupId ?? data.comparisons.find((c) => c.items.includes(x.a) && c.items.includes(x.b))?.id ?? '?';
  for (const x of results) {
    const g = groupOf(x);
    for (const a of data.attributions) {
      if (!a.to || !((a.from === x.a && a.to === x.b) || (a.from === x.b && a.to === x.a))) continue;
      if (x.verdict === 'consistent' && a.verdict !== 'faithful')
        findings.push({
          check: 'comparison-attribution',
          file: rel(g),
          id: g,
          message: `${x.a} and ${x.b} compare as consistent, but ${a.id} judges the one ${a.verdict} to the other: they do not count the same thing`,
        });
      if (x.verdict === 'conflicting' && a.verdict === 'faithful')
        findings.push({
          check: 'comparison-attribution',
          file: rel(g),
          id: g,
          message: `${x.a} and ${x.b} compare as conflicting, but ${a.id} judges the one faithful to the other`,
        });
    }
    if (x.verdict !== 'not-comparable') {
      const sa = stats.get(x.a);
      const sb = stats.get(x.b);
      if (sa && sb)
        for (const facet of ['place', 'period'] as const)
          if (!sa[facet] !== !sb[facet])
            findings.push({
              check: 'one-sided-facet',
              file: rel(g),
              id: g,
              message: `${x.a} and ${x.b} compare as ${x.verdict} although the ${facet} is known for only one of them (unknown is not equal)`,
            });
    }
  }

  // 5 and 6. Statistics: both bounds of a range; the approximate flag matches the words.
  for (const s of evidence.statistics) {
    const file = `evidence/${s.file}`;
    if (RANGE.test(s.valueText) && (s.low === null || s.high === null))
      findings.push({ check: 'range-bound', file, id: s.id, message: `"${s.valueText}" is a range: store both bounds as low and high` });
    const w = figureWords(s);
    const words = `${w.before} ${w.value}`;
    const hedge = hedgeOf(s);
    const justified = s.note !== null && HEDGE_NOTE.test(s.note);
    if (s.approximate && !hedge && !justified)
      findings.push({
        check: 'approximate-hedge',
        file,
        id: s.id,
        message: `flagged approximate, but "${fold(words)}" has no hedge word and no note says why`,
      });
    if (!s.approximate && hedge && !justified)
      findings.push({ check: 'approximate-hedge', file, id: s.id, message: `"${fold(words)}" is hedged ("${hedge}") but not flagged approximate` });
  }

  // 7. Every pair-summary sentence cites items of the pair.
  for (const p of data.pairSummaries) {
    const key = `pair:${[...p.sources].sort().join('|')}`;
    const file = rel(key);
    for (const sentence of sentences(p.summary)) {
      const ids = citedIds(sentence);
      const short = sentence.length > 70 ? `${sentence.slice(0, 67)}…` : sentence;
      if (!ids.length) findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites no item id` });
      for (const id of ids) {
        const i = item(id);
        if (!i) findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites "${id}", which is no evidence item` });
        else if (!p.sources.includes(i.sourceId))
          findings.push({
            check: 'pair-summary-citation',
            file,
            id: key,
            message: `the sentence "${short}" cites ${id}, which is in neither source of the pair`,
          });
        else if (!p.evidence.includes(id))
          findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites ${id}; list it under evidence` });
      }
    }
  }

  const accepted = new Set(data.accepted.map((a) => `${a.check}|${a.id}`));
  return findings.filter((f) => !accepted.has(`${f.check}|${f.id}`));
}
