/**
 * `kill -9` of Neo4j under write load: clients keep writing audited curation annotations (each
 * with a text of its own, so it can be found again) while Neo4j is killed and restarted on the
 * same data folder. Afterwards every acknowledged write must be there, with its audit record, and
 * no write the API refused may have appeared. Also measured: how long after Neo4j can serve again
 * the API answers its first 200 — counted from an independent driver's first answer to the same
 * statement the API's request runs (so Neo4j's re-planning of it after the restart is not
 * counted against the API), and, for context, from its first answer to a trivial read.
 */
import { randomBytes } from 'node:crypto';
import { listSources } from '../api/cypher/sources.ts';
import { whenQueryable } from './neo4j-ready.ts';
import type { Neo4jControl } from './system.ts';
import type { Target } from './target.ts';

export interface DurabilitySize {
  writers: number;
  kills: number;
  /** Writing before each kill, and after the API answers again. */
  writeBeforeKillMs: number;
  writeAfterRecoveryMs: number;
}

export interface Recovery {
  /** From the kill to the restarted Neo4j's Bolt answering, and to its first answered read. */
  killToBoltMs: number;
  killToQueryableMs: number;
  /** From the kill to an independent driver's first answer to the statement of the API's probe request. */
  killToAnswersRequestMs: number;
  /** From that answer to the API's first 200 for that request: the API's own recovery (target ≤ 2 s). */
  answersRequestToApi200Ms: number;
  /** From the first trivial read to the API's first 200 (a read), and to its first acknowledged write. */
  queryableToApi200Ms: number;
  queryableToFirstWriteMs: number;
}

export interface DurabilityResult {
  writers: number;
  kills: number;
  attempts: number;
  acknowledged: number;
  refused: number;
  /** Acknowledged but missing (or changed) after the restarts. */
  lost: string[];
  /** Refused or unanswered, yet present: a write the client was told failed (with the answer it got, and when). */
  unacknowledgedPresent: string[];
  /** Answered COMMIT_OUTCOME_UNKNOWN (the connection failed during COMMIT): the client was told it may be saved; and how many of them are. */
  outcomeUnknown?: { answered: number; present: number };
  /** Present without the audit record of its transaction. */
  withoutAudit: string[];
  refusedBy: Record<string, number>;
  recoveries: Recovery[];
  recoveryMaxMs: number;
}

const UNKNOWN = 'COMMIT_OUTCOME_UNKNOWN';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const since = (t: number) => Math.round(performance.now() - t);

async function gql(t: Target, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown } | { error: string }> {
  try {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  } catch (e) {
    return { error: (e as Error).name === 'TimeoutError' ? 'no answer in 20 s' : 'connection failed' };
  }
}

/** After Neo4j is ready, how long the API has to answer a 200 before the check records a failed recovery. */
const GIVE_UP_MS = 120_000;

const ANNOTATE = 'mutation($itemId: ID!, $text: String!) { annotate(itemId: $itemId, text: $text) { annotation { id text } } }';

export async function durability(t: Target, neo: Neo4jControl, size: DurabilitySize, log: (s: string) => void = () => undefined): Promise<DurabilityResult> {
  const item = await t.driver.executeQuery('MATCH (c:Claim) RETURN c.id AS id ORDER BY c.id LIMIT 1', {}, { routing: 'READ' });
  const itemId = item.records[0]?.get('id') as string | undefined;
  if (!itemId) throw new Error('durability: the database has no claim to annotate (is it seeded?)');
  const run = randomBytes(6).toString('hex');
  const prefix = `Reliability write ${run} `;
  const acknowledged = new Map<string, string>();
  /** Each refused write: the answer, and when it was asked and answered relative to the last kill. */
  const refused = new Map<string, string>();
  const refusedBy: Record<string, number> = {};
  // The current kill, and the first acknowledged write asked for after it.
  let killedAt = Number.POSITIVE_INFINITY;
  let firstAckAfterKill: number | undefined;
  let killCount = 0;
  let writing = true;
  let attempts = 0;

  const writer = async (w: number) => {
    for (let k = 0; writing; k++) {
      const text = `${prefix}w${w} n${k}`;
      attempts++;
      const askedAt = performance.now();
      const r = await gql(t, { query: ANNOTATE, variables: { itemId, text } }, { authorization: `Bearer ${t.curator}` });
      const note =
        'status' in r ? (r.json as { data?: { annotate?: { annotation?: { id: string; text: string } } } } | null)?.data?.annotate?.annotation : undefined;
      if ('status' in r && r.status === 200 && note?.text === text) {
        acknowledged.set(text, note.id);
        if (askedAt > killedAt) firstAckAfterKill ??= performance.now();
      } else {
        const why =
          'error' in r
            ? r.error
            : `${r.status} ${(r.json as { errors?: { extensions?: { code?: string } }[] } | null)?.errors?.[0]?.extensions?.code ?? ''}`.trim();
        refusedBy[why] = (refusedBy[why] ?? 0) + 1;
        const asked = killCount ? `${Math.round(askedAt - killedAt)} ms from kill ${killCount}` : 'before any kill';
        refused.set(text, `${why}, asked ${asked}, answered in ${since(askedAt)} ms`);
        await sleep(50); // a refused client waits a little, as the Retry-After asks
      }
    }
  };
  const writers = Array.from({ length: size.writers }, (_, w) => writer(w));

  const recoveries: Recovery[] = [];
  try {
    for (let i = 0; i < size.kills; i++) {
      await sleep(size.writeBeforeKillMs);
      log(`durability: kill -9 of Neo4j (${i + 1} of ${size.kills}) with ${acknowledged.size} writes acknowledged so far`);
      firstAckAfterKill = undefined;
      killedAt = performance.now();
      killCount++;
      await neo.kill();
      // Watch from outside while it comes back: an independent driver's first read, and the API's first 200.
      const queryable = whenQueryable(neo.uri).then(since.bind(null, killedAt));
      const probe = listSources();
      const answersRequest = whenQueryable(neo.uri, probe.cypher, probe.params).then(since.bind(null, killedAt));
      let giveUpAt = Number.POSITIVE_INFINITY;
      const api200 = (async () => {
        for (;;) {
          const r = await gql(t, { query: '{ sources { id } }' });
          if ('status' in r && r.status === 200) return since(killedAt);
          if (performance.now() > giveUpAt) return Number.NaN;
          await sleep(20);
        }
      })();
      await neo.restart();
      const killToBoltMs = since(killedAt);
      log(`durability: Neo4j answers Bolt again ${(killToBoltMs / 1000).toFixed(1)} s after the kill`);
      const killToQueryableMs = await queryable;
      const killToAnswersRequestMs = await answersRequest;
      giveUpAt = performance.now() + GIVE_UP_MS;
      const killToApi200Ms = await api200;
      const waitFrom = performance.now();
      while (firstAckAfterKill === undefined && performance.now() - waitFrom < 30_000) await sleep(10);
      const killToFirstWriteMs = firstAckAfterKill === undefined ? Number.NaN : Math.round(firstAckAfterKill - killedAt);
      const recovery = {
        killToBoltMs,
        killToQueryableMs,
        killToAnswersRequestMs,
        answersRequestToApi200Ms: killToApi200Ms - killToAnswersRequestMs,
        queryableToApi200Ms: killToApi200Ms - killToQueryableMs,
        queryableToFirstWriteMs: killToFirstWriteMs - killToQueryableMs,
      };
      recoveries.push(recovery);
      log(`durability: back: ${JSON.stringify(recovery)}`);
      if (Number.isNaN(killToApi200Ms)) {
        log(`durability: the API answered no 200 within ${GIVE_UP_MS / 1000} s of Neo4j being ready: no further kill`);
        break;
      }
      await sleep(size.writeAfterRecoveryMs);
    }
  } finally {
    writing = false;
    await Promise.all(writers);
  }

  const { records } = await t.driver.executeQuery(
    `MATCH (a:Annotation) WHERE a.itemId = $itemId AND a.text STARTS WITH $prefix
     RETURN a.id AS id, a.text AS text, COUNT { MATCH (x:AuditRecord) WHERE x.relatedId = a.id } AS audits`,
    { itemId, prefix },
    { routing: 'READ' },
  );
  const present = new Map(records.map((r) => [r.get('text') as string, { id: r.get('id') as string, audits: r.get('audits') as number }]));
  const lost = [...acknowledged].filter(([text, id]) => present.get(text)?.id !== id).map(([text]) => text);
  // A write answered "outcome unknown" was not refused: the client was told it may have been saved.
  const unknown = new Set([...refused].filter(([, why]) => why.includes(UNKNOWN)).map(([text]) => text));
  const unacknowledgedPresent = [...present.keys()]
    .filter((text) => !acknowledged.has(text) && !unknown.has(text))
    .map((text) => `${text}: ${refused.get(text) ?? 'never asked'}`);
  const withoutAudit = [...present].filter(([, p]) => p.audits !== 1).map(([text]) => text);
  return {
    writers: size.writers,
    kills: size.kills,
    attempts,
    acknowledged: acknowledged.size,
    refused: refused.size - unknown.size,
    outcomeUnknown: { answered: unknown.size, present: [...unknown].filter((text) => present.has(text)).length },
    lost,
    unacknowledgedPresent,
    withoutAudit,
    refusedBy,
    recoveries,
    // NaN (no recovery) counts as the worst.
    recoveryMaxMs: Math.max(...recoveries.map((r) => (Number.isNaN(r.answersRequestToApi200Ms) ? Number.POSITIVE_INFINITY : r.answersRequestToApi200Ms))),
  };
}
