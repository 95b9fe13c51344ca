import { describe, expect, it } from 'vitest';
import { luceneQuery, searchAll } from '../api/cypher/search.ts';
import { listSources, passagesOfSources } from '../api/cypher/sources.ts';
import { highlight } from '../api/highlight.ts';

describe('Cypher builders', () => {
  it('escapes Lucene syntax so input cannot change the query', () => {
    expect(luceneQuery('grooming')).toBe('grooming');
    expect(luceneQuery('a:b (c) *')).toBe('(a\\:b AND \\(c\\) AND \\*)^2 OR a\\:b OR \\(c\\) OR \\*');
    expect(luceneQuery('"live streaming" abuse')).toBe('("live streaming" AND abuse)^2 OR "live streaming" OR abuse');
    expect(luceneQuery('AND OR NOT')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('keeps every value a parameter', () => {
    const q = searchAll('x', { types: ['PASSAGE'], sources: null, topics: null }, 20, 10);
    expect(q.params).toEqual({ q: 'x', types: ['PASSAGE'], sources: null, topics: null, skip: 20, limit: 10, cap: 1000 });
    expect(q.cypher).toContain("db.index.fulltext.queryNodes('passage_text', $q, {limit: $cap})");
    expect(q.cypher).toContain("db.index.fulltext.queryNodes('evidence_text', $q, {limit: $cap})");
    const p = passagesOfSources(["x' OR 1=1"], { around: "y' OR 1=1" }, 10, null);
    expect(p.cypher).not.toContain("x' OR");
    expect(p.params.sourceIds).toEqual(["x' OR 1=1"]);
    expect(p.cypher).not.toContain("y' OR");
    expect(p.params.around).toBe("y' OR 1=1");
    expect(listSources().cypher).toBe(
      'MATCH (s:Source) RETURN s {.*, passageCount: COUNT { (s)<-[:IN]-(:Passage) }, claimCount: COUNT { (s)<-[:FROM]-(:Claim) }, statisticCount: COUNT { (s)<-[:FROM]-(:Statistic) }} AS source ORDER BY coalesce(s.year, 9999), s.title',
    );
  });

  it('highlights query words in context', () => {
    expect(highlight('Offenders use live streaming services.', 'streaming')).toBe('Offenders use live [[streaming]] services.');
    expect(highlight('a '.repeat(200) + 'target word here', 'target', 60)).toMatch(/^….*\[\[target\]\]/);
  });
});
