/** Layouts: a first one that fits the view, and incremental ones that move only new nodes and keep the zoom. */
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import { GRAPH_LAID_OUT, LAYOUT_START } from '../../../core/perf-marks.ts';
import { LABEL_ROOM_PX } from './style.ts';

const MAX_FIT_ZOOM = 1.3;
const PADDING = 40;

const FORCES = {
  name: 'fcose',
  quality: 'default',
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 110,
  nodeSeparation: 80,
  padding: PADDING,
};

/** Above this many nodes the first layout starts from a seeded disc and only refines it (see docs/design-notes.md). */
export const LARGE_VIEW = 150;
/** A short refinement from a good start: few iterations, little initial energy. */
const REFINE = { numIter: 300, initialEnergyOnIncremental: 0.1 };
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SEED_SPACING = 40;

/**
 * Places the movable nodes on a sunflower disc in breadth-first order from the focus (or the
 * best-connected node): the focus in the middle, its neighbours next, the rest outside. Close
 * to where the forces end up for the hub-and-items views that grow large, in linear time.
 */
export function seedDisc(c: Core) {
  const focus = c.nodes('.focus');
  const roots = focus.nonempty() ? focus : c.nodes().max((n) => n.degree(false)).ele;
  const order: string[] = [];
  const seen = new Set<string>();
  c.elements().bfs({
    roots,
    visit: (v) => {
      order.push(v.id());
      seen.add(v.id());
    },
  });
  c.nodes().forEach((n) => {
    if (!seen.has(n.id())) order.push(n.id());
  });
  c.batch(() => {
    let i = 0;
    for (const id of order) {
      const n = c.getElementById(id);
      if (n.hasClass('pinned')) continue;
      const r = SEED_SPACING * Math.sqrt(i);
      n.position({ x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
      i++;
    }
  });
}

/**
 * Fits the view to the nodes, without blowing a handful of them up to fill it. The nodes' own
 * shapes are fitted, with room for their labels beside and below in screen pixels (labels keep
 * their on-screen size whatever the zoom), so no label's text is measured here: on the first
 * layout the labels are not even styled yet, and are measured once, at the zoom they are drawn at.
 */
export function fitView(c: Core) {
  const nodes = c.nodes();
  if (nodes.empty()) return;
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const side = PADDING + LABEL_ROOM_PX.side;
  const w = Math.max(c.width() - 2 * side, 1);
  const h = Math.max(c.height() - 2 * PADDING - LABEL_ROOM_PX.below, 1);
  const fit = Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), MAX_FIT_ZOOM);
  const zoom = Math.min(Math.max(fit, c.minZoom()), c.maxZoom());
  c.viewport({ zoom, pan: { x: side + w / 2 - ((bb.x1 + bb.x2) / 2) * zoom, y: PADDING + h / 2 - ((bb.y1 + bb.y2) / 2) * zoom } });
}

/**
 * The first layout of a graph (or a re-arrangement): everything but pinned nodes moves, then the
 * view fits. A large view starts from `seedDisc` instead of fcose's spectral start, and is refined
 * briefly (about three times faster at 500 nodes, the same picture).
 */
export function layoutAll(c: Core, onDone: () => void, randomize = true) {
  const pinned = c.nodes('.pinned');
  const large = c.nodes().length > LARGE_VIEW;
  if (large && randomize) seedDisc(c);
  const layout = c.layout({
    ...FORCES,
    ...(large ? REFINE : {}),
    randomize: randomize && !large,
    animate: false,
    fit: false,
    fixedNodeConstraint: pinned.length ? pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : undefined,
  } as LayoutOptions);
  layout.one('layoutstop', () => {
    fitView(c);
    // Read by bench/web.ts (time to the first laid-out graph); harmless in production builds.
    performance.mark(GRAPH_LAID_OUT, { detail: { nodes: c.nodes().length } });
    onDone();
  });
  performance.mark(LAYOUT_START);
  layout.run();
}

/**
 * Adds nodes to a laid-out graph: every node already there stays where it is, the new ones settle
 * around them (animated from beside their parent), and the zoom does not change. The view pans
 * only if the new nodes would fall outside it.
 */
export function layoutAdded(c: Core, added: NodeCollection, onDone: () => void) {
  if (added.length === 0) return onDone();
  const fixed = (c.nodes().not(added) as NodeCollection).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const zoom = c.zoom();
  const layout = c.layout({
    ...FORCES,
    randomize: false,
    animate: true,
    animationDuration: 350,
    fit: false,
    fixedNodeConstraint: fixed,
  } as LayoutOptions);
  layout.one('layoutstop', () => {
    if (c.zoom() !== zoom) c.zoom(zoom);
    const ext = c.extent();
    const box = added.boundingBox();
    const inside = box.x1 >= ext.x1 && box.x2 <= ext.x2 && box.y1 >= ext.y1 && box.y2 <= ext.y2;
    if (!inside) c.animate({ center: { eles: added } }, { duration: 250, complete: onDone });
    else onDone();
  });
  layout.run();
}
