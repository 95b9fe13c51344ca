import type { CypherQuery } from './sources.ts';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Turns what a person types into a safe Lucene query: special characters are escaped, so input
 * cannot change the query's structure; a quoted part stays a phrase; other words are OR-ed with
 * a boost for documents holding all of them.
 */
export function luceneQuery(input: string): string | null {
  const phrases: string[] = [];
  const rest = input.replace(/"([^"]+)"/g, (_, p: string) => {
    const words = p.replace(LUCENE_SPECIAL, ' ').trim();
    if (words) phrases.push(`"${words}"`);
    return ' ';
  });
  const words = rest
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w && !/^(AND|OR|NOT)$/.test(w));
  const terms = [...phrases, ...words];
  if (terms.length === 0) return null;
  if (terms.length === 1) return terms[0]!;
  return `(${terms.join(' AND ')})^2 OR ${terms.join(' OR ')}`;
}

export function searchPassages(lucene: string, skip: number, limit: number): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('passage_text', $q) YIELD node, score
WHERE node.role <> 'pageFurniture'
MATCH (node)-[:IN]->(s:Source)
WITH collect({passage: node {.*, source: s {.*, passageCount: COUNT { (s)<-[:IN]-(:Passage) }}}, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit + 1] AS page`,
    params: { q: lucene, skip, limit },
  };
}
