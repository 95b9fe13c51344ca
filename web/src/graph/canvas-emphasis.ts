/** Emphasis on the canvas: the hovered or selected node's neighbourhood stands out, and labels are chosen so none overlap. */
import type { Core, NodeSingular } from 'cytoscape';
import { pickLabels, type Box, type LabelCandidate } from './labels.ts';

/** Dims everything but the node's closed neighbourhood; null clears it. */
export function highlightNeighbourhood(c: Core, id: string | null) {
  c.batch(() => {
    // Only what is dimmed: touching every element would have each restyled (most often nothing is).
    c.elements('.faded').removeClass('faded');
    const n = id ? c.getElementById(id) : null;
    if (!n || n.empty() || !n.isNode()) return;
    const hood = n.closedNeighborhood();
    c.elements().not(hood).addClass('faded');
  });
}

function priority(n: NodeSingular, selected: string | null, hovered: string | null, near: Set<string>): number {
  const id = n.id();
  if (id === hovered) return 1e7;
  if (id === selected) return 1e6;
  if (n.data('type') === 'TOPIC') return 5e5;
  let p = Number(n.data('degree')) || 0;
  if (near.has(id)) p += 2e5;
  if (n.hasClass('focus')) p += 1e5;
  if (n.data('type') === 'GROUP') p += 5e4;
  if (n.hasClass('pinned')) p += 1e4;
  return p;
}

/** Shows the labels that fit, most important first (hovered, selected, their neighbours, the focus, then by degree). */
export function placeLabels(c: Core, selected: string | null, hovered: string | null) {
  const anchor = hovered ?? selected;
  const near = new Set<string>(
    anchor
      ? c
          .getElementById(anchor)
          .neighborhood('node')
          .map((n) => n.id())
      : [],
  );
  const candidates: LabelCandidate[] = [];
  const bodies: { id: string; box: Box }[] = [];
  c.nodes().forEach((n) => {
    if (!n.visible()) return;
    if (!n.hasClass('faded')) bodies.push({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) });
    if (n.hasClass('faded') || n.data('type') === 'GROUP') return;
    const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    candidates.push({
      id: n.id(),
      box: b,
      priority: priority(n, selected, hovered, near),
      force: n.id() === hovered || n.id() === selected || n.data('type') === 'TOPIC',
    });
  });
  const shown = pickLabels(candidates, 2, bodies);
  c.batch(() => {
    c.nodes().forEach((n) => {
      // A group's label ("N more") sits inside its box: always shown.
      if (shown.has(n.id()) || n.data('type') === 'GROUP') n.removeClass('label-hidden');
      else n.addClass('label-hidden');
    });
  });
}
