/**
 * What the graph view shows of a graph the API built: hidden nodes left out and, under the
 * disagreements lens, only disagreement links and the nodes they join. The web view draws it and
 * the graph exports write it, so an export holds what is on screen.
 */

export type GraphLens = 'all' | 'disagreements';

/** The link kinds the disagreements lens keeps; of the attributions only the misattributed ones. */
export const DISAGREEMENT_KINDS = ['CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'ATTRIBUTES_TO'] as const;
const MISATTRIBUTED = ['distorted', 'unsupported'];
/** Edges drawn to hold the picture together (a group to its node, an item to its topic), not relations. */
export const STRUCTURAL_KINDS = ['MORE', 'MEMBER'] as const;

interface LensNode {
  id: string;
  type: string;
}
interface LensEdge {
  source: string;
  target: string;
  kind: string;
  /** For an attribution: its verdict. */
  label?: string | null;
}

const isStructural = (kind: string) => (STRUCTURAL_KINDS as readonly string[]).includes(kind);

/** A relation edge the disagreements lens keeps. */
export function isDisagreement(e: Pick<LensEdge, 'kind' | 'label'>): boolean {
  if (e.kind === 'ATTRIBUTES_TO') return MISATTRIBUTED.includes((e.label ?? '').toLowerCase());
  return (DISAGREEMENT_KINDS as readonly string[]).includes(e.kind);
}

/** The graph without hidden nodes and, under the disagreements lens, without the links it leaves out and the nodes left unlinked (the focus and groups stay). */
export function applyLens<N extends LensNode, E extends LensEdge>(
  g: { nodes: readonly N[]; edges: readonly E[] },
  opts: { lens: GraphLens; hidden: readonly string[]; focus: readonly string[] },
): { nodes: N[]; edges: E[] } {
  const hidden = new Set(opts.hidden);
  let nodes = g.nodes.filter((n) => !hidden.has(n.id));
  let edges = g.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target));
  if (opts.lens === 'disagreements') {
    edges = edges.filter((e) => isStructural(e.kind) || isDisagreement(e));
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const focus = new Set(opts.focus);
    nodes = nodes.filter((n) => linked.has(n.id) || focus.has(n.id) || n.type === 'GROUP');
  }
  return { nodes, edges };
}
