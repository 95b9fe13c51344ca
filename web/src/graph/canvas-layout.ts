/** Layouts: a first one that fits the view, and incremental ones that move only new nodes and keep the zoom. */
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';

/** The User Timing mark set each time a whole graph has been laid out and fitted. */
export const GRAPH_LAID_OUT = 'triangulate:graph-laid-out';

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

/** Fits the view to the graph, without blowing a handful of nodes up to fill it. */
export function fitView(c: Core, eles?: NodeCollection) {
  if (c.nodes().length === 0) return;
  c.fit(eles, PADDING);
  if (c.zoom() > MAX_FIT_ZOOM) {
    c.zoom(MAX_FIT_ZOOM);
    c.center(eles);
  }
}

/** The first layout of a graph (or a re-arrangement): everything but pinned nodes moves, then the view fits. */
export function layoutAll(c: Core, onDone: () => void, randomize = true) {
  const pinned = c.nodes('.pinned');
  const layout = c.layout({
    ...FORCES,
    randomize,
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
