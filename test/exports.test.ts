import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { marked } from 'marked';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAP_CSV_COLUMNS } from '../api/exports/gaps.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { startApi, type RunningApi } from './helpers.ts';

let api: RunningApi;
const corpus = loadCorpus();
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

async function download(path: string): Promise<{ body: string; type: string; disposition: string }> {
  const res = await fetch(`${api.url}${path}`);
  expect(res.status).toBe(200);
  return { body: await res.text(), type: res.headers.get('content-type')!, disposition: res.headers.get('content-disposition')! };
}

describe('exports, parsed back with a real parser for each format', () => {
  it('research gaps as CSV: one row per gap, priority order, quotes and raising sources', async () => {
    const { body, type, disposition } = await download('/export/gaps.csv');
    expect(type).toMatch(/^text\/csv/);
    expect(disposition).toContain('research-gaps.csv');
    const rows = parseCsv(body, { columns: true }) as Record<string, string>[];
    const { data } = await api.gql('{ researchGaps { id priority sourceCount } }');
    expect(rows.map((r) => r.id)).toEqual(data.researchGaps.map((g: any) => g.id));
    expect(Object.keys(rows[0]!)).toEqual([...GAP_CSV_COLUMNS]);
    expect(rows[0]!.priority).toBe('7');
    for (const r of rows) {
      expect(r.question).toMatch(/\?$/);
      expect(Number(r.source_count)).toBeGreaterThan(0);
      expect(r.quotes).toContain('“');
    }
    const multi = rows.find((r) => Number(r.source_count) > 1)!;
    expect(multi.raised_by!.split('; ').length).toBe(Number(multi.source_count));
  });

  it('filters the CSV like the API (one source, open gaps only)', async () => {
    const rows = parseCsv((await download('/export/gaps.csv?sources=iwg-oso-2018&status=open')).body, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).toBe('open');
      expect(r.raised_by).toContain('IWG_OSO (2018)');
    }
  });

  it('research gaps as Markdown: a heading per gap with its quotes', async () => {
    const { body } = await download('/export/gaps.md');
    const tokens = marked.lexer(body);
    const headings = tokens.filter((t) => t.type === 'heading') as { depth: number; text: string }[];
    const { data } = await api.gql('{ researchGaps { question } }');
    expect(headings[0]).toMatchObject({ depth: 1, text: 'Open research gaps' });
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(data.researchGaps.length);
    expect(tokens.filter((t) => t.type === 'blockquote').length).toBeGreaterThanOrEqual(data.researchGaps.length);
  });

  it('sources as BibTeX', async () => {
    const { body } = await download('/export/sources.bib');
    const bib = parseBibtex(body);
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key).sort()).toEqual(['ceop2013', 'gallagher2006', 'iwgoso2018', 'merdian2019', 'secttnote2018']);
    const merdian = bib.entries.find((e) => e.key === 'merdian2019')!;
    expect(merdian.type).toBe('article');
    expect(merdian.fields.doi).toBe('10.3390/ijerph16020243');
    expect(merdian.fields.author!.length).toBe(4);
  });

  it('quotes as W3C Web Annotation JSON-LD with quote and position selectors into the hashed document', async () => {
    const { body, type } = await download('/export/annotations.jsonld?sources=ceop-2013');
    expect(type).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(body);
    const context = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'anno-context.jsonld'), 'utf8'));
    // The network is closed: serve the Web Annotation context from the fixture (the terms this export uses).
    const documentLoader = async (url: string) => {
      if (url === 'http://www.w3.org/ns/anno.jsonld') return { contextUrl: undefined, documentUrl: url, document: context };
      throw new Error(`unexpected remote context ${url}`);
    };
    const expanded = (await jsonld.expand(doc, { documentLoader })) as any[];
    const OA = 'http://www.w3.org/ns/oa#';
    const items = expanded[0]['http://www.w3.org/ns/activitystreams#first'][0]['http://www.w3.org/ns/activitystreams#items'][0]['@list'];
    const ceop = corpus.find((s) => s.id === 'ceop-2013')!;
    expect(items.length).toBeGreaterThan(300);
    for (const a of items.slice(0, 50)) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const target = a[`${OA}hasTarget`][0];
      expect(target[`${OA}hasSource`][0]['@id']).toBe(`urn:sha256:${ceop.sha256}`);
      const selectors = target[`${OA}hasSelector`];
      const quote = selectors.find((s: any) => s['@type'][0] === `${OA}TextQuoteSelector`);
      const position = selectors.find((s: any) => s['@type'][0] === `${OA}TextPositionSelector`);
      const start = Number(position[`${OA}start`][0]['@value']);
      const end = Number(position[`${OA}end`][0]['@value']);
      expect(ceop.raw.slice(start, end)).toBe(quote[`${OA}exact`][0]['@value']);
      expect(ceop.raw.slice(start - quote[`${OA}prefix`][0]['@value'].length, start)).toBe(quote[`${OA}prefix`][0]['@value']);
    }
  });

  it('answers a clear error for bad input', async () => {
    const res = await fetch(`${api.url}/export/gaps.csv?text=${'x'.repeat(300)}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/longer than 200/);
  });
});
