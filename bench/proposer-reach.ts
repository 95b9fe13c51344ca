/**
 * `npx tsx bench/proposer-reach.ts`: where the link proposer loses the curated relations it misses.
 * Runs the proposer (docs/proposer.md) against a local Neo4j seeded with the corpus, as
 * `test/proposer.test.ts` does, at its defaults and with its limits lifted: every scored candidate,
 * first from the 40 full-text neighbours per item it considers, then from 200. The recall with
 * every candidate kept is the most any ranking could reach from those candidates, so the runs
 * separate what candidate generation misses from what the ranking (3 per item) leaves out.
 * NEO4J_URI, or a local Neo4j kept in a temporary folder (seeded on each run).
 */
process.env.NODE_ENV = 'production';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectNeo4j } from '../db/connect.ts';
import { loadSeed, prepareSeed } from '../seed/load.ts';
import { evaluate, proposalId, proposeLinks, readOnce, type Proposal } from '../seed/relations/propose.ts';

const connection = await connectNeo4j({
  dataDir: process.env.NEO4J_URI ? undefined : join(tmpdir(), 'triangulate-proposer-reach-neo4j'),
  port: 'free',
  heap: '1g',
  pageCache: '256m',
  log: () => undefined,
});
try {
  await loadSeed(connection.driver);
  const seed = prepareSeed();
  const rejected = new Set(seed.relations.decisions.map((d) => proposalId(d.from, d.to)));
  const curated = seed.relations.relations.filter((r) => r.status === 'curated');
  const cached = readOnce(connection.driver);
  const everything = { perItem: 100_000, perSource: 100_000, minScore: -1_000 };
  const runs: [string, Parameters<typeof proposeLinks>[1]][] = [
    ['defaults (3 per item, 2 per source, 40 neighbours)', {}],
    ['every candidate of the 40 neighbours', everything],
    ['every candidate of 200 neighbours', { ...everything, neighbours: 200 }],
  ];
  console.log(`curated relations: ${curated.length}`);
  for (const [name, options] of runs) {
    const q = evaluate(await proposeLinks(cached, { exclude: rejected, ...options }), curated);
    console.log(`${name}: ${q.matched} found (recall ${q.recall} %), ${q.proposals} proposals`);
  }
  // How far the ranking is from the target: each curated pair's best place in either end's list of
  // scored candidates (every candidate of 200 neighbours; the score of a pair is the same from both ends).
  const all = await proposeLinks(cached, { exclude: rejected, ...everything, neighbours: 200 });
  const lists = new Map<string, Proposal[]>();
  for (const p of all) for (const end of [p.from, p.to]) lists.set(end, [...(lists.get(end) ?? []), p]);
  const place = new Map<string, number>();
  for (const list of lists.values()) list.forEach((p, i) => place.set(p.id, Math.min(place.get(p.id) ?? Infinity, i + 1)));
  const bands: [string, number][] = [
    ['1-3', 3],
    ['4-10', 10],
    ['11-50', 50],
    ['below 50', Infinity],
  ];
  const counts = bands.map(([label, upTo], i) => {
    const from = i ? bands[i - 1]![1] : 0;
    return `${label}: ${
      curated.filter((c) => {
        const r = place.get(proposalId(c.from, c.to));
        return r !== undefined && r > from && r <= upTo;
      }).length
    }`;
  });
  const unseen = curated.filter((c) => !place.has(proposalId(c.from, c.to))).length;
  console.log(`curated pairs by their best place in either end's scored list (200 neighbours): ${counts.join(', ')}, not a candidate: ${unseen}`);
} finally {
  await connection.close();
}
