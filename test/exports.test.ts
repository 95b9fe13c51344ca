import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { marked } from 'marked';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAP_CSV_COLUMNS } from '../api/exports/gaps.ts';
import { loadCorpus } from '../seed/corpus.ts';
import { expandableNeighbour, startApi, type RunningApi } from './helpers.ts';
import { graphql } from './gql/index.ts';
import type { ExportsGraphQueryVariables } from './gql/graphql.ts';

// citation-js ships CommonJS without type declarations: the little of it these tests use, typed here.
interface CslData {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  DOI?: string;
  ISBN?: string;
  publisher?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
}
const require = createRequire(import.meta.url);
const citation = require('@citation-js/core') as {
  Cite: new (data: unknown) => { data: CslData[]; format(name: 'bibliography', options: { format: 'text'; template: string; lang: string }): string };
  plugins: { input: { type(input: unknown): string; data(input: unknown, type: string): unknown } };
};
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

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

/** Expanded JSON-LD: every term maps to an array of nodes; '@id', '@type' and '@value' are keywords. */
interface Ld {
  '@id'?: string;
  '@type'?: string[];
  '@value'?: string | number;
  [term: string]: Ld[] | string | string[] | number | undefined;
}
const isLd = (x: unknown): x is Ld => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNodes = (v: Ld[string]): v is Ld[] => Array.isArray(v) && v.every(isLd);
function nodes(node: Ld, term: string): Ld[] {
  const v = node[term];
  if (!isNodes(v)) throw new Error(`no ${term} nodes`);
  return v;
}
function first(list: Ld[]): Ld {
  if (!list[0]) throw new Error('an empty list');
  return list[0];
}
const value = (node: Ld, term: string) => first(nodes(node, term))['@value'];

describe('exports, parsed back with a real parser for each format', () => {
  it('research gaps as CSV: a UTF-8 BOM, one row per gap in the documented priority order, topics, quotes, raising sources and a link back', async () => {
    const res = await fetch(`${api.url}/export/gaps.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('research-gaps.csv');
    // The bytes, not the decoded text: fetch's text() would drop the BOM.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(body, { columns: true, bom: true }) as Record<string, string>[];
    const { data } = await api.gql(
      graphql(`query ExportsGaps { researchGaps(first: 500) { totalCount edges { node { id priority priorityTier status sourceCount topics { name } } } } }`),
    );
    if (!data) throw new Error('no research gaps');
    const gaps = data.researchGaps.edges.map((e) => e.node);
    expect(gaps).toHaveLength(data.researchGaps.totalCount);
    expect(rows.map((r) => r.id)).toEqual(gaps.map((g) => g.id));
    expect(Object.keys(rows[0]!)).toEqual([...GAP_CSV_COLUMNS]);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['topics', 'link', 'priority', 'source_rating']));
    // The documented order: unanswered first, then more raising sources.
    const rank: Record<string, number> = { open: 0, 'partly-addressed': 1, addressed: 2 };
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(rank[a.status!]! <= rank[b.status!]!).toBe(true);
      if (a.status === b.status) expect(Number(a.source_count)).toBeGreaterThanOrEqual(Number(b.source_count));
    }
    const byId = new Map(gaps.map((g) => [g.id, g]));
    for (const r of rows) {
      const g = byId.get(r.id!);
      if (!g) throw new Error(`${r.id} is not a research gap of the API`);
      expect(r.question).toMatch(/\?$/);
      expect(Number(r.source_count)).toBeGreaterThan(0);
      expect(r.quotes).toContain('“');
      expect(['High', 'Medium', 'Low']).toContain(r.priority);
      expect(r.priority!.toUpperCase()).toBe(g.priorityTier);
      expect(r.source_rating).toBe(g.priority == null ? '' : String(g.priority));
      expect(r.topics!.split('; ').filter(Boolean).sort()).toEqual(g.topics.map((t) => t.name).sort());
      expect(r.topics!.length).toBeGreaterThan(0);
      const link = new URL(r.link!);
      expect(link.origin).toBe(api.url);
      expect(decodeURIComponent(link.pathname)).toBe(`/items/${r.id}`);
    }
    expect(rows.filter((r) => r.source_rating !== '').length).toBeGreaterThan(0);
    const multi = rows.find((r) => Number(r.source_count) > 1)!;
    expect(multi.raised_by!.split('; ').length).toBe(Number(multi.source_count));
  });

  it('links in the CSV fall back to the default origin when the request has no usable Host', async () => {
    const { publicOrigin, DEFAULT_PUBLIC_ORIGIN } = await import('../api/exports/routes.ts');
    expect(publicOrigin({ protocol: 'http', get: () => 'example.org:8080' })).toBe('http://example.org:8080');
    expect(publicOrigin({ protocol: 'http', get: () => 'evil.example/"><x' })).toBe(DEFAULT_PUBLIC_ORIGIN);
    expect(publicOrigin({ protocol: 'http', get: () => undefined })).toBe(DEFAULT_PUBLIC_ORIGIN);
  });

  it('filters the CSV like the API (one source, open gaps only)', async () => {
    const rows = parseCsv((await download('/export/gaps.csv?sources=iwg-oso-2018&status=open')).body, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).toBe('open');
      expect(r.raised_by).toContain('IWG_OSO (2018)');
    }
  });

  it('research gaps as Markdown: a heading per gap with its quotes, priority, topics and link', async () => {
    const { body } = await download('/export/gaps.md');
    expect(body).toContain('Priority order: unanswered gaps first');
    const firstGap = body.slice(body.indexOf('\n## 1. '));
    expect(firstGap).toMatch(/- \*\*Priority:\*\* (High|Medium|Low)/);
    expect(firstGap).toMatch(/- \*\*Topics:\*\* \S/);
    expect(firstGap).toMatch(new RegExp(`- \\*\\*Link:\\*\\* <${api.url.replace(/[.]/g, '\\.')}/items/gap`));
    const tokens = marked.lexer(body);
    const headings = tokens.filter((t) => t.type === 'heading') as { depth: number; text: string }[];
    const { data } = await api.gql(graphql(`query ExportsGapQuestions { researchGaps(first: 1) { totalCount } }`));
    if (!data) throw new Error('no research gaps');
    expect(headings[0]).toMatchObject({ depth: 1, text: 'Open research gaps' });
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(data.researchGaps.totalCount);
    expect(tokens.filter((t) => t.type === 'blockquote').length).toBeGreaterThanOrEqual(data.researchGaps.totalCount);
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
    const expanded: unknown[] = await jsonld.expand(doc, { documentLoader });
    const root = expanded[0];
    if (!isLd(root)) throw new Error('the expansion has no document node');
    const OA = 'http://www.w3.org/ns/oa#';
    const AS = 'http://www.w3.org/ns/activitystreams#';
    const items = nodes(first(nodes(first(nodes(root, `${AS}first`)), `${AS}items`)), '@list');
    const ceop = corpus.find((s) => s.id === 'ceop-2013')!;
    expect(items.length).toBeGreaterThan(300);
    for (const a of items.slice(0, 50)) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const target = first(nodes(a, `${OA}hasTarget`));
      expect(first(nodes(target, `${OA}hasSource`))['@id']).toBe(`urn:sha256:${ceop.sha256}`);
      const selectors = nodes(target, `${OA}hasSelector`);
      const quote = selectors.find((s) => s['@type']?.[0] === `${OA}TextQuoteSelector`)!;
      const position = selectors.find((s) => s['@type']?.[0] === `${OA}TextPositionSelector`)!;
      const start = Number(value(position, `${OA}start`));
      const end = Number(value(position, `${OA}end`));
      expect(ceop.raw.slice(start, end)).toBe(value(quote, `${OA}exact`));
      expect(ceop.raw.slice(start - String(value(quote, `${OA}prefix`)).length, start)).toBe(value(quote, `${OA}prefix`));
    }
  });

  it('answers a clear error for bad input', async () => {
    const res = await fetch(`${api.url}/export/gaps.csv?text=${'x'.repeat(300)}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/longer than 200/);
  });
});

const SOURCES_QUERY = graphql(`query ExportsSources { sources { id title authors year yearNote publisher doi } }`);
const surname = (a: string) => a.split(' ').at(-1)!;

describe('sources as RIS and CSL-JSON, read back by citation-js', () => {
  it('RIS: one record per source with its type, authors, year (none when undated) and DOI', async () => {
    const { body, type, disposition } = await download('/export/sources.ris');
    expect(type).toMatch(/^application\/x-research-info-systems/);
    expect(disposition).toBe('attachment; filename="triangulate-sources.ris"');
    expect(citation.plugins.input.type(body)).toBe('@ris/file');
    const records = citation.plugins.input.data(body, '@ris/file') as Record<string, string | string[]>[];
    expect(Object.fromEntries(records.map((r) => [r.ID, r.TY]))).toEqual({
      'merdian-2019': 'JOUR',
      'sectt-note-2018': 'RPRT',
      'iwg-oso-2018': 'SLIDE',
      'gallagher-2006': 'RPRT',
      'ceop-2013': 'RPRT',
    });
    const { data } = await api.gql(SOURCES_QUERY);
    const items = new Map(new citation.Cite(body).data.map((d) => [d.id, d]));
    expect([...items.keys()].sort()).toEqual(data!.sources.map((s) => s.id).sort());
    for (const s of data!.sources) {
      const item = items.get(s.id)!;
      expect(item.title).toBe(s.title);
      expect((item.author ?? []).map((a) => a.family)).toEqual(s.authors.map(surname));
      expect(item.issued?.['date-parts'][0]?.[0]).toBe(s.year ?? undefined);
      expect(item.DOI).toBe(s.doi ?? undefined);
    }
    expect(items.get('sectt-note-2018')!.issued).toBeUndefined();
    expect(records.find((r) => r.ID === 'sectt-note-2018')!.PY).toBeUndefined();
    expect(records.find((r) => r.ID === 'sectt-note-2018')!.N1).toContain('undated: Not dated');
    const merdian = items.get('merdian-2019')!;
    expect(merdian).toMatchObject({
      type: 'article-journal',
      DOI: '10.3390/ijerph16020243',
      'container-title': 'International Journal of Environmental Research and Public Health',
      volume: '16',
      issue: '2',
      page: '243',
    });
    expect(merdian.author![0]).toEqual({ family: 'Merdian', given: 'Hannah L.' });
    expect(items.get('gallagher-2006')).toMatchObject({ type: 'report', publisher: 'Centre for Applied Childhood Studies, University of Huddersfield' });
  });

  it('CSL-JSON: valid CSL items that render a bibliography with the right authors, titles and years', async () => {
    const { body, type, disposition } = await download('/export/sources.csl.json');
    expect(type).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
    expect(disposition).toBe('attachment; filename="triangulate-sources.csl.json"');
    const json = JSON.parse(body) as CslData[];
    expect(citation.plugins.input.type(json)).toBe('@csl/list+object');
    const { data } = await api.gql(SOURCES_QUERY);
    expect(json.map((i) => i.id)).toEqual(data!.sources.map((s) => s.id));
    const byId = new Map(json.map((i) => [i.id, i]));
    expect(byId.get('sectt-note-2018')).not.toHaveProperty('issued');
    expect(Object.fromEntries(json.map((i) => [i.id, i.type]))).toEqual({
      'merdian-2019': 'article-journal',
      'sectt-note-2018': 'report',
      'iwg-oso-2018': 'speech',
      'gallagher-2006': 'report',
      'ceop-2013': 'report',
    });

    const cite = new citation.Cite(json);
    const entries = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim().split('\n');
    expect(entries).toHaveLength(data!.sources.length);
    for (const s of data!.sources) {
      const entry = entries.find((e) => e.includes(s.title))!;
      expect(entry, s.id).toBeDefined();
      expect(entry).toContain(s.year ? `(${s.year})` : '(n.d.)');
      for (const a of s.authors) expect(entry).toContain(surname(a));
      if (!s.authors.length && s.publisher) expect(entry.startsWith(s.publisher)).toBe(true);
      if (s.doi) expect(entry).toContain(`https://doi.org/${s.doi}`);
    }
    expect(entries.find((e) => e.includes('Roundtable'))).toMatch(/^Merdian, H\. L\., Perkins, D\. E\., Webster, S\. D\., & McCashin, D\. \(2019\)\./);
  });
});

const GRAPH_QUERY = graphql(`query ExportsGraph($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {
  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {
    focus
    nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }
    edges { id source target kind status subtype label }
  }
}`);
async function apiGraph(variables: ExportsGraphQueryVariables) {
  const res = await api.gql(GRAPH_QUERY, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.graph;
}

describe('the graph as GraphML, GEXF and Cytoscape JSON, read back by graphology and Cytoscape.js', () => {
  it('GraphML of the default graph: the same nodes, edges and labels as the graph query', async () => {
    const want = await apiGraph({});
    expect(want.nodes.length).toBeGreaterThan(5);
    const { body, type, disposition } = await download('/export/graph.graphml');
    expect(type).toMatch(/^application\/graphml\+xml/);
    expect(disposition).toBe('attachment; filename="triangulate-graph.graphml"');
    const g = parseGraphml(Graph, body); // throws on an edge whose endpoint is not a node
    expect(g.order).toBe(want.nodes.length);
    expect(g.size).toBe(want.edges.length);
    expect(g.getAttribute('focus')).toBe(want.focus.join(';'));
    for (const n of want.nodes) {
      expect(g.getNodeAttributes(n.id)).toMatchObject({ label: n.label, type: n.type, degree: n.degree });
      expect(g.getNodeAttribute(n.id, 'topics') ?? '').toBe(n.topics.join(';'));
    }
    for (const e of want.edges) {
      expect([g.source(e.id), g.target(e.id)]).toEqual([e.source, e.target]);
      expect(g.getEdgeAttribute(e.id, 'kind')).toBe(e.kind);
      expect(g.getEdgeAttribute(e.id, 'status')).toBe(e.status ?? undefined);
    }
    // The real labels hold what XML must escape or carry as is: quotes, ampersands, apostrophes, non-ASCII.
    expect(want.nodes.some((n) => /[^\x00-\x7f]|["'&<>]/.test(n.label))).toBe(true);
  });

  it('GEXF of a focused, filtered graph: the same graph as the query with the same arguments', async () => {
    const focus = (await apiGraph({})).focus[0]!;
    const want = await apiGraph({ focus: [focus], depth: 2, limit: 10, filter: { kinds: ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'RAISES_GAP'] } });
    expect(want.nodes.length).toBeGreaterThan(1);
    const { body, type, disposition } = await download(
      `/export/graph.gexf?focus=${encodeURIComponent(focus)}&depth=2&neighbourLimit=10&kinds=SUPPORTS,CONTRADICTS&kinds=QUALIFIES,RAISES_GAP`,
    );
    expect(type).toMatch(/^application\/gexf\+xml/);
    expect(disposition).toBe('attachment; filename="triangulate-graph.gexf"');
    const g = parseGexf(Graph, body);
    expect(g.order).toBe(want.nodes.length);
    expect(g.size).toBe(want.edges.length);
    expect(g.hasNode(focus)).toBe(true);
    for (const n of want.nodes) {
      expect(g.getNodeAttributes(n.id)).toMatchObject({ label: n.label, type: n.type, topics: n.topics, degree: n.degree });
      if (n.type === 'GROUP') expect(g.getNodeAttribute(n.id, 'hiddenCount')).toBe(n.hiddenCount);
    }
    for (const e of want.edges) {
      expect([g.source(e.id), g.target(e.id)]).toEqual([e.source, e.target]);
      expect(['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'RAISES_GAP', 'MORE']).toContain(g.getEdgeAttribute(e.id, 'kind'));
    }
  });

  it('Cytoscape JSON of a graph around two sources and a type filter loads into Cytoscape.js', async () => {
    const want = await apiGraph({ focus: ['ceop-2013', 'merdian-2019'], depth: 1, limit: 5, filter: { types: ['CLAIM', 'STATISTIC', 'RESEARCH_GAP'] } });
    const { body, type, disposition } = await download(
      '/export/graph.cyjs?focus=ceop-2013&focus=merdian-2019&depth=1&neighbourLimit=5&types=CLAIM,STATISTIC,RESEARCH_GAP',
    );
    expect(type).toMatch(/^application\/json/);
    expect(disposition).toBe('attachment; filename="triangulate-graph.cyjs"');
    const doc = JSON.parse(body);
    expect(doc).toMatchObject({ format_version: '1.0', generated_by: 'Triangulate', data: { focus: ['ceop-2013', 'merdian-2019'] } });
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(want.nodes.length);
    expect(cy.edges().length).toBe(want.edges.length);
    for (const n of want.nodes) expect(cy.getElementById(n.id).data()).toMatchObject({ label: n.label, type: n.type, topics: n.topics });
    for (const e of want.edges) {
      const edge = cy.getElementById(e.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([e.source, e.target]);
    }
    expect(cy.nodes('[type = "GROUP"]').length).toBeGreaterThan(0); // the sources' items beyond the limit
    expect(cy.nodes('[type = "SOURCE"], [type = "MISCONCEPTION"]').length).toBe(0);
  });

  it('GraphML of the view as the reader left it: an expanded node’s neighbours, the node budget, the lens and hidden nodes', async () => {
    // A neighbour of the default focus must have more links than the neighbour limit, so that expanding it adds
    // nodes: the largest limit (3, 2 or 1) at which one has.
    const { limit: LIMIT, base, leaf } = await expandableNeighbour([3, 2, 1], (limit) => apiGraph({ limit, budget: 40 }));
    const before = new Set(base.nodes.map((n) => n.id));
    const expanded = await apiGraph({ focus: base.focus, limit: LIMIT, budget: 40, expansions: [{ id: leaf.id }] });
    const added = expanded.nodes.filter((n) => !before.has(n.id));
    expect(added.length).toBeGreaterThan(0);
    const view = `focus=${encodeURIComponent(base.focus.join(','))}&depth=1&neighbourLimit=${LIMIT}&nodeBudget=40&expand=${encodeURIComponent(leaf.id)}`;
    const g = parseGraphml(Graph, (await download(`/export/graph.graphml?${view}`)).body);
    for (const n of added) expect(g.hasNode(n.id), `${n.id}, a neighbour of the expanded ${leaf.id}`).toBe(true);
    expect(g.order).toBe(expanded.nodes.length);
    expect(g.size).toBe(expanded.edges.length);

    // The disagreements lens and a hidden node, as the view sends them: only disagreement links, the nodes they join, the focus and groups.
    const hidden = added[0]!.id;
    const lensed = parseGraphml(Graph, (await download(`/export/graph.graphml?${view}&lens=disagreements&hide=${encodeURIComponent(hidden)}`)).body);
    expect(lensed.hasNode(hidden)).toBe(false);
    expect(lensed.order).toBeLessThan(g.order);
    lensed.forEachEdge((_e, a) => expect(['CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'ATTRIBUTES_TO', 'MORE']).toContain(a.kind));
    lensed.forEachNode((id, a) => {
      if (a.type !== 'GROUP' && !base.focus.includes(id)) expect(lensed.degree(id), `${id} is linked`).toBeGreaterThan(0);
    });
    const cyjs = JSON.parse((await download(`/export/graph.cyjs?${view}&lens=disagreements&hide=${encodeURIComponent(hidden)}`)).body);
    expect(cytoscape({ headless: true, elements: cyjs.elements }).nodes().length).toBe(lensed.order);
  });

  it('answers 400 naming the bad parameter', async () => {
    const bad = async (query: string) => {
      const res = await fetch(`${api.url}/export/graph.graphml?${query}`);
      expect(res.status, query).toBe(400);
      return (await res.json()) as { error: string; parameter: string };
    };
    expect(await bad('kinds=SUPPORTS,FRIENDS')).toMatchObject({
      parameter: 'kinds',
      error: expect.stringMatching(/unknown kind "FRIENDS"; expected one of SUPPORTS/),
    });
    expect(await bad('types=claim')).toMatchObject({ parameter: 'types' });
    expect(await bad('statuses=DRAFT')).toMatchObject({ parameter: 'statuses' });
    expect(await bad('depth=9')).toMatchObject({ parameter: 'depth', error: 'depth: must be an integer from 0 to 3' });
    expect(await bad('depth=1&depth=2')).toMatchObject({ parameter: 'depth' });
    expect(await bad('neighbourLimit=0')).toMatchObject({ parameter: 'neighbourLimit' });
    expect(await bad('nodeBudget=5000')).toMatchObject({ parameter: 'nodeBudget' });
    expect(await bad('lens=agreements')).toMatchObject({ parameter: 'lens' });
    expect(await bad('expand=a@b')).toMatchObject({ parameter: 'expand' });
    expect(await bad('kind=SUPPORTS')).toMatchObject({ parameter: 'kind', error: 'unknown parameter kind' });
    expect(await bad(`focus=${Array.from({ length: 51 }, (_, i) => `c${i}`).join(',')}`)).toMatchObject({ parameter: 'focus' });
    expect(await bad('focus=no-such-item')).toMatchObject({ parameter: 'focus', error: expect.stringContaining('no-such-item') });
  });
});
