/**
 * `npm run ingest -- FILE --replace` over a source with accepted items (real command, real API,
 * real Neo4j): a revision that keeps an item's words re-anchors it — new offsets, the same quote,
 * QUOTED_FROM re-made to the new passages, its candidate still accepted and pointing at it — and a
 * revision that drops them is refused, naming the item, with nothing written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { dataVersion } from '../api/cypher/sources.ts';
import { graphql } from './gql/index.ts';
import { startApi, testDriver, type RunningApi, runCommand } from './helpers.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [{ name: 'remy', role: 'curator', token: 'remy-replace-curator-token-1' }];
const SOURCE = 'replace-note';
const FIGURE = 'About 40% of the 200 cases were online.';
const V1 = `# A note on reports\n\n${FIGURE}\n\nLittle is known about the offenders who travel.\n`;
// A new opening paragraph moves the figure; its words stay.
const V2 = `# A note on reports\n\nThis revision adds an opening paragraph about the data.\n\n${FIGURE}\n\nLittle is known about the offenders who travel.\n`;
// The figure's sentence is gone.
const V3 = `# A note on reports\n\nThis revision adds an opening paragraph about the data.\n\nLittle is known about the offenders who travel.\n`;

const ACCEPT = graphql(`
  mutation ReplaceAccept($id: ID!, $input: AcceptCandidateInput) {
    acceptCandidate(id: $id, input: $input) {
      item {
        __typename
        ... on Statistic {
          id
        }
      }
    }
  }
`);

const SOURCE_TITLES = graphql(`
  query ReplaceSourceTitles {
    sources {
      id
      title
    }
  }
`);

let api: RunningApi;
let driver: Driver;
let dir: string;
let countsBefore: Record<string, number>;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommand('seed/ingest/cli.ts', args, { TRIANGULATE_INGEST_DIR: join(dir, 'store') });
}

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** The data version the API keys its kept answers by (api/cypher/sources.ts). */
async function version(): Promise<string> {
  const q = dataVersion();
  return (await driver.executeQuery(q.cypher, q.params)).records[0]!.get('version') as string;
}

/** The item's anchor and links, and its candidate's decision. */
async function itemState(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (n:Statistic {id: $id})
     OPTIONAL MATCH (n)-[:QUOTED_FROM]->(p:Passage)
     OPTIONAL MATCH (c:Candidate {itemId: $id})
     RETURN n.start AS start, n.end AS end, n.quote AS quote, n.prefix AS prefix, collect(DISTINCT p.raw) AS passages,
            collect(DISTINCT c.status) AS candidate`,
    { id },
  );
  return records[0]!.toObject() as { start: number; end: number; quote: string; prefix: string; passages: string[]; candidate: string[] };
}

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  dir = mkdtempSync(join(tmpdir(), 'triangulate-replace-'));
  api = await startApi({ tokens: TOKENS });
});

afterAll(async () => {
  await api?.close();
  await driver.executeQuery(
    `MATCH (s:Source {id: $id}) OPTIONAL MATCH (n:Claim|Statistic {sourceId: $id}) OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE n, x, s`,
    { id: SOURCE },
  );
  await driver.executeQuery(`MATCH (a:AuditRecord {actor: 'remy'}) DELETE a`);
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('--replace over accepted items', () => {
  let itemId: string;

  it('re-anchors an accepted item whose words are in the revision, with its passage links', async () => {
    const first = await cli(file('v1.md', V1), '--id', SOURCE, '--json');
    expect(first.code, first.stderr).toBe(0);
    const candidates = (JSON.parse(first.stdout) as { candidates: { id: string; type: string; quote: string }[] }).candidates;
    const stat = candidates.find((c) => c.type === 'statistic' && c.quote.includes('40%'))!;
    const accepted = await api.gql(
      ACCEPT,
      {
        id: stat.id,
        input: {
          start: V1.indexOf(FIGURE),
          end: V1.indexOf(FIGURE) + FIGURE.length,
          unit: 'percent',
          measure: 'share of cases that were online',
          topics: ['data-measurement'],
        },
      },
      { token: TOKENS[0]!.token },
    );
    expect(accepted.errors).toBeUndefined();
    itemId = (accepted.data!.acceptCandidate.item as { id: string }).id;
    expect(await itemState(itemId)).toMatchObject({ start: V1.indexOf(FIGURE), quote: FIGURE, candidate: ['accepted'] });

    const run = await cli(file('v2.md', V2), '--id', SOURCE, '--replace');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('re-anchored 1 accepted item(s)');
    const after = await itemState(itemId);
    expect(after).toMatchObject({ start: V2.indexOf(FIGURE), end: V2.indexOf(FIGURE) + FIGURE.length, quote: FIGURE, candidate: ['accepted'] });
    expect(V2.slice(after.start - after.prefix.length, after.start)).toBe(after.prefix);
    expect(after.passages.length).toBeGreaterThan(0);
    expect(after.passages.join('')).toContain(FIGURE);
  }, 240_000);

  it('a replacement that keeps every count (a new title only) shows in the sources list the API keeps', async () => {
    const titleOf = async () => {
      const res = await api.gql(SOURCE_TITLES);
      expect(res.errors).toBeUndefined();
      return res.data!.sources.find((s) => s.id === SOURCE)?.title;
    };
    const before = await graphCounts(driver);
    const title = await titleOf();
    expect(title).toBeDefined();
    expect(await titleOf()).toBe(title);
    const versionBefore = await version();
    const run = await cli(file('v2-retitled.md', V2), '--id', SOURCE, '--replace', '--title', 'A retitled note on reports');
    expect(run.code, run.stderr).toBe(0);
    expect(await graphCounts(driver)).toEqual(before);
    // Every count is the same: the ingestion time the SeedInfo node keeps moves the data version.
    const versionAfter = await version();
    expect(versionAfter).not.toBe(versionBefore);
    const { records } = await driver.executeQuery(`MATCH (i:SeedInfo {id: 'seed'}), (s:Source {id: $id}) RETURN i.ingestedAt = s.ingestedAt AS same`, {
      id: SOURCE,
    });
    expect(records[0]!.get('same')).toBe(true);
    expect(await titleOf()).toBe('A retitled note on reports');
  }, 240_000);

  it('refuses a revision without the item’s words, naming the item; nothing is written', async () => {
    const before = await graphCounts(driver);
    const state = await itemState(itemId);
    const run = await cli(file('v3.md', V3), '--id', SOURCE, '--replace');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('v3.md');
    expect(run.stderr).toContain(`--replace would lose 1 accepted item(s)`);
    expect(run.stderr).toContain(itemId);
    expect(run.stderr).toContain(FIGURE);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await itemState(itemId)).toEqual(state);
  }, 240_000);
});
