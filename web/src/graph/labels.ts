/**
 * Which labels to show: greedily, highest priority first, each label only if its box overlaps no
 * label already shown. Boxes in any one coordinate system (Cytoscape's rendered boxes).
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  box: Box;
  priority: number;
  /** Shown over other nodes if need be (the hovered and the selected node). */
  force?: boolean;
  /** Other places the label could take (a topic's label beside or below its node), tried in order when `box` is taken. */
  alternates?: readonly Box[];
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

const empty = (b: Box) => !(b.x2 > b.x1 && b.y2 > b.y1);

/** Whether a box lies inside another (to a pixel). */
export const within = (b: Box, outer: Box): boolean => b.x1 >= outer.x1 - 1 && b.y1 >= outer.y1 - 1 && b.x2 <= outer.x2 + 1 && b.y2 <= outer.y2 + 1;

/**
 * Where each shown label goes: its id and the index of the place taken (0 for `box`, 1 for the first
 * alternate, …). Ties in priority go to the earlier candidate. A place must clear every label already
 * placed (and the fixed ones) and the nodes' own shapes (obstacles, a label's own node excepted), and an
 * alternate place must lie inside the bounds when given; a forced label that finds no clear place takes the first place that clears the other labels, covering a
 * node if it must, and is left out only if every place covers a label.
 */
export function placeLabelsAt(
  candidates: readonly LabelCandidate[],
  gap = 2,
  obstacles: readonly { id: string; box: Box }[] = [],
  /** Labels shown whatever happens (a group's "N more"): every other label must clear them. */
  fixed: readonly Box[] = [],
  /** The visible canvas: a label moves to another place only inside it (a forced one, if need be, to the first place that clears the others). */
  bounds?: Box,
): Map<string, number> {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  const shown: Box[] = [...fixed];
  const placed = new Map<string, number>();
  for (const { c } of order) {
    const places = [c.box, ...(c.alternates ?? [])];
    const clearOfLabels = (b: Box) => !empty(b) && !shown.some((s) => overlaps(s, b, gap));
    const clearOfNodes = (b: Box) => !obstacles.some((o) => o.id !== c.id && overlaps(o.box, b));
    // A label keeps its own place wherever the view is (zoomed in, it may run off the canvas); it moves only to a place inside.
    const inside = (b: Box, i: number) => i === 0 || !bounds || within(b, bounds);
    let at = places.findIndex((b, i) => clearOfLabels(b) && clearOfNodes(b) && inside(b, i));
    if (at < 0 && c.force) at = places.findIndex((b, i) => clearOfLabels(b) && inside(b, i));
    if (at < 0 && c.force) at = places.findIndex(clearOfLabels);
    if (at < 0) continue;
    shown.push(places[at]!);
    placed.set(c.id, at);
  }
  return placed;
}

/** Pairs of boxes that overlap (for checks: none should among shown labels). */
export function overlappingPairs(boxes: readonly { id: string; box: Box }[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) out.push([boxes[i]!.id, boxes[j]!.id]);
  return out;
}

/** A label's text on the canvas: whole words, at most max characters (the hover card has it all). */
export function shortLabel(s: string, max = 64): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
