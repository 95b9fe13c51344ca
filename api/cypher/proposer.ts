/** Cypher around the API's run of the link proposer: what is already decided, and what waits. */
import { int, str } from '../data/decode.ts';
import { columns } from '../data/query.ts';

/** Pairs that need no proposal: items already related, and links a curator already decided. */
export function decidedPairs() {
  return {
    cypher: `MATCH (a)-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTED_VS_OPEN]->(b) RETURN a.id AS from, b.id AS to
UNION
MATCH (a)-[p:PROPOSED_LINK]->(b) WHERE p.status <> 'proposed' RETURN a.id AS from, b.id AS to`,
    params: {},
    row: columns({ from: str, to: str }),
  };
}

export function waitingLinks() {
  return { cypher: `MATCH ()-[p:PROPOSED_LINK {status: 'proposed'}]->() RETURN count(p) AS n`, params: {}, row: columns({ n: int }) };
}
