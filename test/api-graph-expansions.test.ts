import { describe, expect, it } from 'vitest';
import { expandableNeighbour, useApi } from './helpers.ts';
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
const BUDGETED = graphql(`query BudgetedGraph($focus: [ID!], $depth: Int, $limit: Int, $budget: Int) {
  graph(focus: $focus, depth: $depth, neighbourLimit: $limit, nodeBudget: $budget) {
    nodes { id type groupOf hiddenCount nextOffset }
  }
}`);
const TOPICS = graphql(`query BudgetTopics { topics { id claimCount statisticCount } }`);
const NEIGHBOURS = graphql(`query ExpansionsNeighbours { neighbours(id: "live-streaming", offset: 5, limit: 5) { nodes { id type } } }`);

const ids = (g: { nodes: { id: string }[] }) => new Set(g.nodes.map((n) => n.id));

describe('graph with the reader’s expansions, in one request (real Neo4j)', () => {
  it('merges an expanded node’s neighbours into the graph and ties every item’s group to its node', async () => {
    // A neighbour of the default focus must have more links than the neighbour limit: the largest limit (2 or 1) at which one has.
    const { limit: LIMIT, base, leaf } = await expandableNeighbour([2, 1], async (limit) => (await ok(query, { limit })).graph);
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

  it('fills a topic focus up to the node budget, no further, and keeps the rest in the topic’s group', async () => {
    const { topics } = await ok(TOPICS);
    const big = topics.sort((a, b) => b.claimCount + b.statisticCount - a.claimCount - a.statisticCount)[0]!;
    const members = big.claimCount + big.statisticCount;
    expect(members).toBeGreaterThan(300);
    for (const budget of [40, 250]) {
      const g = (await ok(BUDGETED, { focus: [big.id], depth: 1, limit: 8, budget })).graph;
      const real = g.nodes.filter((n) => n.type !== 'GROUP');
      expect(real.length).toBeLessThanOrEqual(budget);
      // Room left after the first ring and its neighbours went to more of the topic's items.
      expect(real.length).toBeGreaterThanOrEqual(budget - 10);
      const group = g.nodes.find((n) => n.type === 'GROUP' && n.groupOf === big.id)!;
      expect(group.nextOffset).toBeGreaterThan(8);
      expect(group.hiddenCount).toBe(members - group.nextOffset!);
    }
    // Without a budget, the same request stops at the neighbour limit's first ring.
    const unbudgeted = (await ok(BUDGETED, { focus: [big.id], depth: 1, limit: 8 })).graph;
    expect(unbudgeted.nodes.find((n) => n.groupOf === big.id)?.nextOffset).toBe(8);
  });

  it('cuts deeper levels at the budget, leaving the last nodes unexpanded rather than dropped', async () => {
    const deep = (await ok(BUDGETED, { depth: 3, limit: 25 })).graph;
    const budget = Math.max(10, Math.floor(deep.nodes.filter((n) => n.type !== 'GROUP').length / 2));
    const cut = (await ok(BUDGETED, { depth: 3, limit: 25, budget })).graph;
    expect(cut.nodes.filter((n) => n.type !== 'GROUP').length).toBe(budget);
    for (const g of cut.nodes.filter((n) => n.type === 'GROUP')) expect(g.hiddenCount, g.id).toBeGreaterThan(0);
    const refused = await env.api.request(BUDGETED, { budget: 5000 });
    expect(refused.body.errors?.[0]?.message).toMatch(/nodeBudget.*10 to 500/);
  });
});
