/**
 * A statistic's figure with its unit, written once: the source's wording (`valueText`) often
 * carries the unit already ("5%", "14.9 hours", "£25 million", "a third"), so the unit is added only
 * where the wording lacks it, and never twice ("5% percent", "four hours hours").
 */

const CURRENCY = /[£$€]/;
const stem = (word: string) => word.toLowerCase().replace(/s$/, '');

export function valueWithUnit(valueText: string, unit: string): string {
  const value = valueText.trim();
  const u = unit.trim();
  if (!u) return value;
  if (u === 'percent') {
    // "15" or "20-40" → "15%"; "5%", "30.8% (N=16)", "a third" and "half" already say it.
    if (/%|percent/i.test(value) || !/\d/.test(value)) return value;
    return /\d$/.test(value) ? `${value}%` : `${value} percent`;
  }
  if (CURRENCY.test(value)) return value;
  const [head = '', ...rest] = u.split(/\s+/);
  const headStem = stem(head);
  const words = value.split(/\s+/).map((w) => stem(w.replace(/[^\p{L}-]/gu, '')));
  const last = words.at(-1) ?? '';
  // "14.9 hours" + "hours per week" → "14.9 hours per week"; "three year" + "years" → "three year".
  if (last === headStem || last.endsWith(`-${headStem}`)) return rest.length ? `${value} ${rest.join(' ')}` : value;
  // The unit is named inside the wording ("within 24 hours or soon after"): adding it would repeat it.
  if (words.includes(headStem)) return value;
  return `${value} ${u}`;
}

/** A statistic's one-line title: "5%: proportion of …". */
export const statisticTitle = (s: { valueText: string; unit: string; measure: string }): string => `${valueWithUnit(s.valueText, s.unit)}: ${s.measure}`;
