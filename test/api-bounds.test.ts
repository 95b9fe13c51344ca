/**
 * Bounded work per request: the cost limit counts variables and defaults, no field runs a query
 * per parent, and a request past the round-trip or response-size ceiling is refused with 400
 * naming the limit — while other clients are served.
 */
import { createRequire } from 'node:module';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type * as GraphQL from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../api/http/cost.ts';
import { LIMITS, typeDefs } from '../api/server.ts';
import * as webDocuments from '../web/src/gql/graphql.ts';
import { startApi, type GqlBody, type RunningApi } from './helpers.ts';

const STARVING = 'query($n:Int){ sources { passages(first:$n) { edges { node { source { passages(first:$n) { edges { node { id text } } } } } } } } }';

async function post<T = unknown>(url: string, body: unknown): Promise<{ status: number; ms: number; bytes: number; body: GqlBody<T> }> {
  const t = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  const parsed: GqlBody<T> = JSON.parse(text);
  return { status: res.status, ms: performance.now() - t, bytes: text.length, body: parsed };
}

describe('the cost of an operation, variables and defaults included', () => {
  // The schema from the graphql instance Apollo uses (see api/http/cost.ts).
  const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;
  const schema = buildSchema(typeDefs);
  const cost = (query: string, variables?: Record<string, unknown>) => {
    const doc = parse(query);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    return operationCost(schema, op, fragments, variables);
  };

  it('counts a variable as its value, and a missing argument as its default', () => {
    const literal = cost('{ claims(first: 300) { edges { node { id text } } } }');
    expect(cost('query($n: Int) { claims(first: $n) { edges { node { id text } } } }', { n: 300 })).toBe(literal);
    expect(cost('query($n: Int = 300) { claims(first: $n) { edges { node { id text } } } }')).toBe(literal);
    // claims(first: Int = 50)
    expect(cost('{ claims { edges { node { id text } } } }')).toBe(cost('{ claims(first: 50) { edges { node { id text } } } }'));
    expect(cost(STARVING, { n: 500 })).toBeGreaterThan(LIMITS.maxCost);
    expect(cost(STARVING, { n: 300 })).toBeGreaterThan(LIMITS.maxCost);
    expect(cost(STARVING.replace(/\(first:\$n\)/g, ''))).toBeGreaterThan(LIMITS.maxCost); // the default, 100
    expect(cost(STARVING, { n: 10 })).toBeLessThan(LIMITS.maxCost);
  });

  it('lets every operation of the web app through, at the page sizes it uses', () => {
    const docs = Object.entries(webDocuments).filter(([name, d]) => name.endsWith('Document') && (d as { kind?: string }).kind === 'Document');
    expect(docs.length).toBeGreaterThan(10);
    for (const [name, d] of docs) {
      const doc = d as unknown as { definitions: (OperationDefinitionNode | FragmentDefinitionNode)[] };
      const op = doc.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)!;
      const fragments = Object.fromEntries(
        doc.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      const c = operationCost(schema, op, fragments, { first: 300, limit: 25 });
      expect(c, name).toBeLessThan(LIMITS.maxCost);
    }
  });
});

describe('one client cannot starve the others', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses the nested-passages request at once with 400 naming the cost limit, and serves another client meanwhile', async () => {
    const variants = [
      { query: STARVING, variables: { n: 500 } },
      { query: STARVING, variables: { n: 300 } },
      { query: STARVING.replace('query($n:Int)', '').replace(/\$n/g, '500') },
      { query: STARVING.replace('query($n:Int)', '').replace(/\(first:\$n\)/g, '') },
    ];
    const attacks = Array.from({ length: 20 }, (_, i) => post(api.url, variants[i % variants.length]));
    const other = post<{ sources: { id: string }[] }>(api.url, { query: '{ sources { id } }' });
    const results = await Promise.all(attacks);
    const served = await other;
    for (const r of results) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(r.body.errors?.[0]?.message).toMatch(/cost limit of 100000 exceeded/);
      expect(r.bytes).toBeLessThan(1000);
    }
    expect(served.status).toBe(200);
    expect(served.body.data?.sources).toHaveLength(5);
    console.log(`refused in at most ${Math.max(...results.map((r) => r.ms)).toFixed(0)} ms; the other client served in ${served.ms.toFixed(0)} ms`);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(5_000);
  });

  it('serves the same shape at a small page in a bounded number of round trips (one per level)', async () => {
    // The API keeps the sources list (api/corpus-cache.ts): read it once, so both runs below find it kept.
    await post(api.url, { query: '{ sources { id } }' });
    const small = await post(api.url, { query: STARVING, variables: { n: 5 } });
    const larger = await post(api.url, { query: STARVING, variables: { n: 20 } });
    expect(small.body.errors).toBeUndefined();
    expect(larger.body.errors).toBeUndefined();
    expect(small.body.extensions?.roundTrips).toBeLessThanOrEqual(3);
    expect(larger.body.extensions?.roundTrips).toBe(small.body.extensions?.roundTrips);
    const spans = await post(api.url, { query: '{ sources { evidenceSpans { id } passages(first: 3) { edges { node { id source { id } } } } } }' });
    expect(spans.body.errors).toBeUndefined();
    expect(spans.body.extensions?.roundTrips).toBeLessThanOrEqual(3);
  });
});

describe('ceilings per request', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi({ limits: { maxRoundTrips: 2, maxResponseBytes: 20_000 } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a request past the round-trip ceiling with 400 naming it', async () => {
    // sources, then their passages, then their evidence spans: three round trips.
    const res = await post(api.url, { query: '{ sources { passages(first: 1) { totalCount } evidenceSpans { id } } }' });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('ROUND_TRIP_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0]?.message).toMatch(/round-trip limit of 2 per request/);
  });

  it('refuses a response past the size ceiling with 400 naming it', async () => {
    const res = await post(api.url, { query: '{ claims(first: 200) { edges { node { id text } } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(res.body.errors?.[0]?.message).toMatch(/Response size limit of 20000 bytes exceeded/);
    const ok = await post(api.url, { query: '{ claims(first: 2) { edges { node { id } } } }' });
    expect(ok.status).toBe(200);
  });
});
