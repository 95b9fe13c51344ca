import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './helpers.ts';

let api: RunningApi;
let prod: RunningApi;
beforeAll(async () => {
  api = await startApi();
  prod = await startApi({ production: true });
});
afterAll(async () => {
  await api.close();
  await prod.close();
});

async function roundTrips(query: string, variables?: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown; extensions?: { roundTrips?: number } };
  expect(body.errors).toBeUndefined();
  return body.extensions!.roundTrips!;
}

const CLAIM = `id text source { id title } topics { id } misconceptions { misconception { id } } raises { id } quote { exact }`;
const STATISTIC = `id measure source { id } topics { id } quote { exact }`;
const EVIDENCE = `... on Claim { ${CLAIM} } ... on Statistic { ${STATISTIC} }`;

describe('bounded Cypher round trips per operation, whatever the result size', () => {
  const cases: [string, string, number][] = [
    // The data version alone: the API keeps the list (api/corpus-cache.ts; read once before these cases).
    ['sources', '{ sources { id title passageCount claimCount } }', 1],
    [
      'search',
      `query($n: Int) { search(query: "offenders", first: $n) { countsByType { type count } edges { highlight node { ... on Passage { id source { id title } } ... on Claim { ${CLAIM} } ... on Statistic { ${STATISTIC} } ... on ResearchGap { id question raisedBy { claim { id source { id } } } } ... on Misconception { id belief mentions { claim { id source { id } } } } } } } }`,
      1,
    ],
    ['claims', `query($n: Int) { claims(first: $n) { edges { node { ${CLAIM} } } } }`, 1],
    ['statistics', `query($n: Int) { statistics(first: $n) { edges { node { ${STATISTIC} } } } }`, 1],
    ['relations', `query($n: Int) { relations(first: $n) { edges { node { id from { ${EVIDENCE} } to { ${EVIDENCE} } } } } }`, 1],
    [
      'research gaps',
      'query($n: Int) { researchGaps(first: $n) { edges { node { id raisedBy { claim { id source { id } } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } } }',
      // The data version (the order of the gaps is kept) and the page.
      2,
    ],
    ['misconceptions', '{ misconceptions { id mentions { claim { id source { id } } } } }', 1],
    [
      'relations with quotes in context',
      `query($n: Int) { relations(first: $n) { edges { node { from { ... on Claim { id quote { context { before after passages { id } } } } ... on Statistic { id quote { context { before } } } } to { ... on Claim { id quote { context { before } } } ... on Statistic { id quote { context { after } } } } } } } }`,
      2,
    ],
    // The graph keeps the most contested items and the topics' and sources' rankings: one round trip for the data version.
    ['graph (default focus)', `query($n: Int) { graph(neighbourLimit: $n) { focus nodes { id type label degree hiddenCount } edges { id kind status } } }`, 3],
    ['graph (depth 2)', `query($n: Int) { graph(focus: ["live-streaming"], depth: 2, neighbourLimit: $n) { nodes { id } edges { id } } }`, 5],
    ['neighbours', `query($n: Int) { neighbours(id: "ceop-2013", limit: $n) { nodes { id } edges { id } } }`, 3],
    [
      'consensus',
      `{ consensus(id: "gap:merdian-how-offenders-know-locations") { stances { source { id } evidence { ... on Claim { ${CLAIM} } ... on Statistic { ${STATISTIC} } } } silent { id } } }`,
      // The stances and the data version (for the kept sources list), together.
      2,
    ],
    ['reader', `query($n: Int) { source(id: "gallagher-2006") { evidenceSpans { id } passages(first: $n) { edges { node { id text source { id } } } } } }`, 3],
  ];
  beforeAll(async () => {
    await roundTrips('{ sources { id } }');
  });
  it.each(cases)('%s', async (_name, query, bound) => {
    // Values the API keeps under the data version cost one round trip more each on the first request only.
    const cold = await roundTrips(query, { n: 5 });
    expect(cold).toBeLessThanOrEqual(bound + 1);
    const small = await roundTrips(query, { n: 5 });
    const large = await roundTrips(query, { n: 200 });
    expect(small).toBeLessThanOrEqual(bound);
    expect(large).toBe(small);
  });
});

describe('query limits', () => {
  it('rejects a query nested too deep, with a clear error', async () => {
    const deep = `{ misconceptions { mentions { claim { misconceptions { misconception { mentions { claim { misconceptions { misconception { mentions { claim { source { id } } } } } } } } } } } } }`;
    const res = await api.gql(deep);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('rejects a query whose estimated cost is too high', async () => {
    const heavy = Array.from({ length: 10 }, (_, i) => `r${i}: relations(first: 500) { edges { node { from { ${EVIDENCE} } to { ${EVIDENCE} } } } }`).join(' ');
    const res = await api.gql(`{ ${heavy} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/cost limit/i);
  });

  it('caps page sizes', async () => {
    const res = await api.gql('{ claims(first: 501) { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/"first" must be an integer from 0 to 500/);
  });

  it('in production: no stack traces, no debug extensions, and a request id on every response', async () => {
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims(first: 9999) { totalCount } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[]; extensions?: unknown };
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
    expect(body.extensions).toBeUndefined();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
