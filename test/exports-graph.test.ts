/** The graph serializers, each output read back by a real parser for its format. */
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml, graphToCytoscape, graphToCytoscapeJson, graphToGexf, graphToGraphML } from '../api/exports/graph.ts';
import type { Graph as ApiGraph, GraphEdge, GraphNode } from '../api/generated/graphql.ts';

const AWKWARD = `He said “it’s ‘fine’ & <safe>” – café "quoted" 'apos' ]]> --> 🔍`;

const node = (n: Partial<GraphNode> & Pick<GraphNode, 'id' | 'type' | 'label'>): GraphNode => ({
  sourceId: null,
  topics: [],
  kind: null,
  degree: 1,
  groupOf: null,
  hiddenCount: null,
  nextOffset: null,
  ...n,
});
const edge = (e: Partial<GraphEdge> & Pick<GraphEdge, 'id' | 'source' | 'target' | 'kind'>): GraphEdge => ({ status: null, subtype: null, label: null, ...e });

const fixture: ApiGraph = {
  focus: ['claim:a&b'],
  nodes: [
    node({
      id: 'claim:a&b',
      type: 'CLAIM',
      label: AWKWARD,
      sourceId: 'merdian-2019',
      topics: ['online-grooming', 'travel-tourism'],
      kind: 'finding',
      degree: 40,
    }),
    node({
      id: 'stat:1',
      type: 'STATISTIC',
      label: '42 % of “cases”\nsecond line\tand a tab',
      sourceId: 'ceop-2013',
      topics: ['prevalence'],
      kind: null,
      degree: 2,
    }),
    node({ id: 'gap:x', type: 'RESEARCH_GAP', label: 'What is known about <victims> in the “grey” zone?', kind: 'partly-addressed', degree: 1 }),
    node({ id: 'mis:y', type: 'MISCONCEPTION', label: "Offenders aren't local – élan", degree: 1 }),
    node({ id: 'ceop-2013', type: 'SOURCE', label: 'CEOP (2013)', sourceId: 'ceop-2013', kind: 'law-enforcement threat assessment', degree: 1 }),
    node({ id: 'group:claim:a&b:25', type: 'GROUP', label: '15 more', groupOf: 'claim:a&b', hiddenCount: 15, nextOffset: 25, degree: 0 }),
    node({ id: 'ctl', type: 'CLAIM', label: 'bell\u0007 and a lone \uD800 surrogate', sourceId: 'iwg-oso-2018', degree: 0 }),
  ],
  edges: [
    edge({
      id: 'r:1',
      source: 'claim:a&b',
      target: 'stat:1',
      kind: 'SUPPORTS',
      status: 'CURATED',
      subtype: 'DIRECT',
      label: 'Both report “grooming” & contact',
    }),
    edge({
      id: 'r:2',
      source: 'claim:a&b',
      target: 'stat:1',
      kind: 'CONTRADICTS',
      status: 'PROPOSED',
      subtype: 'PERIOD',
      label: "differs by period (2006 vs '13)",
    }),
    edge({ id: 'g:1', source: 'claim:a&b', target: 'gap:x', kind: 'RAISES_GAP' }),
    edge({ id: 'm:1', source: 'stat:1', target: 'mis:y', kind: 'CHALLENGES' }),
    edge({ id: 'a:1', source: 'stat:1', target: 'ceop-2013', kind: 'ATTRIBUTES_TO', status: 'CURATED', label: 'faithful' }),
    edge({ id: 'more:1', source: 'group:claim:a&b:25', target: 'claim:a&b', kind: 'MORE' }),
  ],
};

/** What a conforming XML parser reads back from a string that went through escapeXml. */
const xmlRoundTrip = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

interface XmlElement {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  parent: string | null;
  text: string;
}

/** Every element of a document, read by a strict XML 1.0 parser: any well-formedness error throws. */
function strictXml(xml: string): XmlElement[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const el = {
      name: t.local!,
      uri: t.uri!,
      attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])),
      parent: stack.at(-1)?.name ?? null,
      text: '',
    };
    out.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return out;
}

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));

describe('escapeXml', () => {
  it('escapes markup and whitespace and replaces characters XML 1.0 forbids', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    expect(escapeXml('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;');
    expect(escapeXml('bell\u0007 \uD800 ok 🔍 “é”')).toBe('bell\uFFFD \uFFFD ok 🔍 “é”');
  });
});

describe('graph as GraphML', () => {
  const xml = graphToGraphML(fixture);

  it('is well-formed GraphML with a declared <key> for every data field', () => {
    const els = strictXml(xml);
    expect(els[0]).toMatchObject({ name: 'graphml', uri: 'http://graphml.graphdrawing.org/xmlns' });
    const declared = new Map(
      els.filter((e) => e.name === 'key').map((k) => [k.attrs.id!, { for: k.attrs.for, name: k.attrs['attr.name'], type: k.attrs['attr.type'] }]),
    );
    for (const name of ['type', 'label', 'sourceId', 'topics', 'kind', 'degree', 'groupOf', 'hiddenCount', 'nextOffset'])
      expect([...declared.values()]).toContainEqual({ for: 'node', name, type: ['degree', 'hiddenCount', 'nextOffset'].includes(name) ? 'int' : 'string' });
    for (const name of ['kind', 'status', 'subtype', 'label']) expect([...declared.values()]).toContainEqual({ for: 'edge', name, type: 'string' });
    const data = els.filter((e) => e.name === 'data');
    expect(data.length).toBeGreaterThan(fixture.nodes.length + fixture.edges.length);
    for (const d of data) {
      const key = declared.get(d.attrs.key!);
      expect(key, d.attrs.key).toBeDefined();
      expect(key!.for).toBe(d.parent);
    }
    expect(els.filter((e) => e.name === 'node')).toHaveLength(fixture.nodes.length);
    expect(data.find((d) => d.attrs.key === 'n_label' && d.text.startsWith('He said'))!.text).toBe(AWKWARD);
  });

  it('reads back into graphology with every node, edge and attribute, special characters intact', () => {
    const g = parseGraphml(Graph, xml);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(fixture.nodes.length);
    expect(g.size).toBe(fixture.edges.length);
    expect(g.getAttribute('focus')).toBe('claim:a&b');
    for (const n of fixture.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(xmlRoundTrip(n.label));
      expect(a.type).toBe(n.type);
      expect(a.degree).toBe(n.degree);
      expect(a.topics ?? '').toBe(n.topics.join(';'));
      expect(a.sourceId).toBe(n.sourceId ?? undefined);
      expect(a.kind).toBe(n.kind ?? undefined);
      expect(a.groupOf).toBe(n.groupOf ?? undefined);
      expect(a.hiddenCount).toBe(n.hiddenCount ?? undefined);
      expect(a.nextOffset).toBe(n.nextOffset ?? undefined);
    }
    expect(g.getNodeAttribute('claim:a&b', 'label')).toBe(AWKWARD);
    expect(g.getNodeAttribute('stat:1', 'label')).toContain('\nsecond line\tand');
    expect(g.getNodeAttribute('ctl', 'label')).toBe('bell\uFFFD and a lone \uFFFD surrogate');
    for (const e of fixture.edges) {
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
      expect(g.isDirected(e.id)).toBe(true);
      expect(g.getEdgeAttributes(e.id)).toEqual(
        Object.fromEntries(Object.entries({ kind: e.kind, status: e.status, subtype: e.subtype, label: e.label }).filter(([, v]) => v !== null)),
      );
    }
  });
});

describe('graph as GEXF 1.3', () => {
  const xml = graphToGexf(fixture);

  it('is well-formed GEXF 1.3 with attribute declarations for nodes and edges', () => {
    const els = strictXml(xml);
    expect(els[0]).toMatchObject({ name: 'gexf', uri: 'http://gexf.net/1.3', attrs: { version: '1.3' } });
    let cls = '';
    const classes: Record<string, string[]> = {};
    for (const e of els) {
      if (e.name === 'attributes') classes[(cls = e.attrs.class!)] = [];
      else if (e.name === 'attribute') classes[cls]!.push(`${e.attrs.title}:${e.attrs.type}`);
    }
    expect(classes).toEqual({
      node: [
        'type:string',
        'sourceId:string',
        'topics:liststring',
        'kind:string',
        'degree:integer',
        'groupOf:string',
        'hiddenCount:integer',
        'nextOffset:integer',
      ],
      edge: ['status:string', 'subtype:string'],
    });
    expect(els.find((e) => e.name === 'nodes')!.attrs.count).toBe(String(fixture.nodes.length));
    expect(els.find((e) => e.name === 'edges')!.attrs.count).toBe(String(fixture.edges.length));
    expect(els.find((e) => e.name === 'node' && e.attrs.id === 'claim:a&b')!.attrs.label).toBe(AWKWARD);
  });

  it('reads back into graphology (undeclared attributes rejected) with labels, kinds and typed values', () => {
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(fixture.nodes.length);
    expect(g.size).toBe(fixture.edges.length);
    expect(g.multi).toBe(true); // two relations between the same pair of items
    for (const n of fixture.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(xmlRoundTrip(n.label));
      expect(a.type).toBe(n.type);
      expect(a.topics).toEqual(n.topics);
      expect(a.degree).toBe(n.degree);
      expect(a.sourceId).toBe(n.sourceId ?? undefined);
      expect(a.kind).toBe(n.kind ?? undefined);
      expect(a.hiddenCount).toBe(n.hiddenCount ?? undefined);
      expect(a.nextOffset).toBe(n.nextOffset ?? undefined);
      expect(a.groupOf).toBe(n.groupOf ?? undefined);
    }
    expect(g.getNodeAttribute('claim:a&b', 'label')).toBe(AWKWARD);
    for (const e of fixture.edges) {
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
      expect(g.isDirected(e.id)).toBe(true);
      expect(g.getEdgeAttributes(e.id)).toEqual(
        Object.fromEntries(Object.entries({ kind: e.kind, status: e.status, subtype: e.subtype, label: e.label }).filter(([, v]) => v !== null)),
      );
    }
  });
});

describe('graph as Cytoscape JSON', () => {
  it('has the header Cytoscape desktop writes and loads into headless Cytoscape.js', () => {
    const doc = JSON.parse(graphToCytoscapeJson(fixture));
    expect(doc).toMatchObject({ format_version: '1.0', generated_by: 'Triangulate', data: { name: expect.any(String), focus: ['claim:a&b'] } });
    expect(doc).toEqual(graphToCytoscape(fixture));
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(fixture.nodes.length);
    expect(cy.edges().length).toBe(fixture.edges.length);
    const nodes = byId(fixture.nodes);
    cy.nodes().forEach((n) => {
      const want = nodes.get(n.id())!;
      expect(n.data('label')).toBe(want.label);
      expect(n.data('name')).toBe(want.label);
      expect(n.data('type')).toBe(want.type);
      expect(n.data('topics')).toEqual(want.topics);
      expect(n.data('degree')).toBe(want.degree);
      expect(n.data('sourceId')).toBe(want.sourceId ?? undefined);
      expect(n.data('hiddenCount')).toBe(want.hiddenCount ?? undefined);
      expect(n.isParent() || n.isChild()).toBe(false);
    });
    const edges = byId(fixture.edges);
    cy.edges().forEach((e) => {
      const want = edges.get(e.id())!;
      expect(e.source().id()).toBe(want.source);
      expect(e.target().id()).toBe(want.target);
      expect(e.data('kind')).toBe(want.kind);
      expect(e.data('interaction')).toBe(want.kind);
      expect(e.data('status')).toBe(want.status ?? undefined);
      expect(e.data('label')).toBe(want.label ?? undefined);
    });
    expect(cy.getElementById('claim:a&b').data('label')).toBe(AWKWARD);
    expect(cy.getElementById('claim:a&b').outgoers('edge').length).toBe(3);
  });
});

describe('an empty graph', () => {
  const empty: ApiGraph = { focus: [], nodes: [], edges: [] };
  it('is a valid, empty file in every format', () => {
    expect(parseGraphml(Graph, graphToGraphML(empty)).order).toBe(0);
    expect(parseGexf(Graph, graphToGexf(empty)).order).toBe(0);
    expect(cytoscape({ headless: true, elements: graphToCytoscape(empty).elements }).elements().length).toBe(0);
  });
});

describe('the strict XML reader the tests rely on', () => {
  it('rejects what a lenient DOM parser lets through', () => {
    expect(() => strictXml('<a x="b & c"/>')).toThrow();
    expect(() => strictXml('<a>b & c</a>')).toThrow();
    expect(() => strictXml('<a>bell\u0007</a>')).toThrow();
    expect(strictXml('<a x="&quot;&amp;&#10;">“é” &lt;</a>')[0]).toMatchObject({ attrs: { x: '"&\n' }, text: '“é” <' });
  });
});
