import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './helpers.ts';
import { graphql } from './gql/index.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

describe('HTTP endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe('ready');
    expect(health.headers.get('x-request-id')).toMatch(/.+/);
  });
});

describe('GraphQL against the real Neo4j', () => {
  it('lists the five sources with passage counts', async () => {
    const res = await api.gql(graphql(`query ApiSources { sources { id title authors year kind passageCount } }`));
    expect(res.errors).toBeUndefined();
    const sources = res.data!.sources;
    expect(sources.map((s) => s.id)).toEqual(['gallagher-2006', 'ceop-2013', 'iwg-oso-2018', 'merdian-2019', 'sectt-note-2018']);
    const gallagher = sources[0]!;
    expect(gallagher.authors).toContain('Bernard Gallagher');
    expect(gallagher.passageCount).toBeGreaterThan(1000);
    expect(sources.find((s) => s.id === 'sectt-note-2018')!.year).toBeNull();
  });

  it("pages a source's passages with cursors, in order, without furniture when asked", async () => {
    const q =
      graphql(`query ApiPassages($after: String) { source(id: "ceop-2013") { passageCount passages(first: 50, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {
      totalCount edges { cursor node { id ordinal start end role raw text } } pageInfo { hasNextPage endCursor } } } }`);
    const first = await api.gql(q);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.source!.passages;
    expect(page1.edges).toHaveLength(50);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.totalCount).toBeLessThan(first.data!.source!.passageCount);
    const second = await api.gql(q, { after: page1.pageInfo.endCursor });
    const page2 = second.data!.source!.passages;
    expect(page2.edges[0]!.node.ordinal).toBeGreaterThan(page1.edges.at(-1)!.node.ordinal);
    const all = [...page1.edges, ...page2.edges].map((e) => e.node);
    expect(all.every((p) => p.role !== 'PAGE_FURNITURE')).toBe(true);
  });

  it('returns null for an unknown source and a clear error for a bad cursor or page size', async () => {
    expect((await api.gql(graphql(`query ApiNoSource { source(id: "nope") { id } }`))).data).toEqual({ source: null });
    const bad = await api.gql('{ source(id: "ceop-2013") { passages(after: "garbage") { totalCount } } }');
    expect(bad.errors?.[0]?.message).toMatch(/invalid cursor/);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await api.gql('{ source(id: "ceop-2013") { passages(first: 100000) { totalCount } } }');
    expect(big.errors?.[0]?.message).toMatch(/"first" must be/);
  });

  it('searches passages through the full-text index with source, offsets and highlights', async () => {
    const res = await api.gql(
      graphql(`query ApiPassageSearch {
        search(query: "live streaming", types: [PASSAGE], first: 5) {
          totalCount edges { type score highlight node { ... on Passage { id start end raw role source { id title } } } } pageInfo { hasNextPage endCursor }
        }
      }`),
    );
    expect(res.errors).toBeUndefined();
    const { edges, totalCount } = res.data!.search;
    expect(totalCount).toBeGreaterThan(5);
    expect(edges).toHaveLength(5);
    expect(edges[0]!.score).toBeGreaterThanOrEqual(edges[4]!.score);
    for (const e of edges) {
      if (!('raw' in e.node)) throw new Error(`a ${e.type} hit without a passage`);
      expect(e.node.end - e.node.start).toBe(e.node.raw.length);
      expect(e.type).toBe('PASSAGE');
      expect(e.node.role).not.toBe('PAGE_FURNITURE');
      expect(e.highlight).toMatch(/\[\[(live|stream)/i);
    }
    expect(new Set(edges.map((e) => ('source' in e.node ? e.node.source.id : null))).size).toBeGreaterThanOrEqual(1);
  });

  it('finds decoded slide text and treats Lucene syntax in input as plain words', async () => {
    const res = await api.gql(
      graphql(
        `query ApiSlideSearch { search(query: "consultation process IWG_OSO", types: [PASSAGE]) { edges { node { ... on Passage { source { id } text } } } } }`,
      ),
    );
    expect(res.data!.search.edges.some((e) => 'source' in e.node && e.node.source.id === 'iwg-oso-2018')).toBe(true);
    for (const q of ['"unclosed', 'a AND OR', 'title:(x) OR *', '\\', '']) {
      const r = await api.gql(graphql(`query ApiSearchCount($q: String!) { search(query: $q) { totalCount } }`), { q });
      expect(r.errors, q).toBeUndefined();
    }
  });
});
