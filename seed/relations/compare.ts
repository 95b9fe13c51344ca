/**
 * Automatic comparison of statistics that a curator grouped as measuring the same thing.
 * Two figures are consistent when they differ by at most the group's tolerance, conflicting when
 * they differ by more (the difference is kept), and not comparable when a facet differs: unit,
 * population (when both are stated), place, or period (years that do not overlap), or when a place
 * or period is known for one figure and not the other (unknown is not equal: nothing says the two
 * are about the same place or years). Head-count units (people, persons, individuals, offenders,
 * suspects) are one unit, so two counts of people differ by population, not by unit.
 * Pure: unit-tested on hand-built cases.
 */
export interface Comparable {
  id: string;
  sourceId: string;
  value: number;
  unit: string;
  place: string | null;
  period: string | null;
  /** Who is counted; compared only when both figures state it (a blank is not a difference). */
  population?: string | null;
  approximate: boolean;
}

export type Verdict = 'consistent' | 'conflicting' | 'not-comparable';

export interface Comparison {
  a: string;
  b: string;
  verdict: Verdict;
  /** b minus a, in the shared unit (null when not comparable). */
  difference: number | null;
  /** The facet that makes them not comparable. */
  facet: 'unit' | 'population' | 'place' | 'period' | null;
  reason: string;
}

const UNIT_SYNONYMS: Record<string, string> = {
  '%': 'percent',
  'per cent': 'percent',
  percentage: 'percent',
  'percentage points': 'percent',
  // Head-counts: what kind of person is counted is the population, not the unit.
  people: 'people',
  persons: 'people',
  person: 'people',
  individuals: 'people',
  individual: 'people',
  offenders: 'people',
  offender: 'people',
  suspects: 'people',
  suspect: 'people',
};

export function normaliseUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return UNIT_SYNONYMS[u] ?? u.replace(/s$/, '');
}

const PLACE_SYNONYMS: Record<string, string> = {
  uk: 'united kingdom',
  'the uk': 'united kingdom',
  'great britain': 'united kingdom',
  britain: 'united kingdom',
  'england and wales': 'united kingdom',
  'united states': 'usa',
  us: 'usa',
  'u.s.': 'usa',
  international: 'worldwide',
  global: 'worldwide',
  'across the globe': 'worldwide',
};

/** Lower case, single spaces, no trailing punctuation: how free-text facets are compared. */
const normaliseText = (t: string) =>
  t
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '');

export function normalisePlace(place: string): string {
  const p = normaliseText(place);
  return PLACE_SYNONYMS[p] ?? p;
}

/** The calendar years a period string names: "2012" -> {2012}; "1999-2002" -> 1999..2002; "April 2003 to March 2004" -> {2003, 2004}. */
export function yearsOf(period: string): Set<number> {
  const years = new Set<number>();
  const range = /\b(19\d{2}|20\d{2})\s*(?:-|–|to|until)\s*(19\d{2}|20\d{2}|\d{2})\b/g;
  let m: RegExpExecArray | null;
  let rest = period;
  while ((m = range.exec(period))) {
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (to < 100) to = Math.floor(from / 100) * 100 + to;
    for (let y = from; y <= to && y - from < 50; y++) years.add(y);
    rest = rest.replace(m[0], ' ');
  }
  for (const y of rest.match(/\b(19\d{2}|20\d{2})\b/g) ?? []) years.add(Number(y));
  return years;
}

export function compareStatistics(a: Comparable, b: Comparable, tolerance: number): Comparison {
  const base = { a: a.id, b: b.id };
  if (normaliseUnit(a.unit) !== normaliseUnit(b.unit)) {
    return { ...base, verdict: 'not-comparable', difference: null, facet: 'unit', reason: `different units (${a.unit} vs ${b.unit})` };
  }
  const pa = a.population ? normaliseText(a.population) : null;
  const pb = b.population ? normaliseText(b.population) : null;
  if (pa && pb && pa !== pb) {
    return {
      ...base,
      verdict: 'not-comparable',
      difference: null,
      facet: 'population',
      reason: `different populations (${a.population} vs ${b.population})`,
    };
  }
  const oneSided = (facet: 'place' | 'period', x: string | null, y: string | null): Comparison | null =>
    !x === !y
      ? null
      : { ...base, verdict: 'not-comparable', difference: null, facet, reason: `${facet} known for only one figure (${x ?? 'unknown'} vs ${y ?? 'unknown'})` };
  const placeUnknown = oneSided('place', a.place, b.place);
  if (placeUnknown) return placeUnknown;
  if (a.place && b.place && normalisePlace(a.place) !== normalisePlace(b.place)) {
    return { ...base, verdict: 'not-comparable', difference: null, facet: 'place', reason: `different places (${a.place} vs ${b.place})` };
  }
  const periodUnknown = oneSided('period', a.period, b.period);
  if (periodUnknown) return periodUnknown;
  if (a.period && b.period) {
    const ya = yearsOf(a.period);
    const yb = yearsOf(b.period);
    if (ya.size && yb.size && ![...ya].some((y) => yb.has(y))) {
      return { ...base, verdict: 'not-comparable', difference: null, facet: 'period', reason: `different periods (${a.period} vs ${b.period})` };
    }
  }
  const difference = Math.round((b.value - a.value) * 1000) / 1000;
  const slack = a.approximate || b.approximate ? ' (at least one figure is approximate)' : '';
  if (Math.abs(difference) <= tolerance)
    return { ...base, verdict: 'consistent', difference, facet: null, reason: `within ${tolerance} ${normaliseUnit(a.unit)}${slack}` };
  return {
    ...base,
    verdict: 'conflicting',
    difference,
    facet: null,
    reason: `differ by ${Math.abs(difference)} ${normaliseUnit(a.unit)}, more than the tolerance of ${tolerance}${slack}`,
  };
}

/** Every cross-source pair of a group, compared. */
export function compareGroup(items: Comparable[], tolerance: number): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (items[i]!.sourceId !== items[j]!.sourceId) out.push(compareStatistics(items[i]!, items[j]!, tolerance));
  return out;
}
