/** Emphasis on the canvas: the hovered or selected node's neighbourhood stands out, and labels are chosen so none overlap. */
import type { Core, NodeSingular } from 'cytoscape';
import { placeLabelsAt, type Box, type LabelCandidate } from './labels.ts';
import { TOPIC_LABEL_MARGIN_PX } from './style.ts';

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
  const fixed: Box[] = [];
  c.nodes().forEach((n) => {
    if (!n.visible()) return;
    if (!n.hasClass('faded')) bodies.push({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) });
    const group = n.data('type') === 'GROUP';
    // A group's "N more" label is always shown: every other label keeps clear of it.
    if (group) fixed.push(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }));
    if (n.hasClass('faded') || group) return;
    const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    const topic = n.data('type') === 'TOPIC';
    candidates.push({
      id: n.id(),
      ...(topic ? topicLabelPlaces(n, b) : { box: b }),
      priority: priority(n, selected, hovered, near),
      force: n.id() === hovered || n.id() === selected || topic,
    });
  });
  const placed = placeLabelsAt(candidates, 2, bodies, fixed);
  c.batch(() => {
    c.nodes().forEach((n) => {
      const type = n.data('type') as string;
      // A group's label ("N more") sits inside its box: always shown.
      n.toggleClass('label-hidden', !placed.has(n.id()) && type !== 'GROUP');
      if (type !== 'TOPIC') return;
      const side = TOPIC_LABEL_SIDES[placed.get(n.id()) ?? 0]!;
      for (const s of TOPIC_LABEL_SIDES) if (s !== 'above') n.toggleClass(`label-${s}`, s === side);
    });
  });
}

/**
 * A topic's label sits above its node; its group of further neighbours ("N more") is tied to it and
 * often lands just there, so the label may move below, right or left (the classes of style.ts).
 */
const TOPIC_LABEL_SIDES = ['above', 'below', 'right', 'left'] as const;

/** The four places of a topic's label, in TOPIC_LABEL_SIDES order, from where it is drawn now. */
function topicLabelPlaces(n: NodeSingular, label: Box): { box: Box; alternates: Box[] } {
  const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  // Measured while the label is above (its place in the stylesheet); the stylesheet's margin otherwise.
  const above = !TOPIC_LABEL_SIDES.some((s) => s !== 'above' && n.hasClass(`label-${s}`));
  const gap = above ? Math.max(0, body.y1 - label.y2) : TOPIC_LABEL_MARGIN_PX;
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  const across = (y1: number): Box => ({ x1: cx - w / 2, x2: cx + w / 2, y1, y2: y1 + h });
  const beside = (x1: number): Box => ({ x1, x2: x1 + w, y1: cy - h / 2, y2: cy + h / 2 });
  return { box: above ? label : across(body.y1 - gap - h), alternates: [across(body.y2 + gap), beside(body.x2 + gap), beside(body.x1 - gap - w)] };
}
