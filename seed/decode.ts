/**
 * Decoder for the slide deck's damaged text. A PDF font problem replaced each character of some
 * text runs one-for-one with another character (the font's glyph order): 'ǘƘŜ' is "the", 'ƻŦ' is
 * "of". Because the substitution is one character for one character, decoding never changes a
 * string's length, so every offset into the raw file is also an offset into the decoded text.
 *
 * The table was read off the deck itself, from runs whose reading is clear in context (each entry
 * lists one such word), and test/decode.test.ts checks every entry against the corpus vocabulary.
 */

/** damaged character -> intended character, with a word that shows it. */
export const SUBSTITUTIONS: Readonly<Record<string, readonly [string, string]>> = {
  // lower case letters
  ŀ: ['a', 'ŀōƻǳǘ = about'],
  ō: ['b', 'ŀōǳǎŜ = abuse'],
  Ŏ: ['c', 'Ŏƻƴǎǳƭǘŀǘƛƻƴ = consultation'],
  Ř: ['d', 'ŀƴŘ = and'],
  Ŝ: ['e', 'ǘƘŜ = the'],
  Ŧ: ['f', 'ƻŦ = of'],
  Ǝ: ['g', 'ƎǊƻǳǇǎ = groups'],
  Ƙ: ['h', 'ǘƘŜ = the'],
  ƛ: ['i', 'ƛǎ = is'],
  ƪ: ['k', 'ƪƛŘǎ = kids'],
  ƭ: ['l', 'ƭƛƴŜ = line'],
  Ƴ: ['m', 'ƳǳŎƘ = much'],
  ƴ: ['n', 'ƻƴ = on'],
  ƻ: ['o', 'ǘƻ = to'],
  Ǉ: ['p', 'ǇŜŜǊ = peer'],
  Ǌ: ['r', 'ƻǊ = or'],
  ǎ: ['s', 'ƛǎ = is'],
  ǘ: ['t', 'ǘƘŜ = the'],
  ǳ: ['u', 'ƳǳŎƘ = much'],
  Ǿ: ['v', 'ǾŜǊȅ = very'],
  ǿ: ['w', 'ǿŀǎ = was'],
  Ȅ: ['x', '{ŜȄ = Sex'],
  ȅ: ['y', 'ǾŜǊȅ = very'],
  // capitals: ordinary ASCII characters stand in for them, so they are decoded only inside damaged runs
  '!': ['A', '!ŎŎŜǎǎƛōƛƭƛǘȅ = Accessibility'],
  '.': ['B', '.ŜƴŜŦƛǘǎ = Benefits'],
  '/': ['C', '/ŀƴŀŘŀ = Canada'],
  '5': ['D', '5ŜƭǇƘƛ = Delphi'],
  '9': ['E', 'hCC9b5LbD = OFFENDING'],
  C: ['F', 'CƻŎǳǎ = Focus'],
  D: ['G', 'DŜǘ = Get'],
  I: ['H', 'between G and I in the font order (LaIw = IMHR)'],
  L: ['I', 'LƴŘƛŎŀǘƻǊǎ = Indicators'],
  W: ['J', 'WǳǎǘΩ = Just'],
  Y: ['K', 'YŜƭƭȅ = Kelly'],
  '[': ['L', '[ƛŦŜ = Life'],
  a: ['M', 'hCC9b5LbD and LaIw: M between I and N'],
  b: ['N', 'hb[Lb9 = ONLINE'],
  h: ['O', 'hb[Lb9 = ONLINE'],
  t: ['P', 'tǳōƭƛŎ = Public'],
  w: ['R', 'wƛǎƪ = Risk'],
  '{': ['S', '{ŜȄ = Sex'],
  '¢': ['T', '¢ƘŜ = The'],
  '¦': ['U', 'ï¦{ = -US'],
  '±': ['V', '/wh{{h±9w = CROSSOVER'],
  '²': ['W', '²ƛǘƘ = With'],
  // digits
  л: ['0', 'нлмп = 2014'],
  м: ['1', 'нлмп = 2014'],
  н: ['2', 'нлмп = 2014'],
  п: ['4', 'нлмп = 2014'],
  // punctuation
  Ψ: ['\u2018', 'ΨǘǊƛǇƭŜ !Ω = ‘triple A’'],
  Ω: ['\u2019', 'ƛǎƴΩǘ = isn’t'],
  ά: ['\u201C', 'ά!ǊŜ = “Are'],
  έ: ['\u201D', 'ƴƻǊƳŀƭΦέ = normal.”'],
  ό: ['(', 'όYŜƭƭȅ = (Kelly'],
  ύ: [')', 'нлмпύ = 2014)'],
  Σ: [',', '.ŀōŎƘƛǎƘƛƴΣ = Babchishin,'],
  Φ: ['.', 'ƴƻǊƳŀƭΦέ = normal.”'],
  Υ: [':', 'LƴŘƛŎŀǘƻǊǎΥ = Indicators:'],
  Τ: [';', '/ŀƴŀŘŀΤ = Canada;'],
  Κ: ['?', 'ƛƴǘŜǊŜǎǘǎΚ = interests?'],
  Χ: ['\u2026', 'ǘƘƛǎΧ = this…'],
  ς: ['\u2013', 'ςChild = –Child'],
  ψ: ['_', 'L²Dψh{hΩǎ = IWG_OSO’s'],
};

/** Artefacts of the same deck that are not part of the font substitution: bullets, dashes, quotes, a tick. */
export const ARTEFACTS: Readonly<Record<string, string>> = {
  Á: '\u2022',
  Å: '\u2022',
  ï: '\u2013',
  ñ: '\u201C',
  ò: '\u201D',
  ó: '\u201C',
  ô: '\u201D',
  ü: '\u2713',
};

const isKey = (c: string) => c in SUBSTITUTIONS;
const isStrongKey = (c: string) => isKey(c) && c.charCodeAt(0) > 0x7e;

export interface DecodedRun {
  start: number;
  end: number;
  raw: string;
  decoded: string;
}

/**
 * Finds the damaged runs: maximal runs of substitution characters that contain at least one
 * non-ASCII one; then whole tokens made only of substitution characters next to a damaged run
 * (e.g. 'hb[Lb9' before 'hCC9b5LbDΧ'), unless the token is a word the clean text also uses.
 */
export function findDamagedRuns(text: string, vocabulary: ReadonlySet<string> = new Set()): DecodedRun[] {
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (!isKey(text[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let strong = false;
    while (j < text.length && isKey(text[j]!)) {
      strong ||= isStrongKey(text[j]!);
      j++;
    }
    if (strong) {
      // ASCII stand-ins glued to a clean word are that word's letters ('ςChild' is "–Child").
      let start = i;
      let end = j;
      const isPlainLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c) && !isKey(c);
      if (isPlainLetter(text[start - 1])) while (start < end && !isStrongKey(text[start]!)) start++;
      if (isPlainLetter(text[end])) while (end > start && !isStrongKey(text[end - 1]!)) end--;
      runs.push({ start, end });
    }
    i = j;
  }
  // Spread to neighbouring all-substitute tokens on the same line.
  const tokenRe = /[^\s]+/g;
  const tokens: { start: number; end: number; damaged: boolean; allKeys: boolean }[] = [];
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({
      start,
      end,
      damaged: runs.some((r) => r.start < end && r.end > start),
      allKeys: [...m[0]].every(isKey) && !vocabulary.has(m[0].toLowerCase()),
    });
  }
  const sameLine = (a: { end: number }, b: { start: number }) => !text.slice(a.end, b.start).includes('\n');
  let changed = true;
  while (changed) {
    changed = false;
    tokens.forEach((t, k) => {
      if (t.damaged || !t.allKeys) return;
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if ((prev?.damaged && sameLine(prev, t)) || (next?.damaged && sameLine(t, next))) {
        t.damaged = true;
        runs.push({ start: t.start, end: t.end });
        changed = true;
      }
    });
  }
  runs.sort((a, b) => a.start - b.start);
  return runs.map(({ start, end }) => {
    const raw = text.slice(start, end);
    return { start, end, raw, decoded: [...raw].map((c) => SUBSTITUTIONS[c]?.[0] ?? c).join('') };
  });
}

/** Decodes damaged runs and replaces artefacts; the result has exactly the input's length. */
export function decodeDamagedText(text: string, vocabulary?: ReadonlySet<string>): string {
  const chars = [...text].map((c) => ARTEFACTS[c] ?? c);
  for (const run of findDamagedRuns(text, vocabulary)) {
    for (let i = run.start; i < run.end; i++) chars[i] = SUBSTITUTIONS[text[i]!]?.[0] ?? text[i]!;
  }
  const out = chars.join('');
  if (out.length !== text.length) throw new Error('decoding changed the text length');
  return out;
}

/** Lower-cased words of clean text, used to keep real words next to a damaged run untouched. */
export function vocabularyOf(...texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) words.add(w);
  return words;
}
