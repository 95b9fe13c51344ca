/**
 * A re-seed keeps what curators accepted from an ingested document, once it is exported: ingest a
 * note, accept a statistic (with a narrowed quote) and a research gap through the API, run
 * `npm run ingest:export` into a user corpus folder, re-seed from the seed files plus that folder,
 * and the items are still there with the same offsets, quote, passages and provenance; the source
 * still reads as ingested with its candidates. Re-seeding without the export drops the items
 * (what the export is for). Real Neo4j, real HTTP, the real command. The seed is restored after.
 * A re-seed is one transaction over the whole corpus (tens of seconds on a busy machine), hence the timeouts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ApiToken } from '../api/config.ts';
import { sha256 } from '../seed/corpus.ts';
import { EvidenceFile } from '../seed/evidence/schema.ts';
import { prepareIngest, type IngestReport } from '../seed/ingest/ingest.ts';
import { writeIngest } from '../seed/ingest/write.ts';
import { loadSeed, prepareSeed } from '../seed/load.ts';
import { graphql } from './gql/index.ts';
import { startApi, testDriver, type RunningApi, runCommand } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [{ name: 'rhea', role: 'curator', token: 'rhea-reseed-curator-token-01' }];
const CURATOR = { token: TOKENS[0]!.token };
const SOURCE = 'reseed-note';
const TEXT =
  '# Reporting abroad: a note\n\n## Key findings\n\nIn 2014, 42% of the 310 reports concerned travel abroad.\n\n## Future research\n\n- Little is known about how offenders choose destinations.\n';

const ACCEPT = graphql(`
  mutation ReseedAccept($id: ID!, $input: AcceptCandidateInput) {
    acceptCandidate(id: $id, input: $input) {
      item {
        __typename
        ... on Claim {
          id
          quote {
            exact
            start
            end
          }
        }
        ... on Statistic {
          id
          quote {
            exact
            start
            end
          }
        }
      }
    }
  }
`);
const ITEM = graphql(`
  query ReseedItem($id: ID!) {
    evidence(id: $id) {
      __typename
      ... on Claim {
        id
        text
        quote {
          exact
          start
          end
        }
        raises {
          id
          question
        }
      }
      ... on Statistic {
        id
        value
        unit
        quote {
          exact
          start
          end
        }
      }
    }
  }
`);

let api: RunningApi;
let driver: Driver;
let dir: string;
let report: IngestReport;
let countsBefore: Record<string, number>;

function exportCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommand('seed/ingest/export-cli.ts', args, { TRIANGULATE_USER_CORPUS: join(dir, 'user-corpus') });
}

/** What the graph holds of an item: offsets, quote, passages it is quoted from, provenance. */
async function stored(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (n {id: $id}) WHERE n:Claim OR n:Statistic
     OPTIONAL MATCH (n)-[:QUOTED_FROM]->(p:Passage)
     WITH n, p ORDER BY p.ordinal
     RETURN n.start AS start, n.end AS end, n.quote AS quote, n.candidateId AS candidateId, n.curator AS curator, collect(p.id) AS passages`,
    { id },
  );
  return records[0]?.toObject() ?? null;
}

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  dir = mkdtempSync(join(tmpdir(), 'triangulate-reseed-'));
  const file = join(dir, 'reseed-note.md');
  writeFileSync(file, TEXT);
  report = await prepareIngest(file, { id: SOURCE, title: 'Reporting abroad', year: '2024' });
  await writeIngest(driver, report);
  api = await startApi({ tokens: TOKENS });
});

afterAll(async () => {
  await api?.close();
  await driver.executeQuery(
    `MATCH (s:Source {id: $id})
     OPTIONAL MATCH (n:Claim|Statistic {sourceId: $id}) OPTIONAL MATCH (n)-[:RAISES]->(g:ResearchGap)
     OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s)
     DETACH DELETE n, g, x, s`,
    { id: SOURCE },
  );
  await driver.executeQuery(`MATCH (a:AuditRecord) WHERE a.actor = 'rhea' DELETE a`);
  // Back to the seed of the files alone (the fingerprint other tests expect).
  await loadSeed(driver, prepareSeed());
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a re-seed after npm run ingest:export', () => {
  let statistic: { id: string; start: number; end: number; exact: string };
  let gap: { id: string; start: number; end: number; exact: string };

  it('accepts items, exports the text, its metadata and the items to the user corpus', async () => {
    const stat = report.candidates.find((c) => c.type === 'statistic' && c.quote.includes('42%'))!;
    const gapCand = report.candidates.find((c) => c.type === 'gap')!;
    expect(stat && gapCand).toBeTruthy();
    // The curator narrows the statistic's quote to its clause.
    const start = TEXT.indexOf('42% of the 310 reports');
    const end = start + '42% of the 310 reports'.length;
    const a = await api.gql(
      ACCEPT,
      { id: stat.id, input: { start, end, value: 42, unit: 'percent', measure: 'share of reports concerning travel abroad', topics: ['travel-tourism'] } },
      CURATOR,
    );
    expect(a.errors).toBeUndefined();
    const s = a.data!.acceptCandidate.item!;
    if (s.__typename !== 'Statistic') throw new Error(`expected a statistic, got ${s.__typename}`);
    statistic = { id: s.id, ...s.quote };
    expect(statistic).toMatchObject({ start, end, exact: '42% of the 310 reports' });
    const g = await api.gql(ACCEPT, { id: gapCand.id, input: { question: 'How do offenders choose destinations?', topics: ['travel-tourism'] } }, CURATOR);
    expect(g.errors).toBeUndefined();
    const gi = g.data!.acceptCandidate.item!;
    if (gi.__typename !== 'Claim') throw new Error(`expected a claim, got ${gi.__typename}`);
    gap = { id: gi.id, ...gi.quote };

    const run = await exportCli('--source', SOURCE);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 statistics, 0 misconceptions, 1 gaps/);
    const user = join(dir, 'user-corpus');
    expect(readFileSync(join(user, `${SOURCE}.txt`), 'utf8')).toBe(TEXT);
    const sources = JSON.parse(readFileSync(join(user, 'sources.json'), 'utf8')) as { sources: { id: string; sha256: string; ingested: boolean }[] };
    expect(sources.sources).toEqual([expect.objectContaining({ id: SOURCE, sha256: sha256(TEXT), ingested: true, title: 'Reporting abroad', year: 2024 })]);
    const evidence = EvidenceFile.parse(parse(readFileSync(join(user, 'evidence', `${SOURCE}.yaml`), 'utf8')));
    expect(evidence.statistics).toEqual([expect.objectContaining({ id: statistic.id, start, end, quote: '42% of the 310 reports' })]);
    expect(evidence.statistics[0]!.accepted).toMatchObject({ candidate: stat.id, curator: 'rhea' });
    expect(evidence.gaps).toEqual([expect.objectContaining({ id: gap.id, question: 'How do offenders choose destinations?' })]);
    // The passages the ingest wrote go with it.
    const passages = JSON.parse(readFileSync(join(user, 'passages', `${SOURCE}.json`), 'utf8')) as { passages: unknown[] };
    expect(passages.passages).toEqual(report.passages.map((p) => ({ start: p.start, end: p.end, role: p.ingestRole, section: p.section })));
  });

  it('a re-seed takes the exported passages as they are, not the segmenter’s of the day; passages that do not tile the text are refused', () => {
    const copy = join(dir, 'user-corpus-edited');
    cpSync(join(dir, 'user-corpus'), copy, { recursive: true });
    const file = join(copy, 'passages', `${SOURCE}.json`);
    const { passages } = JSON.parse(readFileSync(file, 'utf8')) as { passages: { start: number; end: number; role: string; section: string | null }[] };
    expect(passages.length).toBeGreaterThan(2);
    // Another tiling than the segmenter's: the first two passages as one.
    const merged = [{ ...passages[0]!, end: passages[1]!.end }, ...passages.slice(2)];
    writeFileSync(file, JSON.stringify({ passages: merged }));
    const seeded = prepareSeed(undefined, undefined, undefined, copy).sources.find((s) => s.source.id === SOURCE)!;
    expect(seeded.passages.map((p) => [p.id, p.start, p.end])).toEqual(merged.map((p, k) => [`${SOURCE}:p${String(k + 1).padStart(4, '0')}`, p.start, p.end]));

    writeFileSync(file, JSON.stringify({ passages: [{ ...passages[0]!, end: passages[0]!.end - 1 }, ...passages.slice(1)] }));
    expect(() => prepareSeed(undefined, undefined, undefined, copy)).toThrow(/passages\/reseed-note\.json: passage 2 spans .*tile the text/);
    writeFileSync(file, JSON.stringify({ passages: [{ ...passages[0]!, role: 'sidebar' }, ...passages.slice(1)] }));
    expect(() => prepareSeed(undefined, undefined, undefined, copy)).toThrow(/passages\/reseed-note\.json: field passages\.0\.role/);
  });

  it('re-seeds with the user corpus: the items keep their offsets, quote, passages and provenance', async () => {
    const before = { statistic: await stored(statistic.id), gap: await stored(gap.id) };
    expect(before.statistic!.passages.length).toBeGreaterThan(0);
    const seed = prepareSeed(undefined, undefined, undefined, join(dir, 'user-corpus'));
    expect(seed.sources.map((s) => s.source.id)).toContain(SOURCE);
    await loadSeed(driver, seed);

    expect(await stored(statistic.id)).toEqual(before.statistic);
    expect(await stored(gap.id)).toEqual(before.gap);
    const item = await api.gql(ITEM, { id: statistic.id });
    expect(item.data!.evidence).toMatchObject({
      __typename: 'Statistic',
      value: 42,
      unit: 'percent',
      quote: { exact: statistic.exact, start: statistic.start, end: statistic.end },
    });
    const g = await api.gql(ITEM, { id: gap.id });
    expect(g.data!.evidence).toMatchObject({ quote: { start: gap.start, end: gap.end }, raises: [{ question: 'How do offenders choose destinations?' }] });
    const { records } = await driver.executeQuery(
      `MATCH (s:Source {id: $id}) RETURN s.ingested AS ingested, COUNT { (:Passage)-[:IN]->(s) } AS passages,
         COUNT { (c:Candidate)-[:CANDIDATE_IN]->(:Passage)-[:IN]->(s) } AS linked, COUNT { (c:Candidate {status: 'accepted'})-[:CANDIDATE_OF]->(s) } AS accepted`,
      { id: SOURCE },
    );
    expect(records[0]!.toObject()).toEqual({ ingested: true, passages: report.passages.length, linked: report.candidates.length, accepted: 2 });
  }, 240_000);

  it('without the user corpus a re-seed drops them (the export is what keeps them)', async () => {
    await loadSeed(driver, prepareSeed(undefined, undefined, undefined, null));
    expect(await stored(statistic.id)).toBeNull();
    expect(await stored(gap.id)).toBeNull();
  }, 240_000);
});
