/** Sources as BibTeX. Pure: data in, text out. */
import type { SourceModel } from '../models.ts';

const escapeBib = (s: string) => s.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');

export function bibtexType(kind: string): 'article' | 'techreport' | 'misc' {
  if (/article/i.test(kind)) return 'article';
  if (/report|assessment/i.test(kind)) return 'techreport';
  return 'misc';
}

export function sourcesToBibtex(sources: (SourceModel & { isbn?: string | null; funder?: string | null })[]): string {
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
