import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { currentFingerprint, loadSeed, prepareSeed } from '../seed/load.ts';
import { testDriver } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('seed load (real Neo4j)', () => {
  it('loading twice leaves identical node and relationship counts', async () => {
    const data = prepareSeed();
    await loadSeed(driver, data);
    const first = await graphCounts(driver);
    await loadSeed(driver, data);
    expect(await graphCounts(driver)).toEqual(first);
    const passages = data.sources.reduce((n, s) => n + s.passages.length, 0);
    expect(first['node:Source']).toBe(5);
    expect(first['node:Passage']).toBe(passages);
    expect(first['rel:IN']).toBe(passages);
    expect(first['rel:NEXT']).toBe(passages - 5);
    expect(await currentFingerprint(driver)).toBe(data.fingerprint);
  });

  it('stores, for every passage, exactly the raw file text between its offsets', async () => {
    const files = new Map(loadCorpus().map((s) => [s.id, s.raw]));
    const { records } = await driver.executeQuery('MATCH (p:Passage) RETURN p.sourceId AS s, p.start AS start, p.end AS end, p.raw AS raw ORDER BY s, start');
    expect(records.length).toBeGreaterThan(2000);
    const covered = new Map<string, number>();
    for (const r of records) {
      const raw = files.get(r.get('s'))!;
      expect(r.get('raw')).toBe(raw.slice(r.get('start'), r.get('end')));
      expect(r.get('start')).toBe(covered.get(r.get('s')) ?? 0);
      covered.set(r.get('s'), r.get('end'));
    }
    for (const [id, raw] of files) expect(covered.get(id)).toBe(raw.length);
  });

  it('has the full-text index over passage text online', async () => {
    const { records } = await driver.executeQuery(
      `SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties WHERE name = 'passage_text' RETURN state, labelsOrTypes, properties`,
    );
    expect(records[0]?.get('state')).toBe('ONLINE');
    expect(records[0]?.get('properties')).toEqual(['text']);
  });
});
