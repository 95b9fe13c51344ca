/** Emphasis on the canvas: the hovered or selected node's neighbourhood stands out, and labels are chosen so none overlap. */
import type { Core, NodeSingular } from 'cytoscape';
import { overlaps, placeLabelsAt, within, type Box, type LabelCandidate } from './labels.ts';
import { LABEL_MARGIN_PX, TOPIC_LABEL_MARGIN_PX } from './style.ts';

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
  /** The place (index into sidesOf) each label is drawn at before this pass. */
  const drawnAt = new Map<string, number>();
  c.nodes().forEach((n) => {
    if (!n.visible()) return;
    if (!n.hasClass('faded')) bodies.push({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) });
    const group = n.data('type') === 'GROUP';
    // A group's "N more" label is always shown: every other label keeps clear of it.
    if (group) fixed.push(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }));
    if (n.hasClass('faded') || group) return;
    const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    const topic = n.data('type') === 'TOPIC';
    const [box, ...alternates] = labelPlaces(n, b);
    drawnAt.set(n.id(), sidesOf(n).indexOf(drawnSide(n)));
    candidates.push({
      id: n.id(),
      box: box!,
      alternates,
      priority: priority(n, selected, hovered, near),
      force: n.id() === hovered || n.id() === selected || topic,
    });
  });
  const canvas: Box = { x1: 0, y1: 0, x2: c.width(), y2: c.height() };
  const placed = placeLabelsAt(candidates, 2, bodies, fixed, canvas);
  c.batch(() => {
    c.nodes().forEach((n) => {
      // A group's label ("N more") sits inside its box: always shown.
      if (n.data('type') === 'GROUP') return;
      n.toggleClass('label-hidden', !placed.has(n.id()));
      const side = sidesOf(n)[placed.get(n.id()) ?? 0]!;
      for (const s of LABEL_SIDES) n.toggleClass(`label-${s}`, s === side && s !== defaultSide(n));
    });
  });
  // A moved label's place was computed from its node; where Cytoscape draws it may differ by a few
  // pixels. Measured now (a label that stayed was measured already), a label that meets one of higher
  // priority (or a group's) is hidden after all.
  const kept: Box[] = [...fixed];
  const hide: NodeSingular[] = [];
  for (const cand of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const at = placed.get(cand.id);
    if (at === undefined) continue;
    const n = c.getElementById(cand.id);
    const drawn =
      at === drawnAt.get(cand.id)
        ? [cand.box, ...(cand.alternates ?? [])][at]!
        : n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (kept.some((k) => overlaps(k, drawn)) || (!cand.force && at !== 0 && !within(drawn, canvas))) hide.push(n);
    else kept.push(drawn);
  }
  if (hide.length) c.batch(() => hide.forEach((n) => n.addClass('label-hidden')));
}

/**
 * Where a label may go, each node's stylesheet side first: an item's label below it, a topic's above
 * (its group of further neighbours, "N more", is tied to it and often lands just there). When that
 * place is taken the label may move to another side (the classes of style.ts) rather than be hidden.
 */
const LABEL_SIDES = ['below', 'above', 'right', 'left'] as const;
type Side = (typeof LABEL_SIDES)[number];
const defaultSide = (n: NodeSingular): Side => (n.data('type') === 'TOPIC' ? 'above' : 'below');
const sidesOf = (n: NodeSingular): Side[] => [defaultSide(n), ...LABEL_SIDES.filter((s) => s !== defaultSide(n))];
const drawnSide = (n: NodeSingular): Side => LABEL_SIDES.find((s) => s !== defaultSide(n) && n.hasClass(`label-${s}`)) ?? defaultSide(n);

/** A node's label places, in sidesOf order, from the label's box where it is drawn now. */
function labelPlaces(n: NodeSingular, label: Box): Box[] {
  const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  const gap = n.data('type') === 'TOPIC' ? TOPIC_LABEL_MARGIN_PX : LABEL_MARGIN_PX;
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  const across = (y1: number): Box => ({ x1: cx - w / 2, x2: cx + w / 2, y1, y2: y1 + h });
  const beside = (x1: number): Box => ({ x1, x2: x1 + w, y1: cy - h / 2, y2: cy + h / 2 });
  const at: Record<Side, Box> = {
    below: across(body.y2 + gap),
    above: across(body.y1 - gap - h),
    right: beside(body.x2 + gap),
    left: beside(body.x1 - gap - w),
  };
  // The side it is drawn on now is measured, not computed.
  at[drawnSide(n)] = label;
  return sidesOf(n).map((s) => at[s]);
}
