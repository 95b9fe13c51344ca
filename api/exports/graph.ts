/**
 * The explorable graph (the `graph` query's answer) as files for desktop graph tools: GraphML
 * (yEd, Gephi, Cytoscape desktop), GEXF 1.3 (Gephi) and Cytoscape JSON (Cytoscape desktop and
 * Cytoscape.js). Pure: a Graph in, text out. Every node and edge field is declared with its type;
 * a null field is left out (GraphML and GEXF read a missing value as unset).
 */
import type { Graph, GraphEdge, GraphNode } from '../generated/graphql.ts';

const GENERATOR = 'Triangulate';
const TITLE = 'Triangulate evidence graph';

type Value = string | number | readonly string[] | null | undefined;
interface FieldSpec {
  name: string;
  type: 'string' | 'int' | 'list';
  desc: string;
}
interface Field<T> extends FieldSpec {
  get(x: T): Value;
}

const NODE_FIELDS: Field<GraphNode>[] = [
  { name: 'type', type: 'string', desc: 'CLAIM, STATISTIC, RESEARCH_GAP, MISCONCEPTION, SOURCE or GROUP', get: (n) => n.type },
  { name: 'label', type: 'string', desc: 'claim text, figure and measure, gap question, belief, or citation', get: (n) => n.label },
  { name: 'sourceId', type: 'string', desc: 'the source the item comes from', get: (n) => n.sourceId },
  { name: 'topics', type: 'list', desc: 'topic ids', get: (n) => n.topics },
  { name: 'kind', type: 'string', desc: 'claim kind, gap status, or source kind', get: (n) => n.kind },
  { name: 'degree', type: 'int', desc: 'neighbours under the filter, shown or not', get: (n) => n.degree },
  { name: 'groupOf', type: 'string', desc: 'for a GROUP: the node whose further neighbours it stands for', get: (n) => n.groupOf },
  { name: 'hiddenCount', type: 'int', desc: 'for a GROUP: how many neighbours it stands for', get: (n) => n.hiddenCount },
  { name: 'nextOffset', type: 'int', desc: 'for a GROUP: the offset to ask the neighbours query for', get: (n) => n.nextOffset },
];

const EDGE_FIELDS: Field<GraphEdge>[] = [
  {
    name: 'kind',
    type: 'string',
    desc: 'SUPPORTS, CONTRADICTS, QUALIFIES, ASSERTED_VS_OPEN, ATTRIBUTES_TO, RAISES_GAP, ADDRESSES, CHALLENGES, REINFORCES, PROPOSED or MORE',
    get: (e) => e.kind,
  },
  { name: 'status', type: 'string', desc: 'CURATED, PROPOSED or REJECTED', get: (e) => e.status },
  { name: 'subtype', type: 'string', desc: 'DIRECT or the facet a disagreement depends on', get: (e) => e.subtype },
  { name: 'label', type: 'string', desc: "attribution verdict, gap-address status, or the relation's rationale in short", get: (e) => e.label },
];

const present = (v: Value): v is string | number | readonly string[] => v !== null && v !== undefined;

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Escapes text for XML content and attribute values alike. Tabs and line breaks become character
 * references so attribute-value normalisation does not turn them into spaces.
 */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** A GraphML value: GraphML has no list type, so topics are one string, separated by semicolons. */
const graphmlValue = (v: string | number | readonly string[]) => (typeof v === 'object' ? v.join(';') : String(v));

export function graphToGraphML(g: Graph): string {
  const GRAPHML_TYPE = { string: 'string', int: 'int', list: 'string' } as const;
  const key = (scope: 'node' | 'edge', f: FieldSpec) =>
    `  <key id="${scope[0]}_${f.name}" for="${scope}" attr.name="${f.name}" attr.type="${GRAPHML_TYPE[f.type]}"><desc>${escapeXml(
      f.type === 'list' ? `${f.desc}, separated by semicolons` : f.desc,
    )}</desc></key>`;
  const data = <T>(scope: 'node' | 'edge', fields: Field<T>[], x: T) =>
    fields
      .map((f) => [f, f.get(x)] as const)
      .filter((p): p is readonly [Field<T>, string | number | readonly string[]] => present(p[1]))
      .map(([f, v]) => `      <data key="${scope[0]}_${f.name}">${escapeXml(graphmlValue(v))}</data>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <desc>' + escapeXml(`${TITLE}, exported by ${GENERATOR}`) + '</desc>',
    '  <key id="g_focus" for="graph" attr.name="focus" attr.type="string"><desc>the focus node ids, separated by semicolons</desc></key>',
    ...NODE_FIELDS.map((f) => key('node', f)),
    ...EDGE_FIELDS.map((f) => key('edge', f)),
    '  <graph id="triangulate" edgedefault="directed">',
    `    <data key="g_focus">${escapeXml(g.focus.join(';'))}</data>`,
    ...g.nodes.flatMap((n) => [`    <node id="${escapeXml(n.id)}">`, ...data('node', NODE_FIELDS, n), '    </node>']),
    ...g.edges.flatMap((e) => [
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...data('edge', EDGE_FIELDS, e),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** A GEXF 1.3 list value: `[a, b]`, a piece quoted when it holds a separator, a quote or a bracket. */
const gexfList = (v: readonly string[]) => `[${v.map((x) => (/^[^\s,'"[\]\\]+$/.test(x) ? x : `"${x.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(', ')}]`;

export function graphToGexf(g: Graph): string {
  const GEXF_TYPE = { string: 'string', int: 'integer', list: 'liststring' } as const;
  // Labels are GEXF's own label attributes and an edge's kind is its own `kind` attribute (new in
  // 1.3, Gephi's edge type), so they are not declared again as data.
  const nodeFields = NODE_FIELDS.filter((f) => f.name !== 'label');
  const edgeFields = EDGE_FIELDS.filter((f) => f.name !== 'label' && f.name !== 'kind');
  const declare = (cls: 'node' | 'edge', fields: FieldSpec[]) => [
    `    <attributes class="${cls}">`,
    ...fields.map((f) => `      <attribute id="${f.name}" title="${f.name}" type="${GEXF_TYPE[f.type]}"/>`),
    '    </attributes>',
  ];
  const attvalues = <T>(fields: Field<T>[], x: T) => {
    const values = fields
      .map((f) => [f, f.get(x)] as const)
      .filter((p): p is readonly [Field<T>, string | number | readonly string[]] => present(p[1]))
      .map(([f, v]) => `          <attvalue for="${f.name}" value="${escapeXml(typeof v === 'object' ? gexfList(v) : String(v))}"/>`);
    return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
  };
  const element = (name: string, attrs: string, children: string[]) =>
    children.length ? [`      <${name} ${attrs}>`, ...children, `      </${name}>`] : [`      <${name} ${attrs}/>`];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${GENERATOR}</creator>`,
    `    <description>${escapeXml(g.focus.length ? `${TITLE} around ${g.focus.join(', ')}` : TITLE)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed">',
    ...declare('node', nodeFields),
    ...declare('edge', edgeFields),
    `    <nodes count="${g.nodes.length}">`,
    ...g.nodes.flatMap((n) => element('node', `id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"`, attvalues(nodeFields, n))),
    '    </nodes>',
    `    <edges count="${g.edges.length}">`,
    ...g.edges.flatMap((e) =>
      element(
        'edge',
        `id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" kind="${e.kind}"${e.label != null ? ` label="${escapeXml(e.label)}"` : ''}`,
        attvalues(edgeFields, e),
      ),
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

type CyData = Record<string, string | number | string[]>;

/** Cytoscape JSON: what Cytoscape desktop exports as .cyjs and Cytoscape.js takes as `elements`. */
export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; focus: string[] };
  elements: {
    nodes: { data: CyData & { id: string } }[];
    edges: { data: CyData & { id: string; source: string; target: string } }[];
  };
}

const cyData = <T>(fields: Field<T>[], x: T): CyData =>
  Object.fromEntries(
    fields
      .map((f) => [f.name, f.get(x)] as const)
      .filter((p): p is readonly [string, string | number | readonly string[]] => present(p[1]))
      .map(([k, v]) => [k, typeof v === 'object' ? [...v] : v]),
  );

/**
 * Besides every field, a node has `name` (its label: the column Cytoscape desktop labels nodes
 * with) and an edge has `interaction` (its kind: Cytoscape desktop's edge-type column).
 */
export function graphToCytoscape(g: Graph): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: GENERATOR,
    target_cytoscapejs_version: '~3.34',
    data: { name: TITLE, focus: [...g.focus] },
    elements: {
      nodes: g.nodes.map((n) => ({ data: { id: n.id, name: n.label, ...cyData(NODE_FIELDS, n) } })),
      edges: g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, interaction: e.kind, ...cyData(EDGE_FIELDS, e) } })),
    },
  };
}

export function graphToCytoscapeJson(g: Graph): string {
  return `${JSON.stringify(graphToCytoscape(g), null, 1)}\n`;
}
