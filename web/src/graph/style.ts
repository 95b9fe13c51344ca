/** How the graph looks: colour by source, shape by item type, line by relation kind. Shared by the canvas and its legend. */
import type { CanvasEdgeKind, CanvasNodeType } from './model.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Given to sources in the order the API lists them. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];
export const NEUTRAL = '#6b7280';

/** Each source's colour, stable by the sources' order (the API's order), cycling past the palette's end. */
export function sourceColours(sources: readonly { id: string }[]): ReadonlyMap<string, string> {
  return new Map(sources.map((s, i) => [s.id, PALETTE[i % PALETTE.length]!]));
}

export function nodeColour(colours: ReadonlyMap<string, string>, sourceId: string | null | undefined): string {
  return (sourceId && colours.get(sourceId)) || NEUTRAL;
}

export const NODE_SHAPES: Record<CanvasNodeType, { shape: string; label: string }> = {
  CLAIM: { shape: 'ellipse', label: 'Claim' },
  STATISTIC: { shape: 'round-rectangle', label: 'Statistic' },
  RESEARCH_GAP: { shape: 'diamond', label: 'Research gap' },
  MISCONCEPTION: { shape: 'hexagon', label: 'Misconception' },
  SOURCE: { shape: 'round-tag', label: 'Source' },
  TOPIC: { shape: 'barrel', label: 'Topic' },
  GROUP: { shape: 'round-rectangle', label: 'More neighbours (click to show)' },
};

type Line = 'solid' | 'dashed' | 'dotted';
export const EDGE_STYLES: Record<CanvasEdgeKind, { colour: string; line: Line; width: number; arrow: boolean; label: string }> = {
  SUPPORTS: { colour: '#2e7d32', line: 'solid', width: 2, arrow: false, label: 'Supports' },
  CONTRADICTS: { colour: '#c62828', line: 'solid', width: 3.5, arrow: false, label: 'Contradicts' },
  QUALIFIES: { colour: '#b45309', line: 'dashed', width: 2.5, arrow: true, label: 'Qualifies' },
  ASSERTED_VS_OPEN: { colour: '#6a3d9a', line: 'dotted', width: 3, arrow: true, label: 'Asserted vs open' },
  ATTRIBUTES_TO: { colour: '#1565c0', line: 'solid', width: 2, arrow: true, label: 'Attributes to' },
  RAISES_GAP: { colour: '#6b7280', line: 'dotted', width: 1.5, arrow: true, label: 'Raises gap' },
  ADDRESSES: { colour: '#00796b', line: 'dashed', width: 1.5, arrow: true, label: 'Addresses gap' },
  CHALLENGES: { colour: '#4b5563', line: 'solid', width: 1.5, arrow: true, label: 'Corrects misconception' },
  REINFORCES: { colour: '#9ca3af', line: 'dashed', width: 1.5, arrow: true, label: 'Repeats misconception' },
  PROPOSED: { colour: '#9ca3af', line: 'dashed', width: 1.5, arrow: true, label: 'Proposed link' },
  MORE: { colour: '#94a3b8', line: 'dotted', width: 1.5, arrow: false, label: 'More of' },
  MEMBER: { colour: '#cbd5e1', line: 'solid', width: 1, arrow: false, label: 'Item of the focus' },
};

/** On-screen sizes in CSS pixels: labels keep them whatever the zoom. */
export const LABEL_FONT_PX = 12;
export const LABEL_WIDTH_PX = 190;
/** A node's on-screen diameter, from the least to the most linked. */
export const NODE_PX = { min: 16, max: 36 };

/** Room a node's label takes beside and below its node, in CSS pixels: half the widest label, and three lines under it (labels keep their on-screen size). */
export const LABEL_ROOM_PX = { side: LABEL_WIDTH_PX / 2, below: 3 * (LABEL_FONT_PX + 3) + 8 };

/** Screen pixels between a node and its label, on whichever side the label pass puts it (canvas-emphasis.ts). */
export const LABEL_MARGIN_PX = 3;
/** The same for a topic, whose label is bold and sits above it unless moved. */
export const TOPIC_LABEL_MARGIN_PX = 4;

/** Where the label pass moves a label whose own side is taken: one rule per side, at a margin. */
const labelSides = (selector: string, margin: number) => [
  { selector: `${selector}.label-above`, style: { 'text-valign': 'top', 'text-margin-y': -margin } },
  { selector: `${selector}.label-below`, style: { 'text-valign': 'bottom', 'text-margin-y': margin } },
  { selector: `${selector}.label-right`, style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': margin } },
  { selector: `${selector}.label-left`, style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -margin } },
];

/**
 * The stylesheet at a zoom level: label sizes divided by the zoom, so they keep their on-screen
 * size (the canvas swaps the stylesheet when the zoom settles). Without labels, for the first
 * layout: nothing measures a label's text before the zoom it will be drawn at is known.
 * Cytoscape's stylesheet type is loose (values may be mappers); this is its JSON form.
 */
export function cytoscapeStyle(zoom: number, labels = true) {
  const px = (n: number) => n / zoom;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)',
        // On-screen sizes, like the labels': zooming in spreads the nodes apart rather than swelling
        // them, which leaves room to name more of those in view.
        width: `mapData(degree, 0, 30, ${px(NODE_PX.min)}, ${px(NODE_PX.max)})`,
        height: `mapData(degree, 0, 30, ${px(NODE_PX.min)}, ${px(NODE_PX.max)})`,
        label: labels ? 'data(short)' : '',
        'font-size': px(LABEL_FONT_PX),
        color: '#1d1f24',
        'text-wrap': 'wrap',
        'text-max-width': px(LABEL_WIDTH_PX),
        'text-valign': 'bottom',
        'text-margin-y': px(LABEL_MARGIN_PX),
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': px(2),
        'text-background-shape': 'round-rectangle',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'node[type = "GROUP"]',
      style: {
        'background-color': '#f1f5f9',
        'border-color': '#64748b',
        'border-style': 'dashed',
        'border-width': 1.5,
        width: px(64),
        height: px(26),
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        color: '#334155',
      },
    },
    {
      selector: 'node[type = "TOPIC"]',
      style: {
        'background-color': '#334155',
        width: 34,
        height: 34,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': px(-TOPIC_LABEL_MARGIN_PX),
        'z-index': 5,
      },
    },
    // Later rules win in Cytoscape: the topic's margin after the items'. Not in the first stylesheet
    // (no labels yet): every rule is matched against each element as the graph is added, before its layout.
    ...(labels ? [...labelSides('node', px(LABEL_MARGIN_PX)), ...labelSides('node[type = "TOPIC"]', px(TOPIC_LABEL_MARGIN_PX))] : []),
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1d1f24' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1f5fa8', 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2a900', 'z-index': 10 } },
    { selector: 'node.hovered', style: { 'z-index': 20, 'text-background-opacity': 1 } },
    {
      selector: 'edge',
      style: {
        'line-color': 'data(colour)',
        'line-style': 'data(line)',
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'none',
        opacity: 0.9,
        'font-size': px(11),
        color: '#1d1f24',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': px(2),
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge[?arrow]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
    { selector: 'edge.hovered', style: { label: 'data(kindLabel)', width: 4, 'z-index': 30 } },
    { selector: 'edge:selected', style: { width: 5, 'z-index': 10 } },
    // Last, so that dimming wins over every rule above.
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.faded', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  ];
}
