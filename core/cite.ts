/**
 * Short author–year citations, shared by the API's exports and the web views. Pure and
 * browser-safe. Sources without named authors go by the acronym their publisher or title gives
 * ("CEOP", "IWG_OSO"), else by the title up to its colon.
 */
export interface Citable {
  authors: readonly string[];
  publisher?: string | null;
  year?: number | null;
  title: string;
}

export function shortName(s: Citable): string {
  const surname = (a: string) => a.split(' ').at(-1)!;
  if (s.authors.length > 2) return `${surname(s.authors[0]!)} et al.`;
  if (s.authors.length > 0) return s.authors.map(surname).join(' and ');
  const acronym = /\(([A-Z][A-Z_]{1,12})\)/.exec(`${s.publisher ?? ''} ${s.title}`)?.[1];
  if (acronym) return acronym;
  if (s.publisher) return s.publisher;
  return s.title.split(':')[0]!.trim();
}

export function shortCitation(s: Citable): string {
  return `${shortName(s)} (${s.year ?? 'n.d.'})`;
}
