import { describe, expect, it } from 'vitest';
import {
  apiFilter,
  exportQuery,
  graphStateToParams,
  neighboursInView,
  parseGraphState,
  toggle,
  viewGraph,
  type GraphEdgeData,
  type GraphNodeData,
} from './model.ts';

const node = (id: string, extra: Partial<GraphNodeData> = {}): GraphNodeData => ({ id, type: 'CLAIM', label: id, topics: [], degree: 1, ...extra });
const edge = (id: string, source: string, target: string, kind: GraphEdgeData['kind'], label?: string): GraphEdgeData => ({ id, source, target, kind, label });

describe('graph view state', () => {
  it('round-trips its state through the URL and ignores unknown values', () => {
    const s = parseGraphState(
      new URLSearchParams(
        'focus=a,b&depth=2&nodes=250&kinds=CONTRADICTS,LIKES&types=CLAIM&sources=ceop-2013&proposed=1&expand=x,y@25&selected=a&lens=disagreements&hide=q',
      ),
    );
    expect(s).toEqual({
      focus: ['a', 'b'],
      depth: 2,
      budget: 250,
      filter: { sources: ['ceop-2013'], types: ['CLAIM'], kinds: ['CONTRADICTS'], statuses: ['CURATED', 'PROPOSED'] },
      expansions: [
        { id: 'x', offset: 0 },
        { id: 'y', offset: 25 },
      ],
      selected: 'a',
      lens: 'disagreements',
      hidden: ['q'],
    });
    expect(parseGraphState(graphStateToParams(s))).toEqual(s);
    expect(parseGraphState(new URLSearchParams('depth=9')).depth).toBe(1);
    // Only the budgets the view offers; the default (40) stays out of the URL.
    expect(parseGraphState(new URLSearchParams('nodes=100000')).budget).toBe(40);
    expect(graphStateToParams(parseGraphState(new URLSearchParams('nodes=40'))).has('nodes')).toBe(false);
    expect(Object.fromEntries(new URLSearchParams(exportQuery(s, ['a'], 25)))).toEqual({
      focus: 'a',
      depth: '2',
      neighbourLimit: '25',
      nodeBudget: '250',
      sources: 'ceop-2013',
      types: 'CLAIM',
      kinds: 'CONTRADICTS',
      statuses: 'CURATED,PROPOSED',
      expand: 'x,y@25',
      lens: 'disagreements',
      hide: 'q',
    });
  });

  it('narrows the link kinds the API is asked for under the disagreements lens', () => {
    expect(apiFilter(parseGraphState(new URLSearchParams('')))).toBeUndefined();
    expect(apiFilter(parseGraphState(new URLSearchParams('lens=disagreements')))?.kinds).toEqual([
      'CONTRADICTS',
      'QUALIFIES',
      'ASSERTED_VS_OPEN',
      'ATTRIBUTES_TO',
    ]);
    expect(apiFilter(parseGraphState(new URLSearchParams('lens=disagreements&kinds=SUPPORTS,QUALIFIES')))?.kinds).toEqual(['QUALIFIES']);
  });

  it('toggles list filters, with an empty list meaning all', () => {
    const all = ['A', 'B', 'C'] as const;
    expect(toggle(undefined, 'B', all)).toEqual(['A', 'C']);
    expect(toggle(['A', 'C'], 'B', all)).toBeUndefined();
    expect(toggle(['A'], 'A', all)).toBeUndefined();
  });
});

describe('what the canvas draws', () => {
  const g = {
    nodes: [
      node('a', { topics: ['t'] }),
      node('b', { topics: ['t'] }),
      node('c'),
      node('d'),
      node('more:t:2', { type: 'GROUP', groupOf: 't', nextOffset: 2, hiddenCount: 5 }),
    ],
    edges: [
      edge('e1', 'a', 'b', 'SUPPORTS'),
      edge('e2', 'a', 'c', 'CONTRADICTS'),
      edge('e3', 'b', 'd', 'ATTRIBUTES_TO', 'FAITHFUL'),
      edge('e4', 'c', 'd', 'ATTRIBUTES_TO', 'DISTORTED'),
    ],
  };
  const containers = [{ id: 't', type: 'TOPIC' as const, label: 'A topic' }];

  it('ties a topic focus and its "N more" group to a hub for the topic', () => {
    const v = viewGraph(g, { lens: 'all', hidden: [], focus: ['t'], containers });
    expect(v.nodes.find((n) => n.id === 't')).toMatchObject({ type: 'TOPIC', label: 'A topic' });
    expect(v.edges.filter((e) => e.kind === 'MEMBER').map((e) => e.target)).toEqual(['a', 'b']);
    expect(v.edges.find((e) => e.source === 'more:t:2')).toMatchObject({ target: 't', kind: 'MORE' });
  });

  it('keeps only disagreements under the lens, and leaves hidden nodes out', () => {
    const v = viewGraph(g, { lens: 'disagreements', hidden: [], focus: [], containers: [] });
    expect(v.edges.map((e) => e.id)).toEqual(['e2', 'e4']);
    expect(v.nodes.map((n) => n.id)).toEqual(['a', 'c', 'd', 'more:t:2']);
    const h = viewGraph(g, { lens: 'all', hidden: ['a'], focus: [], containers: [] });
    expect(h.nodes.map((n) => n.id)).not.toContain('a');
    expect(h.edges.map((e) => e.id)).toEqual(['e3', 'e4']);
    expect([...neighboursInView(g, 'a')].sort()).toEqual(['b', 'c']);
  });
});
