/**
 * "Copy quote with citation": the quote, an in-text citation, and a reference in APA style.
 * The reference is rendered by citation-js with its bundled APA CSL style, loaded only when a
 * reader copies; should it fail to load, the documented fallback is our own APA-like
 * reference: Authors (Year). Title. Container or publisher. https://doi.org/DOI
 */
import { shortName, type Citable } from '../../../core/cite.ts';

export interface CitableSource extends Citable {
  id: string;
  container?: string | null;
  doi?: string | null;
  kind?: string | null;
}

interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  'container-title'?: string;
  DOI?: string;
}

/** A source as CSL-JSON (the fields the APA style uses). */
export function toCsl(s: CitableSource): CslItem {
  const author = s.authors.length
    ? s.authors.map((a) => {
        const parts = a.trim().split(/\s+/);
        return parts.length > 1 ? { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') } : { literal: a };
      })
    : s.publisher
      ? [{ literal: s.publisher }]
      : undefined;
  return {
    id: s.id,
    type: s.container ? 'article-journal' : 'report',
    title: s.title,
    ...(author ? { author } : {}),
    ...(s.year ? { issued: { 'date-parts': [[s.year]] } } : {}),
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.container ? { 'container-title': s.container } : {}),
    ...(s.doi ? { DOI: s.doi } : {}),
  };
}

/** "Hannah L. Merdian" → "Merdian, H. L." (APA: surname, initials). */
export function apaName(full: string): string {
  const parts = full.trim().split(/\s+/);
  if (parts.length < 2) return full.trim();
  const given = parts
    .slice(0, -1)
    .map((p) => `${p[0]}.`)
    .join(' ');
  return `${parts.at(-1)}, ${given}`;
}

/** APA author list: "A, B, & C" (two: "A, & B"). */
export function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(apaName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** The fallback reference in APA form, without citation-js: Authors (Year). Title. Container or publisher. DOI link. */
export function fallbackReference(s: CitableSource): string {
  const who = s.authors.length ? apaAuthors(s.authors) : (s.publisher ?? s.title);
  const where = s.container ?? (s.authors.length ? s.publisher : null);
  return [`${who} (${s.year ?? 'n.d.'}).`, `${s.title}.`, where ? `${where}.` : '', s.doi ? `https://doi.org/${s.doi}` : ''].filter(Boolean).join(' ');
}

type CiteCtor = new (data: unknown) => { format(name: 'bibliography', options: { format: 'text'; template: string; lang: string }): string };

async function citationJs(s: CitableSource): Promise<string> {
  const core = (await import('@citation-js/core')) as unknown as { Cite: CiteCtor };
  await import('@citation-js/plugin-csl');
  return new core.Cite([toCsl(s)]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}

/** The APA reference by citation-js, or the fallback (when it fails, or takes longer than `waitMs` to load). */
export async function apaReference(s: CitableSource, waitMs = 4000): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(''), waitMs));
  try {
    return (await Promise.race([citationJs(s), timeout])) || fallbackReference(s);
  } catch {
    return fallbackReference(s);
  }
}

/** The text copied: the quote exactly as the source has it (readable form), an APA in-text citation, then the reference. */
export function quoteWithCitation(quote: string, s: CitableSource, reference: string): string {
  return `“${quote}” (${shortName(s)}, ${s.year ?? 'n.d.'})\n\n${reference}`;
}
