import { describe, expect, it } from 'vitest';
import { exportQuery, graphStateToParams, mergeGraphs, parseGraphState, toggle, type GraphNodeData } from './model.ts';

const node = (id: string, extra: Partial<GraphNodeData> = {}): GraphNodeData => ({ id, type: 'CLAIM', label: id, topics: [], degree: 1, ...extra });

describe('graph view state and merging', () => {
  it('round-trips its state through the URL and ignores unknown values', () => {
    const s = parseGraphState(
      new URLSearchParams('focus=a,b&depth=2&kinds=CONTRADICTS,LIKES&types=CLAIM&sources=ceop-2013&proposed=1&expand=x,y@25&selected=a'),
    );
    expect(s).toEqual({
      focus: ['a', 'b'],
      depth: 2,
      filter: { sources: ['ceop-2013'], types: ['CLAIM'], kinds: ['CONTRADICTS'], statuses: ['CURATED', 'PROPOSED'] },
      expansions: [
        { id: 'x', offset: 0 },
        { id: 'y', offset: 25 },
      ],
      selected: 'a',
    });
    expect(parseGraphState(graphStateToParams(s))).toEqual(s);
    expect(parseGraphState(new URLSearchParams('depth=9')).depth).toBe(1);
    expect(exportQuery(s, ['a'])).toBe('focus=a&depth=2&sources=ceop-2013&types=CLAIM&kinds=CONTRADICTS&statuses=CURATED%2CPROPOSED');
  });

  it('toggles list filters, with an empty list meaning all', () => {
    const all = ['A', 'B', 'C'] as const;
    expect(toggle(undefined, 'B', all)).toEqual(['A', 'C']);
    expect(toggle(['A', 'C'], 'B', all)).toBeUndefined();
    expect(toggle(['A'], 'A', all)).toBeUndefined();
  });

  it('merges expansions, replaces expanded groups and drops dangling edges', () => {
    const base = {
      nodes: [node('a'), node('b'), node('more:a:1', { type: 'GROUP', groupOf: 'a', nextOffset: 1, hiddenCount: 2 })],
      edges: [
        { id: 'e1', source: 'a', target: 'b', kind: 'SUPPORTS' as const },
        { id: 'm', source: 'more:a:1', target: 'a', kind: 'MORE' as const },
      ],
    };
    const page = { nodes: [node('a'), node('c'), node('d')], edges: [{ id: 'e2', source: 'a', target: 'c', kind: 'CONTRADICTS' as const }] };
    const merged = mergeGraphs([base, page], [{ id: 'a', offset: 1 }]);
    expect(merged.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    expect(mergeGraphs([base], []).nodes).toHaveLength(3);
  });
});
