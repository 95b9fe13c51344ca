/**
 * The graph view's pure logic: its state as URL parameters, and merging the API's graphs (the
 * focus graph plus each expansion) into one set of elements.
 */
import type { GraphEdgeKind, GraphFilter, GraphNodeType, RelationStatus } from '../gql/graphql.ts';

export interface GraphNodeData {
  id: string;
  type: GraphNodeType;
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
  kind: GraphEdgeKind;
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

export interface GraphState {
  focus: string[];
  depth: number;
  filter: GraphFilter;
  expansions: Expansion[];
  selected: string | null;
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
    filter,
    expansions: csv(p.get('expand')).map((e) => {
      const at = e.lastIndexOf('@');
      return at > 0 ? { id: e.slice(0, at), offset: Number(e.slice(at + 1)) || 0 } : { id: e, offset: 0 };
    }),
    selected: p.get('selected'),
  };
}

export function graphStateToParams(s: GraphState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.focus.length) p.set('focus', s.focus.join(','));
  if (s.depth !== 1) p.set('depth', String(s.depth));
  if (s.filter.sources?.length) p.set('sources', s.filter.sources.join(','));
  if (s.filter.topics?.length) p.set('topics', s.filter.topics.join(','));
  if (s.filter.types?.length) p.set('types', s.filter.types.join(','));
  if (s.filter.kinds?.length) p.set('kinds', s.filter.kinds.join(','));
  if (s.filter.statuses?.includes('PROPOSED')) p.set('proposed', '1');
  if (s.expansions.length) p.set('expand', s.expansions.map((e) => (e.offset ? `${e.id}@${e.offset}` : e.id)).join(','));
  if (s.selected) p.set('selected', s.selected);
  return p;
}

/** The same state as the API's export URLs take it. */
export function exportQuery(s: GraphState, focus: readonly string[]): string {
  const p = new URLSearchParams();
  if (focus.length) p.set('focus', focus.join(','));
  p.set('depth', String(s.depth));
  for (const k of ['sources', 'topics', 'types', 'kinds', 'statuses'] as const) {
    const v = s.filter[k];
    if (v?.length) p.set(k, v.join(','));
  }
  return p.toString();
}

/** Toggles a value in a list filter; an empty list means "all". */
export function toggle<T extends string>(current: readonly T[] | null | undefined, value: T, all: readonly T[]): T[] | undefined {
  const base = current?.length ? current : all;
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return next.length === all.length || next.length === 0 ? undefined : all.filter((v) => next.includes(v));
}

/**
 * Merges graphs in order. A group node is dropped once an expansion of its node at its offset has
 * been merged (its members are then in the graph); edges whose ends are missing are dropped.
 */
export function mergeGraphs(graphs: readonly GraphData[], expansions: readonly Expansion[]): GraphData {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id) || nodes.get(n.id)!.type === 'GROUP') nodes.set(n.id, n);
    for (const e of g.edges) edges.set(e.id, e);
  }
  const expanded = new Set(expansions.map((e) => `${e.id}@${e.offset}`));
  for (const n of [...nodes.values()]) {
    if (n.type === 'GROUP' && expanded.has(`${n.groupOf}@${n.nextOffset}`)) nodes.delete(n.id);
  }
  for (const [id, e] of edges) if (!nodes.has(e.source) || !nodes.has(e.target)) edges.delete(id);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
