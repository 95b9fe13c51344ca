import { describe, expect, it } from 'vitest';
import { useApi } from './helpers.ts';
import { graphql } from './gql/index.ts';

const env = useApi();
const ok = env.ok.bind(env);

const query = graphql(`query ExpansionsGraph($focus: [ID!], $limit: Int, $expansions: [GraphExpansion!]) {
  graph(focus: $focus, neighbourLimit: $limit, expansions: $expansions) {
    focus
    nodes { id type groupOf hiddenCount nextOffset degree }
    edges { id source target kind }
  }
}`);
const NEIGHBOURS = graphql(`query ExpansionsNeighbours { neighbours(id: "live-streaming", offset: 5, limit: 5) { nodes { id type } } }`);

const ids = (g: { nodes: { id: string }[] }) => new Set(g.nodes.map((n) => n.id));

describe('graph with the reader’s expansions, in one request (real Neo4j)', () => {
  it('merges an expanded node’s neighbours into the graph and ties every item’s group to its node', async () => {
    const LIMIT = 2;
    const base = (await ok(query, { limit: LIMIT })).graph;
    const leaf = base.nodes.find((n) => n.type !== 'GROUP' && !base.focus.includes(n.id) && n.degree > LIMIT);
    if (!leaf) throw new Error('no neighbour with more neighbours than the limit');
    const expanded = (await ok(query, { limit: LIMIT, expansions: [{ id: leaf.id }] })).graph;
    const before = ids(base);
    const added = [...ids(expanded)].filter((id) => !before.has(id));
    expect(added.length).toBeGreaterThan(0);
    for (const g of expanded.nodes.filter((n) => n.type === 'GROUP' && n.groupOf !== null && ids(expanded).has(n.groupOf))) {
      expect(
        expanded.edges.some((e) => e.kind === 'MORE' && e.source === g.id && e.target === g.groupOf),
        `${g.id} is tied to ${g.groupOf}`,
      ).toBe(true);
    }
    const group = expanded.nodes.find((n) => n.type === 'GROUP' && n.groupOf === leaf.id);
    if (!group) throw new Error(`no group for ${leaf.id}`);
    expect(group.nextOffset).toBe(LIMIT);

    // Opening the group's page replaces the group by the next page of neighbours.
    const paged = (await ok(query, { limit: LIMIT, expansions: [{ id: leaf.id }, { id: leaf.id, offset: LIMIT }] })).graph;
    expect(paged.nodes.some((n) => n.id === group.id)).toBe(false);
    expect(paged.nodes.length).toBeGreaterThan(expanded.nodes.length - 1);
    // Expansions of ids not in the graph are ignored, not errors.
    const stale = (await ok(query, { limit: LIMIT, expansions: [{ id: 'no-such-item' }] })).graph;
    expect(ids(stale)).toEqual(before);
  });

  it('pages a topic focus through its expansions', async () => {
    const first = (await ok(query, { focus: ['live-streaming'], limit: 5 })).graph;
    const group = first.nodes.find((n) => n.type === 'GROUP' && n.groupOf === 'live-streaming');
    expect(group?.nextOffset).toBe(5);
    const next = (await ok(query, { focus: ['live-streaming'], limit: 5, expansions: [{ id: 'live-streaming', offset: 5 }] })).graph;
    expect(next.nodes.some((n) => n.id === group?.id)).toBe(false);
    const page = (await ok(NEIGHBOURS)).neighbours;
    const members = page.nodes.filter((n) => n.type !== 'GROUP').map((n) => n.id);
    expect(members).toHaveLength(5);
    for (const id of members) expect(ids(next).has(id), id).toBe(true);
  });
});
