/** Keeps Cytoscape's elements in step with the graph in view: removes, updates, and adds new nodes beside the node they hang from. */
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { shortLabel } from './labels.ts';
import type { GraphData } from './model.ts';
import { EDGE_STYLES, NODE_SHAPES, nodeColour } from './style.ts';

export function toElements(data: GraphData, focus: ReadonlySet<string>, colours: ReadonlyMap<string, string>): ElementDefinition[] {
  return [
    ...data.nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        label: n.label,
        short: n.type === 'GROUP' ? `${n.hiddenCount} more` : shortLabel(n.label),
        type: n.type,
        degree: n.degree,
        groupOf: n.groupOf ?? undefined,
        colour: n.type === 'TOPIC' ? '#334155' : nodeColour(colours, n.sourceId),
        shape: NODE_SHAPES[n.type].shape,
      },
      classes: focus.has(n.id) ? 'focus' : '',
    })),
    ...data.edges.map((e) => {
      const s = EDGE_STYLES[e.kind];
      const kindLabel = e.label && e.kind === 'ATTRIBUTES_TO' ? `${s.label} (${e.label.toLowerCase()})` : s.label;
      return {
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, kind: e.kind, kindLabel, colour: s.colour, line: s.line, width: s.width, arrow: s.arrow },
      };
    }),
  ];
}

export interface SyncResult {
  /** Nodes added by this sync. */
  added: NodeCollection;
  /** Whether the new graph grows out of the old one (false: a fresh layout is due, as for a new focus). */
  incremental: boolean;
}

/** Applies the wanted elements; new nodes start on a ring around the neighbour already placed. */
export function syncElements(c: Core, wanted: ElementDefinition[]): SyncResult {
  const ids = new Set(wanted.map((e) => e.data.id!));
  const kept = c.nodes().filter((n) => ids.has(n.id())).length;
  const fresh: ElementDefinition[] = [];
  c.batch(() => {
    c.elements()
      .filter((e) => !ids.has(e.id()))
      .remove();
    for (const el of wanted) {
      const existing = c.getElementById(el.data.id!);
      if (existing.nonempty()) {
        existing.data(el.data);
        const keep = ['pinned', 'label-hidden', 'faded', 'hovered'].filter((k) => existing.hasClass(k));
        existing.classes([el.classes ?? '', ...keep].join(' '));
      } else fresh.push(el);
    }
    if (kept > 0) placeNearAnchors(c, fresh);
    c.add(fresh.filter((e) => e.group === 'nodes'));
    c.add(fresh.filter((e) => e.group === 'edges'));
  });
  const freshIds = new Set(fresh.filter((e) => e.group === 'nodes').map((e) => e.data.id!));
  const added = c.nodes().filter((n) => freshIds.has(n.id()));
  // Mostly new nodes (another focus): lay out afresh rather than squeeze them around a few.
  return { added, incremental: kept > 0 && added.length <= 2 * kept + 10 };
}

function placeNearAnchors(c: Core, fresh: ElementDefinition[]) {
  const anchorOf = new Map<string, string>();
  for (const e of fresh) {
    if (e.group !== 'edges') continue;
    const { source, target } = e.data as { source: string; target: string };
    if (c.getElementById(source).nonempty() && !anchorOf.has(target)) anchorOf.set(target, source);
    if (c.getElementById(target).nonempty() && !anchorOf.has(source)) anchorOf.set(source, target);
  }
  const children = new Map<string, ElementDefinition[]>();
  for (const el of fresh) {
    const anchor = el.group === 'nodes' ? anchorOf.get(el.data.id!) : undefined;
    if (anchor) children.set(anchor, [...(children.get(anchor) ?? []), el]);
  }
  for (const [anchorId, els] of children) {
    const p = c.getElementById(anchorId).position();
    const radius = 70 + 6 * els.length;
    els.forEach((el, i) => {
      const angle = (2 * Math.PI * i) / els.length;
      el.position = { x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) };
    });
  }
  // Nodes with no neighbour on the canvas yet start at the centre of what is there.
  const centre = c.nodes().boundingBox();
  for (const el of fresh) if (el.group === 'nodes' && !el.position) el.position = { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 };
}
