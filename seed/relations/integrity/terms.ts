/** Key terms of a text and the phrases a rationale quotes, and whether a quoted phrase is inside a quote. */

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

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
export function phraseIn(phrase: string, quote: string): boolean {
  const q = normalise(quote);
  return normalise(phrase)
    .split(' … ')
    .map((p) => p.trim().replace(/^[.,;:]+|[.,;:]+$/g, ''))
    .filter(Boolean)
    .every((p) => q.includes(p));
}
