/** Sources as BibTeX, RIS and CSL-JSON. Pure: data in, text out. */
import type { SourceModel } from '../models.ts';

const escapeBib = (s: string) => s.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');

export function bibtexType(kind: string): 'article' | 'techreport' | 'misc' {
  if (/article/i.test(kind)) return 'article';
  if (/report|assessment/i.test(kind)) return 'techreport';
  return 'misc';
}

export function sourcesToBibtex(sources: ExportSource[]): string {
  return sources
    .map((s) => {
      const type = bibtexType(s.kind);
      const key = s.id.replace(/[^a-z0-9]/gi, '');
      const fields: [string, string | number | null | undefined][] = [
        ['title', `{${escapeBib(s.title)}}`],
        ['author', s.authors.length ? s.authors.map(escapeBib).join(' and ') : s.publisher ? `{${escapeBib(s.publisher)}}` : null],
        ['year', s.year],
        [type === 'techreport' ? 'institution' : 'publisher', s.publisher ? escapeBib(s.publisher) : null],
        ['journal', type === 'article' && s.container ? escapeBib(s.container) : null],
        ['doi', s.doi],
        ['isbn', s.isbn],
        ['note', escapeBib(`${s.kind}${s.jurisdiction ? `; ${s.jurisdiction}` : ''}${s.year ? '' : '; undated'}`)],
      ];
      const body = fields
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => `  ${k} = {${v}}`)
        .join(',\n');
      return `@${type}{${key},\n${body}\n}\n`;
    })
    .join('\n');
}

/** What the source exports read: the stored node, with the optional fields some sources have. */
export type ExportSource = SourceModel & { isbn?: string | null; funder?: string | null };

/**
 * The reference type of a source, from its free-text kind, in RIS and CSL terms. A slide deck is
 * RIS `SLIDE` (what reference managers such as Zotero write for a presentation) and CSL `speech`
 * ("a speech or other presentation", CSL has no slide type). An NGO note, like a threat
 * assessment, is grey literature issued by an organisation: a report.
 */
export function referenceType(kind: string): { ris: 'JOUR' | 'SLIDE' | 'RPRT' | 'GEN'; csl: 'article-journal' | 'speech' | 'report' | 'document' } {
  if (/article/i.test(kind)) return { ris: 'JOUR', csl: 'article-journal' };
  if (/slide|presentation/i.test(kind)) return { ris: 'SLIDE', csl: 'speech' };
  if (/report|assessment|note|briefing/i.test(kind)) return { ris: 'RPRT', csl: 'report' };
  return { ris: 'GEN', csl: 'document' };
}

/** "Journal, 16(2), 243" → the journal title, volume, issue and page (or article number); else the container as it is. */
export function splitContainer(container: string): { title: string; volume?: string; issue?: string; page?: string } {
  const m = /^(.+?),\s*(\d+)\s*\(([^)]+)\)\s*(?:,\s*(\S+))?$/.exec(container.trim());
  if (!m) return { title: container.trim() };
  return { title: m[1]!, volume: m[2]!, issue: m[3]!, ...(m[4] ? { page: m[4] } : {}) };
}

/** "Hannah L. Merdian" → family "Merdian", given "Hannah L." (the corpus names have no particles or suffixes). */
export function splitName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop()!;
  return parts.length ? { family, given: parts.join(' ') } : { family };
}

/** Kind, jurisdiction and, for an undated source, why it is undated: the note every format carries. */
function sourceNote(s: ExportSource): string {
  return [s.kind, s.jurisdiction, s.year == null ? `undated${s.yearNote ? `: ${s.yearNote}` : ''}` : null].filter(Boolean).join('; ');
}

const oneLine = (v: string) => v.replace(/\s+/g, ' ').trim();

/**
 * Sources as RIS (one record per source, `TAG  - value` lines, CRLF as the format's definition has
 * them). Only named people go in AU: an organisation is the publisher (PB), since RIS readers take
 * every AU as a personal name. An undated source has no PY.
 */
export function sourcesRis(sources: ExportSource[]): string {
  return sources
    .map((s) => {
      const type = referenceType(s.kind);
      const container = s.container ? splitContainer(s.container) : null;
      const lines: [string, string | number | null | undefined][] = [
        ['TY', type.ris],
        ['ID', s.id],
        ['TI', s.title],
        ...s.authors.map((a): [string, string] => {
          const n = splitName(a);
          return ['AU', n.given ? `${n.family}, ${n.given}` : n.family];
        }),
        ['PY', s.year],
        ['T2', container?.title],
        ['VL', container?.volume],
        ['IS', container?.issue],
        ['SP', container?.page],
        ['PB', s.publisher],
        ['DO', s.doi],
        ['SN', s.isbn],
        ['N1', sourceNote(s)],
      ];
      return [...lines.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([tag, v]) => `${tag}  - ${oneLine(String(v))}`), 'ER  - ', ''].join(
        '\r\n',
      );
    })
    .join('\r\n');
}

/** One CSL-JSON item (the subset of CSL 1.0.2 variables these exports use). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': [[number]] };
  publisher?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  ISBN?: string;
  note?: string;
}

/**
 * Sources as CSL-JSON items. Without named authors the publishing organisation is the author (a
 * literal name, as in the BibTeX export), which is how citation styles cite institutional reports.
 * An undated source has no `issued`: styles print "n.d.", nothing is invented.
 */
export function sourcesToCsl(sources: ExportSource[]): CslItem[] {
  return sources.map((s) => {
    const container = s.container ? splitContainer(s.container) : null;
    const item: CslItem = { id: s.id, type: referenceType(s.kind).csl, title: s.title };
    if (s.authors.length) item.author = s.authors.map(splitName);
    else if (s.publisher) item.author = [{ literal: s.publisher }];
    if (s.year != null) item.issued = { 'date-parts': [[s.year]] };
    if (s.publisher) item.publisher = s.publisher;
    if (container) {
      item['container-title'] = container.title;
      if (container.volume) item.volume = container.volume;
      if (container.issue) item.issue = container.issue;
      if (container.page) item.page = container.page;
    }
    if (s.doi) item.DOI = s.doi;
    if (s.isbn) item.ISBN = s.isbn;
    item.note = sourceNote(s);
    return item;
  });
}

export function sourcesCslJson(sources: ExportSource[]): string {
  return `${JSON.stringify(sourcesToCsl(sources), null, 2)}\n`;
}
