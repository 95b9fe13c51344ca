/** How the graph looks: colour by source, shape by item type, line by relation kind. Shared by the canvas and its legend. */
import type { GraphEdgeKind, GraphNodeType } from '../gql/graphql.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SOURCE_COLOURS: Record<string, string> = {
  'merdian-2019': '#0072B2',
  'ceop-2013': '#D55E00',
  'gallagher-2006': '#009E73',
  'iwg-oso-2018': '#CC79A7',
  'sectt-note-2018': '#E69F00',
};
export const NEUTRAL = '#6b7280';

export const NODE_SHAPES: Record<GraphNodeType, { shape: string; label: string }> = {
  CLAIM: { shape: 'ellipse', label: 'Claim' },
  STATISTIC: { shape: 'round-rectangle', label: 'Statistic' },
  RESEARCH_GAP: { shape: 'diamond', label: 'Research gap' },
  MISCONCEPTION: { shape: 'hexagon', label: 'Misconception' },
  SOURCE: { shape: 'round-tag', label: 'Source' },
  GROUP: { shape: 'round-rectangle', label: 'More neighbours (click to show)' },
};

export const EDGE_STYLES: Record<GraphEdgeKind, { colour: string; line: 'solid' | 'dashed' | 'dotted'; width: number; arrow: boolean; label: string }> = {
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
  MORE: { colour: '#cbd5e1', line: 'dotted', width: 1, arrow: false, label: 'More' },
};

export function nodeColour(sourceId: string | null | undefined): string {
  return (sourceId && SOURCE_COLOURS[sourceId]) || NEUTRAL;
}

// Cytoscape's stylesheet type is loose (values may be mappers); this is its JSON form.
export const CYTOSCAPE_STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      width: 'mapData(degree, 0, 30, 18, 42)',
      height: 'mapData(degree, 0, 30, 18, 42)',
      label: 'data(short)',
      'font-size': 9,
      color: '#1d1f24',
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[type = "GROUP"]',
    style: {
      'background-color': '#f1f5f9',
      'border-color': '#64748b',
      'border-style': 'dashed',
      'border-width': 1.5,
      width: 46,
      height: 22,
      label: 'data(label)',
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-size': 9,
      'text-background-opacity': 0,
    },
  },
  { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1d1f24' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2a900', 'z-index': 10 } },
  { selector: 'node.expandable', style: { 'outline-width': 0 } },
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
    },
  },
  { selector: 'edge[?arrow]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
  { selector: 'edge:selected', style: { width: 5, 'z-index': 10 } },
];
