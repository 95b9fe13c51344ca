import type { FieldMergeFunction } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { GraphQuery } from '../graph/operations.ts';
import { createCache, passageWindows } from './apollo.ts';

type Page = { edges: string[]; hasPreviousPage?: boolean; pageInfo?: { hasNextPage: boolean } };
const merge = (existing: Page | undefined, incoming: Page, args: Record<string, unknown>): Page =>
  (passageWindows.merge as FieldMergeFunction<Page>)(existing, incoming, { args } as never) as Page;

describe("the reader's passage windows in the Apollo cache", () => {
  const window = { edges: ['p10', 'p11'], hasPreviousPage: true, pageInfo: { hasNextPage: true } };

  it('keeps windows around different targets apart', () => {
    expect(passageWindows.keyArgs).toEqual(['roles', 'around']);
  });

  it('puts a page fetched "before" in front, and takes its hasPreviousPage', () => {
    const out = merge(window, { edges: ['p8', 'p9'], hasPreviousPage: false, pageInfo: { hasNextPage: true } }, { around: 'x', before: 'c' });
    expect(out.edges).toEqual(['p8', 'p9', 'p10', 'p11']);
    expect(out.hasPreviousPage).toBe(false);
    expect(out.pageInfo).toEqual({ hasNextPage: true });
  });

  it('appends a page fetched "after", and takes its pageInfo', () => {
    const out = merge(window, { edges: ['p12'], hasPreviousPage: true, pageInfo: { hasNextPage: false } }, { around: 'x', after: 'c' });
    expect(out.edges).toEqual(['p10', 'p11', 'p12']);
    expect(out.hasPreviousPage).toBe(true);
    expect(out.pageInfo).toEqual({ hasNextPage: false });
  });

  it('replaces the window when it is fetched again', () => {
    expect(merge(window, { edges: ['p1'] }, { around: 'x' }).edges).toEqual(['p1']);
    expect(merge(undefined, { edges: ['p1'] }, { after: 'c' }).edges).toEqual(['p1']);
  });
});

describe('graph nodes in the Apollo cache', () => {
  const node = (degree: number) => ({
    __typename: 'GraphNode' as const,
    id: 'claim:a',
    type: 'CLAIM' as const,
    label: 'A claim',
    sourceId: 'ceop-2013',
    topics: [],
    kind: null,
    degree,
    groupOf: null,
    hiddenCount: null,
    nextOffset: null,
  });
  const graph = (degree: number) => ({ graph: { __typename: 'Graph' as const, focus: ['claim:a'], nodes: [node(degree)], edges: [] } });
  const all = { focus: ['claim:a'] };
  const noSupports = { focus: ['claim:a'], filter: { kinds: ['QUALIFIES' as const] } };

  it('keeps a node’s degree per filter: the graph under another filter does not overwrite it', () => {
    const cache = createCache();
    cache.writeQuery({ query: GraphQuery, variables: all, data: graph(5) });
    cache.writeQuery({ query: GraphQuery, variables: noSupports, data: graph(2) });
    expect(cache.readQuery({ query: GraphQuery, variables: all })?.graph.nodes[0]?.degree).toBe(5);
    expect(cache.readQuery({ query: GraphQuery, variables: noSupports })?.graph.nodes[0]?.degree).toBe(2);
  });
});
