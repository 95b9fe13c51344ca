/** Number expressions a statistic can be written as, and reading their amounts. */

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}; // prettier-ignore
export const FRACTIONS: Record<string, number> = {
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
// \b: "up to" must not match inside "group to 62%".
const QUAL = String.raw`(?:\b(?:approximately|approx\.|around|about|almost|nearly|over|under|more than|less than|fewer than|just over|just under|at least|at most|up to|some|roughly|an estimated|estimated|in excess of|well over|only|near|all but)\s+)`;
const CURRENCY = String.raw`[£$€]`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|m|bn)\b)?`;
const PCT = String.raw`(?:\s?%|\s+per ?cent\b|\s+percent\b)`;
const HALF_MORE = String.raw`(?:\s+and\s+(?:a\s+)?half\b)?`; // "two and a half"
const VALUE = String.raw`(?:${CURRENCY}\s?)?(?:${NUM}|(?:a |one )?(?:${WORD})(?:[- ](?:${WORD}))?)${HALF_MORE}${SCALE}`;

/** Number expressions, longest patterns first; group names say what each part is. */
export const EXPRESSIONS: { name: string; re: RegExp }[] = [
  { name: 'x in y', re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<x>${NUM}|${WORD})\s+(?:in|out of)\s+(?:every\s+)?(?<y>${NUM}|${WORD})\b`, 'giu') },
  {
    name: 'x of y',
    re: new RegExp(
      String.raw`\b(?<q>${QUAL})?(?<x>${NUM}|${WORD})\)?\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)(?:(?<y>${NUM}|${WORD})\b)?`,
      'giu',
    ),
  },
  {
    name: 'range',
    re: new RegExp(String.raw`(?:\bbetween\s+|\bfrom\s+)?(?<q>${QUAL})?(?<a>${VALUE})(?<pa>${PCT})?\s*(?:-|–|—|to|and)\s*(?<b>${VALUE})(?<pb>${PCT})?`, 'giu'),
  },
  {
    name: 'fraction',
    re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<n>a|one|two|three|four|nine)(?:-|\s+)(?<f>half|halves|thirds?|quarters?|fifths?|tenths?)\b`, 'giu'),
  },
  { name: 'half', re: /\b(?<q>(?:just |well )?(?:over|under|nearly|almost|about|around|more than|less than|approximately) )?(?<f>half)\b/giu },
  { name: 'fold', re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<n>${NUM}|${WORD})[- ]fold\b`, 'giu') },
  // "millions of images", "tens of thousands of": an order of magnitude.
  {
    name: 'magnitude',
    re: new RegExp(String.raw`\b(?<q>${QUAL})?(?<n>(?:(?:tens|hundreds)\s+of\s+)?(?:hundreds|thousands|millions|billions))(?=\s+of\b)`, 'giu'),
  },
  { name: 'nil', re: /^\s*(?<n>Nil|None)\s*$/gu },
  { name: 'n=', re: /\b[nN]\s?=\s?(?<n>\d[\d,]*)/gu },
  { name: 'value', re: new RegExp(String.raw`(?<q>${QUAL})?(?<n>${VALUE})(?<p>${PCT})?`, 'giu') },
];

/** What follows a figure listed before "respectively" ("21, 196 and 7 respectively"). */
export const LISTED_BEFORE_RESPECTIVELY = new RegExp(String.raw`^(?:\s*(?:,|\band\b|\bor\b)\s*(?:${NUM}|${WORD})(?:\s?%)?)*\s*,?\s+respectively\b`, 'i');

/** What a number before these words is: a reference, not a figure. */
export const REFERENCE_BEFORE =
  /\b(?:pages?|pp?\.|paras?\.?|paragraphs?|tables?|figures?|figs?\.|charts?|chapters?|sections?|appendix|appendices|annex|notes?|footnotes?|case|level|levels|stage|category|type|phase|part|wave|question|item|article|rule|schedule|no\.|version|step|box|row|column|recommendation|finding|implication|volume|vol\.|issue|see|ref\.?|references?|s\.|section)\s*$/i;

export function parseAmount(s: string): number | null {
  let t = s.toLowerCase().replace(/[£$€]/g, '').trim();
  let scale = 1;
  const sc = /\s*(thousand|million|billion|m|bn)$/.exec(t);
  if (sc) {
    scale = SCALES[sc[1] === 'm' ? 'million' : sc[1] === 'bn' ? 'billion' : sc[1]!]!;
    t = t.slice(0, sc.index).trim();
  }
  let half = 0;
  t = t.replace(/\s+and\s+(?:a\s+)?half$/, () => {
    half = 0.5;
    return '';
  });
  // "a hundred", and the article of "a three year period".
  t = t.replace(/^(a|one)\s+(hundred|dozen)$/, '$2').replace(/^a\s+/, '');
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? (n + half) * scale : null;
  }
  const parts = t.split(/[- ]/).filter(Boolean);
  let total = 0;
  for (const p of parts) {
    const v = WORD_NUMBERS[p];
    if (v === undefined) return null;
    if (p === 'hundred') total = (total || 1) * 100;
    else total += v;
  }
  return parts.length ? (total + half) * scale : null;
}

const MAGNITUDES: Record<string, number> = { hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
/** "thousands" → 1,000; "tens of thousands" → 10,000; "hundreds of thousands" → 100,000. */
export function magnitude(s: string): number {
  const m = /^(?:(tens|hundreds) of )?(\w+)$/i.exec(s.trim().replace(/\s+/g, ' '))!;
  return (m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1) * MAGNITUDES[m[2]!.toLowerCase()]!;
}

export const round = (n: number) => Math.round(n * 100) / 100;
export const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2099;
export const currency = (raw: string) => (raw.includes('£') ? 'GBP' : raw.includes('€') ? 'EUR' : 'USD');
