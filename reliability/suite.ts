/** The checks of the reliability suite, in order, with their sizes: full (npm run reliability) or short (inside npm test). */
import { audit, load, soak } from './load.ts';
import { authMatrix, tokenGuessing } from './auth.ts';
import { fuzz } from './fuzz.ts';
import type { Target } from './target.ts';

export const CHECKS = ['audit', 'auth', 'load', 'soak', 'fuzz', 'tokens'] as const;
export type Check = (typeof CHECKS)[number];

export const SIZES = {
  full: { connections: 200, loadSeconds: 60, soakSeconds: 180, fuzz: 10_000, guesses: 200 },
  short: { connections: 50, loadSeconds: 3, soakSeconds: 3, fuzz: 300, guesses: 30 },
};

export async function runChecks(t: Target, only: readonly Check[], size: (typeof SIZES)['full'], log: (s: string) => void = () => undefined) {
  const results: Partial<Record<Check, unknown>> = {};
  const run: Record<Check, () => Promise<unknown>> = {
    audit: () => audit(t),
    auth: () => authMatrix(t),
    load: () => load(t, size.connections, size.loadSeconds),
    soak: () => soak(t, size.soakSeconds),
    fuzz: () => fuzz(t, size.fuzz),
    // Last: it leaves this client blocked from authenticating for a while.
    tokens: () => tokenGuessing(t, size.guesses),
  };
  for (const c of CHECKS) {
    if (!only.includes(c)) continue;
    const started = performance.now();
    log(`${c}…`);
    results[c] = { ...((await run[c]()) as object), ms: Math.round(performance.now() - started) };
    log(`${c}: ${JSON.stringify(results[c]).slice(0, 300)}`);
  }
  return results;
}
