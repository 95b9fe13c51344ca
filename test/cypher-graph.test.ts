import { describe, expect, it } from 'vitest';
import { consensusOf } from '../api/cypher/consensus.ts';
import { STATUSED_TYPES, expand, mostContested, nodesAndEdges, resolveFocus, type GraphFilterParams } from '../api/cypher/graph.ts';
import { searchAll } from '../api/cypher/search.ts';
import { filterParams } from '../api/graph/load.ts';

const plain: GraphFilterParams = { types: null, sources: null, topics: null, relTypes: ['SUPPORTS'], statuses: ['curated'] };
const hostile: GraphFilterParams = {
  types: ["CLAIM' OR 1=1 //"],
  sources: ['}) DETACH DELETE n //'],
  topics: ['`x`'],
  relTypes: ['SUPPORTS]->() DELETE r //'],
  statuses: ["curated' OR true //"],
};

describe('graph, search and consensus Cypher builders', () => {
  it('the default focus query, exactly', () => {
    const q = mostContested(plain, 5);
    expect(q.cypher.split('\n')[0]).toBe('MATCH (n)-[r:CONTRADICTS|QUALIFIES]-()');
    expect(q.cypher.split('\n').slice(-3)).toEqual([
      'WITH n, count(r) AS disagreements',
      'ORDER BY disagreements DESC, n.id',
      'RETURN collect(n.id)[..$limit] AS ids',
    ]);
    expect(q.params).toEqual({ ...plain, statusedTypes: STATUSED_TYPES, limit: 5 });
  });

  it('never puts a value into the query text: the text is the same whatever the values', () => {
    const pairs = [
      [resolveFocus(['a'], plain, 0, 10), resolveFocus(["x' OR 1=1 //"], hostile, 5, 200)],
      [expand(['a'], plain, 0, 10), expand(['}) MATCH (m) DETACH DELETE m //'], hostile, 3, 7)],
      [nodesAndEdges(['a'], plain), nodesAndEdges(['"; DROP'], hostile)],
      [mostContested(plain, 5), mostContested(hostile, 50)],
      [
        searchAll('x', { types: ['CLAIM'], sources: null, topics: null }, 0, 10),
        searchAll("') YIELD x //", { types: ["CLAIM' //"], sources: ['s'], topics: ['t'] }, 10, 20),
      ],
      [consensusOf('a'), consensusOf("a' OR 1=1")],
    ];
    for (const [a, b] of pairs) {
      expect(b!.cypher).toBe(a!.cypher);
      for (const [k, v] of Object.entries(b!.params))
        for (const x of [v].flat()) if (k !== 'statusedTypes' && typeof x === 'string' && x.length > 3) expect(b!.cypher).not.toContain(x);
    }
  });

  it('passes the filter and paging as parameters', () => {
    const q = expand(['x', 'y'], plain, 25, 10);
    expect(q.params).toEqual({ ids: ['x', 'y'], ...plain, statusedTypes: STATUSED_TYPES, offset: 25, limit: 10 });
    expect(q.cypher).toContain('neighbours[$offset..$offset + $limit]');
    expect(resolveFocus(['t'], plain, 0, 5).params).toMatchObject({ ids: ['t'], offset: 0, limit: 5 });
    expect(consensusOf('c1').params).toEqual({ id: 'c1' });
  });

  it('maps the GraphQL filter to relationship types and statuses', () => {
    expect(filterParams(null)).toEqual({
      types: null,
      sources: null,
      topics: null,
      relTypes: [
        'SUPPORTS',
        'CONTRADICTS',
        'QUALIFIES',
        'ASSERTED_VS_OPEN',
        'ATTRIBUTES_TO',
        'RAISES',
        'ADDRESSES',
        'CHALLENGES',
        'REINFORCES',
        'PROPOSED_LINK',
      ],
      statuses: ['curated'],
    });
    expect(filterParams({ kinds: ['RAISES_GAP', 'PROPOSED', 'MORE'], statuses: ['PROPOSED', 'CURATED'], types: ['CLAIM', 'GROUP'], sources: [] })).toEqual({
      types: ['CLAIM'],
      sources: null,
      topics: null,
      relTypes: ['RAISES', 'PROPOSED_LINK'],
      statuses: ['proposed', 'curated'],
    });
    expect(() => filterParams({ sources: Array.from({ length: 51 }, (_, i) => `s${i}`) })).toThrow(/at most 50/);
  });
});
