/**
 * What the link proposer (db/proposer.ts) reads in one evidence item, and how it compares two:
 * lemmas and named entities (wink-nlp), negation, hedge, contrast, trend and open-question cues,
 * statistic facets, figures. Pure functions over the item's own text and fields: nothing here
 * reads relations, rationales or decisions, so the proposer cannot learn the curated answers.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlpInstance: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (nlpInstance ??= winkNLP(model));

/** An evidence item as the proposer reads it from the graph. */
export interface ProposerItem {
  id: string;
  sourceId: string;
  /** The claim kind (finding, …, open-question, correction, belief) or `statistic`. */
  kind: string;
  /** Our proposition (claims) or the measure (statistics), then the source's quote. */
  text: string;
  quote: string;
  topics: string[];
  hedged: boolean;
  /** Statistics only. */
  unit?: string | null;
  population?: string | null;
  place?: string | null;
  period?: string | null;
  /** Misconceptions the item challenges or repeats (from the evidence files). */
  misconceptions: string[];
  /** Research gaps a gap mention raises (RAISES, from the evidence files). */
  gaps?: string[];
}

export interface Signals {
  lemmas: Set<string>;
  /** Statistics: the lemmas of what is measured (empty for claims). */
  measure: Set<string>;
  entities: Set<string>;
  figures: Set<string>;
  negated: boolean;
  hedged: boolean;
  /** Words that set a statement against another: however, only, misleading, rather than, … */
  contrast: boolean;
  /** A change over time: increasingly, growing, decline, … */
  trend: boolean;
  /** The item raises the matter as open: a gap mention, or unknown / unclear / under-reported wording. */
  open: boolean;
}

const NEGATION = /\b(?:not|no|never|none|nor|neither|without|cannot|can't|lack(?:s|ing)?|fail(?:s|ed)?|rarely|seldom|few|little|absence|unlikely)\b/i;
const HEDGE =
  /\b(?:may|might|could|possibl[ey]|perhaps|likely|suggests?|suggested|appears?|seems?|estimated?|approximately|around|about|potentially|probably)\b/i;
const CONTRAST =
  /\b(?:however|although|though|whereas|rather than|only|but|misleading|inaccurate|inappropriate|contrary|despite|instead|unlike|overstate[sd]?|exaggerat\w+|myth|misconception)\b/i;
const TREND =
  /\b(?:increasing(?:ly)?|growing|grew|rising|rise|risen|decline[sd]?|declining|reduc(?:tion|ed|ing)|fall(?:en|ing)?|fell|more and more|trend|emerging|shift(?:ed|ing)?)\b/i;
const OPEN =
  /\b(?:unknown|not known|unclear|unquantifiable|under-?report\w*|hidden|problematic|little (?:is )?known|lack of (?:\w+ )?(?:research|data|evidence|information)|no (?:reliable|accurate|robust) (?:data|figures|estimates?)|further research|more research|research is needed|need(?:s|ed)? to be (?:explored|examined|understood|investigated)|difficult to (?:estimate|measure|assess|quantify|know)|remains? (?:to be|open|uncertain)|uncertain)\b|\?/i;

/** Figures written in a text (1,145 -> 1145; 6.5% -> 6.5), ignoring years and one-digit numbers. */
export function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.match(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g) ?? []) {
    const n = Number(m.replace(/,/g, ''));
    if (n < 10 && !m.includes('.')) continue;
    if (Number.isInteger(n) && n >= 1900 && n <= 2030) continue;
    out.add(String(n));
  }
  return out;
}

/**
 * Words the sources use for one notion (their acronyms spelled out, and near-synonyms), each
 * also counted as the notion's name, so "IIOC" meets "abuse images" and "abroad" meets "destination".
 */
const CONCEPTS: Record<string, string[]> = {
  '~image': ['image', 'images', 'iioc', 'csem', 'csam', 'picture', 'photograph', 'photo', 'material', 'pornography', 'pornographic', 'video'],
  '~travel': ['tcso', 'tcsos', 'travel', 'traveller', 'travelling', 'tourist', 'tourism', 'visit', 'visitor', 'holiday'],
  '~abroad': ['abroad', 'overseas', 'destination', 'country', 'foreign', 'international', 'transnational'],
  '~online': ['ocse', 'online', 'internet', 'web', 'chatroom', 'chat', 'forum', 'digital', 'technology', 'social'],
  '~livestream': ['webcam', 'web-cam', 'stream', 'streaming', 'live-streaming', 'livestream', 'live'],
  '~offender': ['abuser', 'perpetrator', 'paedophile', 'offender', 'sex-offender'],
  '~police': ['police', 'enforcement', 'investigator', 'officer', 'investigation'],
  '~coerce': ['extort', 'extortion', 'sextortion', 'blackmail', 'coerce', 'coercion', 'leverage', 'threat', 'threaten', 'manipulation'],
  '~extent': ['prevalence', 'extent', 'scale', 'incidence', 'size', 'number', 'magnitude'],
  '~cooperate': ['cooperation', 'co-operation', 'partnership', 'collaboration', 'collaborate', 'liaison'],
  '~law': ['legislation', 'law', 'legal', 'statute', 'prosecution', 'prosecute', 'conviction', 'convict', 'court'],
  '~deprived': ['developing', 'poor', 'poverty', 'deprived', 'disadvantaged', 'vulnerable', 'vulnerability', 'disaster'],
  '~known': ['unknown', 'known', 'undetected', 'detect', 'detection', 'identify', 'identified'],
  '~trend': ['increase', 'increasingly', 'grow', 'growing', 'rise', 'emerge', 'emerging', 'decline', 'reduction', 'decrease'],
};
const CONCEPT_OF = new Map(Object.entries(CONCEPTS).flatMap(([concept, words]) => words.map((w) => [w, concept] as const)));

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'ADV']);
/** Capitalised words that start sentences or titles without naming anything. */
const NOT_ENTITIES = new Set(['the', 'this', 'these', 'there', 'it', 'in', 'a', 'an', 'of', 'and', 'for', 'what', 'how', 'is', 'are']);

/** Content lemmas and named entities (proper nouns not starting a sentence, and acronyms) of a text, lower case. */
export function lemmasAndEntities(text: string): { lemmas: Set<string>; entities: Set<string> } {
  const its = nlp().its;
  const out = { lemmas: new Set<string>(), entities: new Set<string>() };
  // Lemmas from the lower-cased text, so a capital at a sentence start does not make a proper noun.
  const lower = nlp().readDoc(text.toLowerCase()).tokens();
  const lemmas = lower.out(its.lemma as never) as string[];
  const lowerPos = lower.out(its.pos) as string[];
  const stop = lower.out(its.stopWordFlag) as unknown as boolean[];
  const lowerTypes = lower.out(its.type) as string[];
  lemmas.forEach((l, i) => {
    if (lowerTypes[i] === 'word' && !stop[i] && l.length >= 3 && CONTENT_POS.has(lowerPos[i]!)) out.lemmas.add(l.toLowerCase());
  });
  for (const l of [...out.lemmas]) {
    const concept = CONCEPT_OF.get(l);
    if (concept) out.lemmas.add(concept);
  }
  const tokens = nlp().readDoc(text).tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  values.forEach((v, i) => {
    const startsSentence = i === 0 || /^[.!?:;•‘“"(]$/.test(values[i - 1]!);
    const acronym = /^[A-Z]{2,6}s?$/.test(v);
    if (acronym || (pos[i] === 'PROPN' && /^[A-Z][a-z]/.test(v) && !startsSentence)) {
      const e = v.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
      if (!NOT_ENTITIES.has(e)) out.entities.add(e);
    }
  });
  return out;
}

/** Everything the proposer compares, read once per item. */
export function signalsOf(item: ProposerItem): Signals {
  const both = `${item.text} ${item.quote}`;
  const { lemmas, entities } = lemmasAndEntities(both);
  return {
    lemmas,
    measure: item.kind === 'statistic' ? lemmasAndEntities(item.text).lemmas : new Set(),
    entities,
    figures: figuresOf(item.quote),
    negated: NEGATION.test(item.quote),
    hedged: item.hedged || HEDGE.test(item.quote),
    contrast: CONTRAST.test(item.quote),
    trend: TREND.test(item.quote),
    open: item.kind === 'open-question' || OPEN.test(item.quote),
  };
}

/** Inverse document frequency of each lemma and entity over the items, for weighting overlaps. */
export function idfOf(all: Signals[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const s of all) for (const t of new Set([...s.lemmas, ...[...s.entities].map((e) => `@${e}`)])) df.set(t, (df.get(t) ?? 0) + 1);
  const n = all.length;
  const idf = new Map([...df].map(([t, k]) => [t, Math.log((n + 1) / (k + 1))]));
  const unseen = Math.log(n + 1);
  return (t) => idf.get(t) ?? unseen;
}

/** Cosine of two term sets weighted by idf (0..1), and the shared terms with the most weight first. */
export function weightedOverlap(a: Set<string>, b: Set<string>, weight: (t: string) => number): { score: number; shared: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: string[] = [];
  for (const t of a) {
    const w = weight(t) ** 2;
    na += w;
    if (b.has(t)) {
      dot += w;
      shared.push(t);
    }
  }
  for (const t of b) nb += weight(t) ** 2;
  shared.sort((x, y) => weight(y) - weight(x));
  return { score: na && nb ? dot / Math.sqrt(na * nb) : 0, shared };
}

/** A statistic's facets compared with another's: the same unit, and each facet known on both sides and equal or different. */
export function facetsCompared(a: ProposerItem, b: ProposerItem): { sameUnit: boolean; same: string[]; differ: string[] } {
  const norm = (s?: string | null) =>
    (s ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const same: string[] = [];
  const differ: string[] = [];
  for (const facet of ['population', 'place', 'period'] as const) {
    const [x, y] = [norm(a[facet]), norm(b[facet])];
    if (!x || !y) continue; // unknown is not equal, nor different
    (x === y || x.includes(y) || y.includes(x) ? same : differ).push(facet);
  }
  return { sameUnit: !!a.unit && norm(a.unit) === norm(b.unit), same, differ };
}

export type ProposedKind = 'SUPPORTS' | 'QUALIFIES' | 'ASSERTED_VS_OPEN';

/** Kinds of item that can stand on the asserted side of ASSERTED_VS_OPEN. */
const ASSERTING = new Set(['finding', 'assertion', 'statistic', 'correction', 'belief', 'definition']);

/**
 * The kind a pair would be curated as, from the cues: a gap mention against an asserting item is
 * ASSERTED_VS_OPEN (the asserting item first); a difference in negation, certainty, trend or a
 * statistic facet, or contrast wording, makes QUALIFIES; otherwise SUPPORTS. Null when the pair
 * cannot be a relation (two gap mentions; a gap mention against a method or recommendation).
 */
export function kindOf(
  a: ProposerItem,
  sa: Signals,
  b: ProposerItem,
  sb: Signals,
): { kind: ProposedKind; cues: string[]; asserted: ProposerItem; other: ProposerItem } | null {
  const openA = a.kind === 'open-question';
  const openB = b.kind === 'open-question';
  if (openA && openB) return null;
  if (openA || openB) {
    const [asserted, open] = openA ? [b, a] : [a, b];
    if (!ASSERTING.has(asserted.kind)) return null;
    return { kind: 'ASSERTED_VS_OPEN', cues: ['one raises the matter as open'], asserted, other: open };
  }
  // Strong cues make QUALIFIES alone; negation on one side does with any other cue (tuned on the even-numbered curated relations).
  const strong: string[] = [];
  const cues: string[] = [];
  if (sa.negated !== sb.negated) cues.push('negation on one side');
  if (sa.hedged !== sb.hedged) cues.push('hedged on one side');
  if (sa.trend !== sb.trend) cues.push('trend on one side');
  if (sa.open !== sb.open) cues.push('uncertainty on one side');
  if (sa.contrast || sb.contrast) cues.push('contrast wording');
  if (a.kind === 'statistic' && b.kind === 'statistic') {
    const f = facetsCompared(a, b);
    if (f.differ.length) strong.push(`differs in ${f.differ.join(', ')}`);
  }
  if ((a.kind === 'belief') !== (b.kind === 'belief')) strong.push('one repeats a misconception');
  if (a.kind === 'definition' && b.kind === 'definition') strong.push('two definitions');
  const qualifies = strong.length > 0 || (cues[0] === 'negation on one side' && cues.length >= 2);
  return { kind: qualifies ? 'QUALIFIES' : 'SUPPORTS', cues: [...strong, ...cues], asserted: a, other: b };
}
