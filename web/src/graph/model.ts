/**
 * The graph view's pure logic: its state as URL parameters, the lens, and the hubs that tie a
 * topic's or source's "N more" group to the focus it belongs to.
 */
import {
  applyLens,
  DISAGREEMENT_KINDS as CORE_DISAGREEMENT_KINDS,
  isDisagreement,
  STRUCTURAL_KINDS as CORE_STRUCTURAL_KINDS,
  type GraphLens,
} from '../../../core/graph-lens.ts';
import type { GraphEdgeKind, GraphFilter, GraphNodeType, RelationStatus } from '../gql/graphql.ts';

export { isDisagreement };

/** On the canvas, a topic of the focus is a node too: the hub its items and its "N more" group hang from. */
export type CanvasNodeType = GraphNodeType | 'TOPIC';
/** MEMBER ties an item to the topic or source of the focus it was shown for. */
export type CanvasEdgeKind = GraphEdgeKind | 'MEMBER';

export interface GraphNodeData {
  id: string;
  type: CanvasNodeType;
  label: string;
  sourceId?: string | null;
  topics: readonly string[];
  kind?: string | null;
  degree: number;
  groupOf?: string | null;
  hiddenCount?: number | null;
  nextOffset?: number | null;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: CanvasEdgeKind;
  status?: RelationStatus | null;
  subtype?: string | null;
  label?: string | null;
}

export interface GraphData {
  nodes: readonly GraphNodeData[];
  edges: readonly GraphEdgeData[];
}

/** An expansion: a node's neighbours from an offset (0 for "expand", a group's offset for "show more"). */
export interface Expansion {
  id: string;
  offset: number;
}

export type Lens = GraphLens;

export interface GraphState {
  focus: string[];
  depth: number;
  /** How many nodes the view may show before the rest wait in "N more" groups (the API's nodeBudget). */
  budget: number;
  filter: GraphFilter;
  expansions: Expansion[];
  selected: string | null;
  lens: Lens;
  hidden: string[];
}

export const ALL_NODE_TYPES: GraphNodeType[] = ['CLAIM', 'STATISTIC', 'RESEARCH_GAP', 'MISCONCEPTION', 'SOURCE'];
export const ALL_EDGE_KINDS: GraphEdgeKind[] = [
  'SUPPORTS',
  'CONTRADICTS',
  'QUALIFIES',
  'ASSERTED_VS_OPEN',
  'ATTRIBUTES_TO',
  'RAISES_GAP',
  'ADDRESSES',
  'CHALLENGES',
  'REINFORCES',
  'PROPOSED',
];
/** The disagreements lens: these kinds, and of the attributions only the distorted or unsupported ones (core/graph-lens.ts). */
export const DISAGREEMENT_KINDS: GraphEdgeKind[] = [...CORE_DISAGREEMENT_KINDS];
/** Edges that are drawn to hold the picture together, not relations between statements. */
export const STRUCTURAL_KINDS: readonly CanvasEdgeKind[] = CORE_STRUCTURAL_KINDS;

/** The node budgets the view offers; the first is the default, which keeps a view legible. */
export const NODE_BUDGETS = [40, 100, 250, 500] as const;
const DEFAULT_BUDGET = NODE_BUDGETS[0];

const csv = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

function oneOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function parseGraphState(p: URLSearchParams): GraphState {
  const depth = Number(p.get('depth') ?? 1);
  const types = oneOf(csv(p.get('types')), ALL_NODE_TYPES);
  const kinds = oneOf(csv(p.get('kinds')), ALL_EDGE_KINDS);
  const filter: GraphFilter = {};
  if (csv(p.get('sources')).length) filter.sources = csv(p.get('sources'));
  if (csv(p.get('topics')).length) filter.topics = csv(p.get('topics'));
  if (types.length) filter.types = types;
  if (kinds.length) filter.kinds = kinds;
  if (p.get('proposed') === '1') filter.statuses = ['CURATED', 'PROPOSED'];
  return {
    focus: csv(p.get('focus')),
    depth: Number.isInteger(depth) && depth >= 0 && depth <= 3 ? depth : 1,
    budget: NODE_BUDGETS.find((b) => String(b) === p.get('nodes')) ?? DEFAULT_BUDGET,
    filter,
    expansions: csv(p.get('expand')).map((e) => {
      const at = e.lastIndexOf('@');
      return at > 0 ? { id: e.slice(0, at), offset: Number(e.slice(at + 1)) || 0 } : { id: e, offset: 0 };
    }),
    selected: p.get('selected'),
    lens: p.get('lens') === 'disagreements' ? 'disagreements' : 'all',
    hidden: csv(p.get('hide')),
  };
}

export function graphStateToParams(s: GraphState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.focus.length) p.set('focus', s.focus.join(','));
  if (s.depth !== 1) p.set('depth', String(s.depth));
  if (s.budget !== DEFAULT_BUDGET) p.set('nodes', String(s.budget));
  if (s.filter.sources?.length) p.set('sources', s.filter.sources.join(','));
  if (s.filter.topics?.length) p.set('topics', s.filter.topics.join(','));
  if (s.filter.types?.length) p.set('types', s.filter.types.join(','));
  if (s.filter.kinds?.length) p.set('kinds', s.filter.kinds.join(','));
  if (s.filter.statuses?.includes('PROPOSED')) p.set('proposed', '1');
  if (s.lens === 'disagreements') p.set('lens', 'disagreements');
  if (s.expansions.length) p.set('expand', s.expansions.map((e) => (e.offset ? `${e.id}@${e.offset}` : e.id)).join(','));
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.selected) p.set('selected', s.selected);
  return p;
}

/** The filter the API is asked for: the lens narrows the link kinds. */
export function apiFilter(s: GraphState): GraphFilter | undefined {
  const kinds = s.lens === 'disagreements' ? DISAGREEMENT_KINDS.filter((k) => !s.filter.kinds?.length || s.filter.kinds.includes(k)) : s.filter.kinds;
  const f: GraphFilter = { ...s.filter, ...(kinds?.length ? { kinds } : {}) };
  return Object.keys(f).length ? f : undefined;
}

/** The same request as the view's, as the API's export URLs take it: what is on screen is what is exported. */
export function exportQuery(s: GraphState, focus: readonly string[], neighbourLimit: number): string {
  const p = new URLSearchParams();
  if (focus.length) p.set('focus', focus.join(','));
  p.set('depth', String(s.depth));
  p.set('neighbourLimit', String(neighbourLimit));
  p.set('nodeBudget', String(s.budget));
  const f = apiFilter(s) ?? {};
  for (const k of ['sources', 'topics', 'types', 'kinds', 'statuses'] as const) {
    const v = f[k];
    if (v?.length) p.set(k, v.join(','));
  }
  if (s.expansions.length) p.set('expand', s.expansions.map((e) => (e.offset ? `${e.id}@${e.offset}` : e.id)).join(','));
  if (s.lens !== 'all') p.set('lens', s.lens);
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  return p.toString();
}

/** Toggles a value in a list filter; an empty list means "all". */
export function toggle<T extends string>(current: readonly T[] | null | undefined, value: T, all: readonly T[]): T[] | undefined {
  const base = current?.length ? current : all;
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return next.length === all.length || next.length === 0 ? undefined : all.filter((v) => next.includes(v));
}

export interface Container {
  id: string;
  type: 'TOPIC' | 'SOURCE';
  label: string;
}

/**
 * What the canvas draws: the API's graph with the lens applied, hidden nodes left out, and a hub
 * for each topic or source of the focus, tied to its items (MEMBER) and to its "N more" group (MORE).
 */
export function viewGraph(
  g: GraphData,
  opts: { lens: Lens; hidden: readonly string[]; focus: readonly string[]; containers: readonly Container[] },
): GraphData {
  const hidden = new Set(opts.hidden);
  const { nodes, edges } = applyLens(g, opts);
  const present = new Set(nodes.map((n) => n.id));
  const extraNodes: GraphNodeData[] = [];
  const extraEdges: GraphEdgeData[] = [];
  for (const c of opts.containers) {
    if (present.has(c.id) || hidden.has(c.id)) continue;
    const members = nodes.filter((n) => (n.type === 'CLAIM' || n.type === 'STATISTIC') && (c.type === 'TOPIC' ? n.topics.includes(c.id) : n.sourceId === c.id));
    const groups = nodes.filter((n) => n.type === 'GROUP' && n.groupOf === c.id);
    if (members.length === 0 && groups.length === 0) continue;
    extraNodes.push({ id: c.id, type: c.type, label: c.label, sourceId: c.type === 'SOURCE' ? c.id : null, topics: [], degree: members.length });
    for (const m of members) extraEdges.push({ id: `member:${c.id}:${m.id}`, source: c.id, target: m.id, kind: 'MEMBER' });
    for (const gr of groups) extraEdges.push({ id: `${gr.id}:edge`, source: gr.id, target: c.id, kind: 'MORE' });
  }
  return { nodes: [...nodes, ...extraNodes], edges: [...edges, ...extraEdges] };
}

/** The distinct neighbours of a node among the edges in view (structural edges aside). */
export function neighboursInView(g: GraphData, id: string): Set<string> {
  const out = new Set<string>();
  for (const e of g.edges) {
    if (STRUCTURAL_KINDS.includes(e.kind)) continue;
    if (e.source === id) out.add(e.target);
    else if (e.target === id) out.add(e.source);
  }
  return out;
}
