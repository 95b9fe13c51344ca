/**
 * Candidate evidence in an ingested text, for a curator to review: statistics, research gaps,
 * misconceptions and claims, each with exact [start, end) offsets into the text, suggested topics
 * and a confidence. Sentence boundaries, number entities (CARDINAL, PERCENT, MONEY, DATE) and parts
 * of speech come from wink-nlp; patterns around them read the expression a number sits in (ranges,
 * "x in y", "a third", qualifiers) and what it counts. Candidates are proposals, never evidence.
 */
import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { IngestPassage } from './segment.ts';

export const CANDIDATE_TYPES = ['statistic', 'gap', 'misconception', 'claim'] as const;
export type CandidateType = (typeof CANDIDATE_TYPES)[number];

export interface Candidate {
  type: CandidateType;
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  quote: string;
  /** The sentence the candidate sits in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Ordinal of the passage it sits in. */
  passage: number;
  section: string | null;
  /** Why it was proposed: the cue phrase, the section, the number pattern. */
  cue: string;
  confidence: number;
  topics: string[];
  // Statistics only.
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  measure?: string;
  approximate?: boolean;
}

export interface Topic {
  id: string;
  name: string;
  description: string;
}

let nlpInstance: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (nlpInstance ??= winkNLP(model));

// ---------------------------------------------------------------------------------------------
// Cue phrases

/** Strong cues of a research gap: the text says something is not known or needs research. */
export const GAP_CUES =
  /\b(?:(?:little|less|not much|nothing|relatively little|very little) (?:is|was) (?:currently |still |yet |as yet )?known|unclear|unquantifiable|(?:research|study|studies|data) (?:is|are) required|hard to come by|not sufficient to (?:draw|determine|establish)|(?:true|real|actual) (?:figure|number|scale|extent) (?:is|may be|is likely to be) (?:\w+ )?(?:higher|greater|larger|unknown)|(?:gaps?|shortfalls?) in (?:the )?(?:amount|data|information)|need to (?:identify|understand|establish|determine|know)|(?:is|are|was|were|remains?) (?:largely |still |currently |as yet )?(?:not known|unknown|unclear)|it is not known|remains? (?:to be (?:seen|established|explored|determined)|unanswered|open)|further (?:research|study|studies|work|investigation|exploration)|future (?:research|studies|work)|more (?:research|work|data|evidence|studies) (?:is |are )?(?:needed|required)|(?:research|evidence|data|information)(?: \w+){0,3} (?:is|are|was|were|remains?) (?:needed|lacking|scarce|limited|sparse|very limited)|under-?researched|under-?explored|knowledge gaps?|gaps? in (?:our |the )?(?:knowledge|understanding|literature|research|evidence)|lack of (?:\w+ ){0,2}(?:research|data|evidence|knowledge|information|understanding|studies|clarity)|dearth of|paucity of|little (?:\w+ ){0,3}(?:knowledge|evidence|information|research)|no (?:\w+ ){0,2}(?:data|research|evidence|studies|account|statistics|information)\b|(?:needs?|warrants?|merits?|requires?|deserves?) (?:further |more |closer )?(?:research|investigation|exploration|study|attention|examination)|should be (?:further )?(?:explored|investigated|researched|examined|studied)|(?:not|poorly|little|less) (?:well )?understood|limited (?:research|evidence|data|knowledge|understanding)|research (?:agenda|priorities|questions|needs)|(?:commission|fund|undertake|carry out|conduct) (?:\w+ ){0,4}research|research (?:should|must|needs to) be|(?:should|needs to|need to|must) be (?:carried out|examined|explored|investigated|researched|studied|assessed)|(?:poor|limited|incomplete) (?:state of )?knowledge|no systematic|not (?:discussed|examined|studied|covered) in detail|did not (?:have|examine|study|cover)|research (?:project|study) (?:to|on|into)|(?:not |un)able to (?:study|examine|produce|comment|establish|determine|assess|ascertain|identify|say|measure|provide|quantify)|not (?:possible|feasible) to|impossible to|difficult to (?:obtain|estimate|know|establish|determine|assess|quantify|measure|say)|insufficient|beyond the (?:resources|scope)|not (?:yet )?(?:been )?(?:established|researched|studied|examined|explored|investigated|documented|quantified))\b/i;

/** Weaker cues: hedged extent, the study's own limits, open questions. */
export const GAP_WEAK_CUES =
  /\b(?:it (?:is|was) (?:possible|unclear) (?:that|whether)|problematic|major challenge|confusion|may be that|raises? the question|question as to|(?:should|must) not be taken as|not (?:put forward|intended) as|only a (?:small )?proportion|restricted to known|(?:very )?limited\b|(?:un)?known cases|not (?:on )?a sufficiently|ball ?park|does not (?:appear|seem) to be (?:any|a great deal of|much) evidence|appear to be limited|not (?:clear|certain))/i;

/** Strong cues of a misconception: a belief named and corrected. */
export const MISCONCEPTION_CUES =
  /\b(?:(?:it is|is|are|was|were|has been|have been) (?:often|commonly|widely|generally|frequently|sometimes|popularly|usually|traditionally) (?:assumed|believed|thought|claimed|perceived|portrayed|presumed|seen|viewed|regarded|suggested|recognised|recognized|said)|contrary to|on the contrary|myths?|commonly (?:believed|held|assumed|thought)|misconceptions?|misperceptions?|misconceived|misunderstood|misunderstanding|popular (?:belief|image|perception|view|stereotype|conception)|stereotyp\w*|mistaken(?:ly)?|wrongly|erroneous(?:ly)?|inaccurate|not the case|as (?:some|many) (?:\w+ )?(?:suggest\w*|believe\w*|claim\w*|assume\w*)|traditional(?:ly)? (?:\w+ ){0,2}(?:ideas?|views?|notions?|assumptions?|associated)|(?:belief|perception|assumption|notion|impression) that|not as (?:common|widespread|prevalent|frequent|rare) as|(?:under|over)-?estimat\w+|(?:in|contrary to) (?:popular|common) (?:belief|opinion|perception))\b/i;

/** Weaker contrast markers that often carry a correction. */
export const MISCONCEPTION_WEAK_CUES =
  /\b(?:rather than|in fact|actually|no typical|assumptions?|overemphasi[sz]\w*|over-?stat\w*|does not (?:remain|mean|imply|necessarily)|not to rule out|(?:is|are) not (?:the only|limited to|confined to|restricted to)|both (?:foreign|domestic|male|female|online|offline)\b|not only\b.{0,80}\bbut also|(?:is|are|was|were|do|does|did) not (?:necessarily|always|simply)|no evidence|ruled out|outnumbered|minority|largely replaced|more diverse than|does not,? (?:in general,? )?reflect|(?:is|was|were|are) not\b.{0,60}\bbut\b)/i;

const KEY_SECTION =
  /\b(abstract|summary|key findings?|findings|conclusions?|concluding|discussion|implications?|recommendations?|overview|main points|key points|highlights)\b/i;
const FUTURE_SECTION =
  /\b(future research|further research|research (?:needs|agenda|questions|priorities|gaps)|knowledge gaps|limitations|future directions|next steps)\b/i;
const FINDING_MARKERS =
  /\b(?:found|find|finds|showed|shows|show|revealed|reveals|indicat\w+|suggest\w*|demonstrat\w+|evidence|identified|concluded|estimat\w+|report(?:ed|s)|appear\w*|is likely|are likely|likely to|should|must|need to|needs to|recommend\w*|there (?:is|are|was|were)|is a|are a|is an|are an|is the|are the|increas\w+|decreas\w+|rose|fell|grew|remain\w*|key|significant|majority|most)\b/i;

// ---------------------------------------------------------------------------------------------
// Numbers

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}; // prettier-ignore
const FRACTIONS: Record<string, number> = {
  half: 50,
  halves: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD = Object.keys(WORD_NUMBERS).join('|');
const QUAL = String.raw`(?:(?:approximately|approx\.|around|about|almost|nearly|over|under|more than|less than|fewer than|just over|just under|at least|at most|up to|some|roughly|an estimated|estimated|in excess of|well over|only|near)\s+)`;
const CURRENCY = String.raw`[£$€]`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|m|bn)\b)?`;
const PCT = String.raw`(?:\s?%|\s+per ?cent\b|\s+percent\b)`;
const VALUE = String.raw`(?:${CURRENCY}\s?)?(?:${NUM}|(?:a |one )?(?:${WORD})(?:[- ](?:${WORD}))?)${SCALE}`;

/** Number expressions, longest patterns first; group names say what each part is. */
const EXPRESSIONS: { name: string; re: RegExp }[] = [
  { name: 'x in y', re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<x>${NUM}|${WORD})\s+(?:in|out of)\s+(?:every\s+)?(?<y>${NUM}|${WORD})\b`, 'giu') },
  {
    name: 'x of y',
    re: new RegExp(
      String.raw`\b(?<q>${QUAL})?(?<x>${NUM}|${WORD})\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)(?:(?<y>${NUM}|${WORD})\b)?`,
      'giu',
    ),
  },
  {
    name: 'range',
    re: new RegExp(String.raw`(?:\bbetween\s+|\bfrom\s+)?(?<q>${QUAL})?(?<a>${VALUE})(?<pa>${PCT})?\s*(?:-|–|—|to|and)\s*(?<b>${VALUE})(?<pb>${PCT})?`, 'giu'),
  },
  {
    name: 'fraction',
    re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<n>a|one|two|three|four|nine)[- ](?<f>half|halves|thirds?|quarters?|fifths?|tenths?)\b`, 'giu'),
  },
  { name: 'half', re: /\b(?<q>(?:just |well )?(?:over|under|nearly|almost|about|around|more than|less than|approximately) )?(?<f>half)\b/giu },
  { name: 'fold', re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<n>${NUM}|${WORD})[- ]fold\b`, 'giu') },
  { name: 'nil', re: /^\s*(?<n>Nil|None)\s*$/gu },
  { name: 'n=', re: /\b[nN]\s?=\s?(?<n>\d[\d,]*)/gu },
  { name: 'value', re: new RegExp(String.raw`(?<q>${QUAL})?(?<n>${VALUE})(?<p>${PCT})?`, 'giu') },
];

/** What a number before these words is: a reference, not a figure. */
const REFERENCE_BEFORE =
  /\b(?:pages?|pp?\.|paras?\.?|paragraphs?|tables?|figures?|figs?\.|charts?|chapters?|sections?|appendix|appendices|annex|notes?|footnotes?|case|level|levels|stage|category|type|phase|part|wave|question|item|article|rule|schedule|no\.|version|step|box|row|column|recommendation|finding|implication|volume|vol\.|issue|see|ref\.?|references?|s\.|section)\s*$/i;

export function parseAmount(s: string): number | null {
  let t = s.toLowerCase().replace(/[£$€]/g, '').trim();
  let scale = 1;
  const sc = /\s*(thousand|million|billion|m|bn)$/.exec(t);
  if (sc) {
    scale = SCALES[sc[1] === 'm' ? 'million' : sc[1] === 'bn' ? 'billion' : sc[1]!]!;
    t = t.slice(0, sc.index).trim();
  }
  t = t.replace(/^(a|one)\s+(hundred|dozen)$/, '$2');
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n * scale : null;
  }
  const parts = t.split(/[- ]/).filter(Boolean);
  let total = 0;
  for (const p of parts) {
    const v = WORD_NUMBERS[p];
    if (v === undefined) return null;
    if (p === 'hundred') total = (total || 1) * 100;
    else total += v;
  }
  return parts.length ? total * scale : null;
}

// ---------------------------------------------------------------------------------------------
// Topics

const STOP = new Set(
  'the a an and or of to in on for with by from at as is are be how who what where why their them they its it this that these those other over into online across between'.split(
    ' ',
  ),
);
const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, '')
    .slice(0, 6);

export interface TopicIndex {
  suggest(text: string): { topics: string[]; score: number };
}

/** Keyword overlap with each topic's id, name and description. */
export function topicIndex(topics: Topic[]): TopicIndex {
  const keys = topics.map((t) => ({
    id: t.id,
    /** The id's own words weigh double: they name the topic. */
    idWords: new Set(
      t.id
        .split('-')
        .filter((w) => w.length > 3)
        .map(stem),
    ),
    words: new Set(
      `${t.id.replace(/-/g, ' ')} ${t.name} ${t.description}`
        .toLowerCase()
        .match(/[a-z][a-z-]{2,}/g)!
        .flatMap((w) => w.split('-'))
        .filter((w) => w.length > 3 && !STOP.has(w))
        .map(stem),
    ),
  }));
  return {
    suggest(text: string) {
      const words = new Set(
        (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [])
          .flatMap((w) => w.split('-'))
          .filter((w) => w.length > 3 && !STOP.has(w))
          .map(stem),
      );
      const scored = keys
        .map((k) => ({ id: k.id, n: [...k.words].filter((w) => words.has(w)).length + [...k.idWords].filter((w) => words.has(w)).length }))
        .filter((x) => x.n > 0);
      scored.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
      return { topics: scored.slice(0, 3).map((x) => x.id), score: scored[0]?.n ?? 0 };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Extraction

interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Token offsets (absolute), POS and entity type per token. */
  tokens: { start: number; end: number; pos: string; entity: string | null }[];
}

/** Sentences of one passage with absolute offsets, from wink-nlp. */
function sentencesOf(text: string, from: number, to: number): Sentence[] {
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
    out.push({ start, end, text: text.slice(start, end), tokens });
  });
  return out;
}

const SKIP_ROLES = new Set(['pageFurniture', 'heading']);

export function extractCandidates(text: string, passages: IngestPassage[], topics: Topic[]): Candidate[] {
  const index = topicIndex(topics);
  const out: Candidate[] = [];
  for (const p of passages) {
    if (SKIP_ROLES.has(p.role)) continue;
    const section = p.section;
    const passageText = text.slice(p.start, p.end);
    // An abstract is often a labelled paragraph ("Abstract: …") rather than a section.
    const labelled = /^\s*(abstract|summary|key findings|conclusions?)\b/i.test(passageText);
    const keySection = labelled || (section !== null && KEY_SECTION.test(section));
    const futureSection = section !== null && FUTURE_SECTION.test(section);
    for (const s of sentencesOf(text, p.start, p.end)) {
      const trimmed = trimSentence(text, s.start, s.end);
      if (!trimmed) {
        // A bare figure (a table cell) is no sentence, but may be a statistic.
        const lead = /^\s*/.exec(s.text)![0].length;
        const trail = /\s*$/.exec(s.text)![0].length;
        if (lead < s.text.length) {
          const cell = { sentenceStart: s.start + lead, sentenceEnd: s.end - trail, passage: p.ordinal, section };
          out.push(...statistics(text, s, p, cell, index));
        }
        continue;
      }
      const body = text.slice(trimmed.start, trimmed.end);
      const base = { sentenceStart: trimmed.start, sentenceEnd: trimmed.end, passage: p.ordinal, section };
      const topicSuggestion = index.suggest(`${section ?? ''} ${body}`);
      const words = body.split(/\s+/).length;
      // Cue phrases are matched on the sentence with its line breaks read as spaces.
      const flat = body.replace(/\s+/g, ' ');
      // Research gaps.
      const gap = GAP_CUES.exec(flat);
      const weakGap = gap ? null : GAP_WEAK_CUES.exec(flat);
      const question = /\?\s*["”’)]*\s*$/.test(body);
      if (gap || weakGap || question) {
        out.push({
          type: 'gap',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: gap ? gap[0] : weakGap ? weakGap[0] : futureSection ? `question in "${section}"` : 'question',
          confidence: round(gap ? (futureSection ? 0.9 : 0.7) : question && futureSection ? 0.6 : weakGap ? 0.35 : 0.3),
          topics: topicSuggestion.topics,
        });
      }
      const misc = MISCONCEPTION_CUES.exec(flat) ?? MISCONCEPTION_WEAK_CUES.exec(flat);
      if (misc) {
        const strong = MISCONCEPTION_CUES.test(flat);
        out.push({
          type: 'misconception',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: misc[0],
          confidence: strong ? 0.7 : 0.35,
          topics: topicSuggestion.topics,
        });
      }
      // Claims: assertions in abstracts, summaries, findings and conclusions; elsewhere, sentences stating a finding.
      const assertion =
        words >= 6 && words <= 90 && !/\?\s*["”’)]*\s*$/.test(body) && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && p.role !== 'table';
      // Elsewhere every other declarative sentence is a weak candidate (confidence 0.2): curators
      // quote claims from the whole text, and the review sorts by confidence.
      if (assertion) {
        const marker = FINDING_MARKERS.exec(flat);
        out.push({
          type: 'claim',
          start: trimmed.start,
          end: trimmed.end,
          quote: body,
          ...base,
          cue: keySection
            ? `sentence in "${labelled ? passageText.trim().split(/[:\s]/)[0] : section}"`
            : marker
              ? `finding marker "${marker[0]}"`
              : 'declarative sentence',
          confidence: keySection ? 0.6 : marker ? 0.35 : 0.2,
          topics: topicSuggestion.topics,
        });
      }
      out.push(...statistics(text, s, p, base, index));
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || CANDIDATE_TYPES.indexOf(a.type) - CANDIDATE_TYPES.indexOf(b.type));
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The sentence without leading whitespace, paragraph numbers or bullets, and without trailing whitespace. */
function trimSentence(text: string, start: number, end: number): { start: number; end: number } | null {
  const s = text.slice(start, end);
  const lead = /^(?:\s|\d+(?:\.\d+)*\.?\s+|[-*•●▪◦–]\s+|\((?:[a-z]|[ivx]+|\d+)\)\s+|#+\s+)*/.exec(s)![0].length;
  const trail = /\s*$/.exec(s)![0].length;
  if (lead >= s.length - trail) return null;
  const body = s.slice(lead, s.length - trail);
  if (!/\p{L}{2}/u.test(body)) return null;
  return { start: start + lead, end: end - trail };
}

function statistics(
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

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2099;
const currency = (raw: string) => (raw.includes('£') ? 'GBP' : raw.includes('€') ? 'EUR' : 'USD');

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
