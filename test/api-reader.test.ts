import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './helpers.ts';
import { graphql } from './gql/index.ts';
import type { ReaderWindowQueryVariables } from './gql/graphql.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const WINDOW = graphql(`query ReaderWindow($around: ID, $before: String, $after: String, $first: Int) { source(id: "gallagher-2006") {
  passages(first: $first, around: $around, before: $before, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {
    totalCount hasPreviousPage edges { cursor node { id ordinal } } pageInfo { hasNextPage } } } }`);
const window = async (vars: ReaderWindowQueryVariables) => {
  const res = await api.gql(WINDOW, { first: 40, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.source!.passages;
};

describe('passage windows for the reader (around, before, after)', () => {
  it('opens the page around the passage an item of the end of the 2006 report is quoted from, and pages both ways from it', async () => {
    const res = await api.gql(
      graphql(
        `query ReaderStatistics { statistics(filter: { sources: ["gallagher-2006"] }, first: 500) { edges { node { id quote { context { passages { id ordinal } } } } } } }`,
      ),
    );
    const items = res.data!.statistics.edges.map((e) => ({
      id: e.node.id,
      passage: e.node.quote.context.passages[0]!,
    }));
    const last = items.reduce((a, b) => (b.passage.ordinal > a.passage.ordinal ? b : a));
    expect(last.passage.ordinal).toBeGreaterThan(1000);

    const page = await window({ around: last.id });
    const ids = page.edges.map((e) => e.node.id);
    expect(ids).toContain(last.passage.id);
    expect(ids.indexOf(last.passage.id)).toBe(10); // a quarter of the page lies before the target
    expect(page.hasPreviousPage).toBe(true);
    const ordinals = page.edges.map((e) => e.node.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));

    // The same window by passage id.
    expect((await window({ around: last.passage.id })).edges.map((e) => e.node.id)).toEqual(ids);

    // The page before it ends right before it, in reading order; the page after starts right after it.
    const before = await window({ around: last.id, before: page.edges[0]!.cursor }); // the cursor wins over around
    expect(before.edges).toHaveLength(40);
    expect(before.edges.at(-1)!.node.ordinal).toBeLessThan(ordinals[0]!);
    const after = await window({ around: last.id, after: page.edges.at(-1)!.cursor });
    expect(after.edges[0]!.node.ordinal).toBeGreaterThan(ordinals.at(-1)!);
    const all = [...before.edges, ...page.edges, ...after.edges].map((e) => e.node.ordinal);
    expect(new Set(all).size).toBe(all.length);
  });

  it('starts at the top for an unknown id or an item of another source, and clamps near the start', async () => {
    const unknown = await window({ around: 'no-such-item' });
    expect(unknown.hasPreviousPage).toBe(false);
    expect(unknown.edges[0]!.node.ordinal).toBe(1);
    const other = await api.gql(graphql(`query ReaderForeignClaim { claims(filter: { sources: ["merdian-2019"] }, first: 1) { edges { node { id } } } }`));
    const foreign = await window({ around: other.data!.claims.edges[0]!.node.id });
    expect(foreign.edges[0]!.node.ordinal).toBe(1);
    const second = await window({ around: unknown.edges[2]!.node.id });
    expect(second.edges[0]!.node.ordinal).toBe(1);
    expect(second.hasPreviousPage).toBe(false);
    const start = await window({ before: unknown.edges[5]!.cursor });
    expect(start.edges.map((e) => e.node.ordinal)).toEqual(unknown.edges.slice(0, 5).map((e) => e.node.ordinal));
    expect(start.hasPreviousPage).toBe(false);
  });

  it('rejects an overlong id', async () => {
    const res = await api.gql(WINDOW, { around: 'x'.repeat(500) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
