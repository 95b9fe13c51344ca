/** The checks of the reliability suite, in order, with their sizes: full (npm run reliability) or short (inside npm test). */
import { audit, load, soak } from './load.ts';
import { authMatrix, tokenGuessing } from './auth.ts';
import { durability, type DurabilitySize } from './durability.ts';
import { fuzz } from './fuzz.ts';
import type { Neo4jControl } from './system.ts';
import { post, type Target } from './target.ts';

/**
 * The order matters: failed authentications (auth matrix, fuzzed headers, token guessing) block
 * this client's tokens for a while, so the durability check's curator writes go before them, and
 * token guessing, which blocks longest, goes last.
 */
export const CHECKS = ['audit', 'durability', 'auth', 'load', 'soak', 'fuzz', 'tokens'] as const;
export type Check = (typeof CHECKS)[number];

export interface Size {
  connections: number;
  loadSeconds: number;
  /** The same load first, not counted (reported apart): Neo4j plans each distinct statement on first use and the caches fill. */
  warmupSeconds: number;
  soakSeconds: number;
  fuzz: number;
  guesses: number;
  durability: DurabilitySize;
  /** The whole run's bound, Neo4j's start and the seed included. */
  maxMinutes: number;
}

export const SIZES: { full: Size; short: Size } = {
  full: {
    connections: 200,
    loadSeconds: 60,
    warmupSeconds: 20,
    soakSeconds: 180,
    fuzz: 10_000,
    guesses: 200,
    durability: { writers: 8, kills: 2, writeBeforeKillMs: 15_000, writeAfterRecoveryMs: 10_000 },
    maxMinutes: 45,
  },
  short: {
    connections: 50,
    loadSeconds: 3,
    warmupSeconds: 2,
    soakSeconds: 3,
    fuzz: 300,
    guesses: 30,
    durability: { writers: 4, kills: 1, writeBeforeKillMs: 1500, writeAfterRecoveryMs: 1000 },
    maxMinutes: 8,
  },
};

export type Results = Partial<Record<Check, Record<string, unknown> & { ms: number }>>;

/**
 * Waits (at most a minute) until a read answers within a second: work the previous check left
 * behind (requests its clients gave up on are still served) must not count against the next.
 */
export async function settle(t: Target): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    const asked = performance.now();
    const ok = await post(t.url, { query: '{ sources { id } }' }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok && performance.now() - asked < 1000) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return Math.round(performance.now() - started);
}

/** Runs the chosen checks in order; `onResult` sees each as it ends (so a run cut short keeps what it has). */
export async function runChecks(
  t: Target,
  only: readonly Check[],
  size: Size,
  opts: {
    log?: (s: string) => void;
    neo4j?: Neo4jControl;
    onStart?: (c: Check) => void;
    onResult?: (c: Check, r: Record<string, unknown> & { ms: number }) => void;
  } = {},
): Promise<Results> {
  const log = opts.log ?? (() => undefined);
  const results: Results = {};
  const run: Record<Check, () => Promise<object>> = {
    audit: () => audit(t),
    durability: () => {
      if (!opts.neo4j) throw new Error('the durability check needs a Neo4j of its own to kill');
      return durability(t, opts.neo4j, size.durability, log);
    },
    auth: () => authMatrix(t),
    load: () => load(t, size.connections, size.loadSeconds, size.warmupSeconds),
    soak: () => soak(t, size.soakSeconds),
    fuzz: () => fuzz(t, size.fuzz),
    tokens: () => tokenGuessing(t, size.guesses),
  };
  const chosen = CHECKS.filter((c) => only.includes(c));
  for (const [i, c] of chosen.entries()) {
    if (i > 0) log(`settled in ${await settle(t)} ms`);
    const started = performance.now();
    log(`check ${i + 1} of ${chosen.length}: ${c}…`);
    opts.onStart?.(c);
    // A check that fails to run is recorded as failed, and the others still run.
    const outcome = await run[c]().catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
    const r = { ...outcome, ms: Math.round(performance.now() - started) };
    results[c] = r;
    opts.onResult?.(c, r);
  }
  return results;
}
