/**
 * Load and soak over the journey workload the benchmark uses (bench/queries.ts), with one item
 * lookup per claim and statistic of a page of each (so not every request is one of a dozen texts),
 * and the GraphQL-over-HTTP audit.
 */
import { serverAudits } from 'graphql-http';
import { mixedLoad } from '../bench/load.ts';
import { JOURNEY_QUERIES, type JourneyQuery } from '../bench/queries.ts';
import { post, type Target } from './target.ts';

/** Items looked up one by one in the workload (each once per cycle). */
const ITEM_LOOKUPS = 100;

/** The journey queries and, between them, lookups of single items with their quotes in context. */
export async function workload(t: Target): Promise<JourneyQuery[]> {
  const res = await post(t.url, {
    query: `{ claims(first: ${ITEM_LOOKUPS / 2}) { edges { node { id } } } statistics(first: ${ITEM_LOOKUPS / 2}) { edges { node { id } } } }`,
  });
  const data = (JSON.parse(res.text) as { data?: Record<'claims' | 'statistics', { edges: { node: { id: string } }[] }> }).data;
  if (!data) throw new Error(`the workload's item ids could not be read: ${res.status} ${res.text.slice(0, 200)}`);
  const ids = [...data.claims.edges, ...data.statistics.edges].map((e) => e.node.id);
  const lookups = ids.map((id) => ({
    name: `item ${id}`,
    query: `{ evidence(id: ${JSON.stringify(id)}) { id ... on Claim { text } ... on Statistic { measure } quote { exact context { passages { id text } } } source { id title } } }`,
  }));
  // Interleaved: a journey query after every few lookups.
  const every = Math.max(1, Math.floor(lookups.length / JOURNEY_QUERIES.length));
  const out: JourneyQuery[] = [];
  let j = 0;
  lookups.forEach((q, i) => {
    if (i % every === 0 && j < JOURNEY_QUERIES.length) out.push(JOURNEY_QUERIES[j++]!);
    out.push(q);
  });
  return [...out, ...JOURNEY_QUERIES.slice(j)];
}

export interface LoadResult {
  connections: number;
  seconds: number;
  /** Distinct requests in the workload. */
  workload: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
  perSecond: number;
  /** The warm-up before the measured run (same connections and workload), not counted against the target. */
  warmup?: { seconds: number; requests: number; errors: number; perSecond: number; p99ms: number };
}

export async function load(t: Target, connections: number, seconds: number, warmupSeconds = 0): Promise<LoadResult> {
  const queries = await workload(t);
  const w = warmupSeconds > 0 ? await mixedLoad(t.url, queries, connections, warmupSeconds) : undefined;
  const r = await mixedLoad(t.url, queries, connections, seconds);
  return {
    ...(w && { warmup: { seconds: warmupSeconds, requests: w.requests, errors: w.errors, perSecond: w.requestsPerSecond, p99ms: w.p99 } }),
    connections,
    seconds,
    workload: queries.length,
    requests: r.requests,
    // As autocannon counts them: connection errors including timeouts.
    errors: r.connectionErrors + r.timeouts,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    graphqlErrors: r.graphqlErrors,
    p50ms: r.p50,
    p99ms: r.p99,
    maxMs: r.max,
    perSecond: r.requestsPerSecond,
  };
}

/** The workload for `seconds` from 8 clients, the API's RSS sampled each second; the slope of a least-squares line, MB per minute. */
export async function soak(
  t: Target,
  seconds: number,
): Promise<{ seconds: number; requests: number; failures: number; failuresBy: Record<string, number>; rssMb: number[]; slopeMbPerMin: number }> {
  const rssMb: number[] = [];
  let requests = 0;
  let failures = 0;
  const failuresBy: Record<string, number> = {};
  const queries = await workload(t);
  const end = performance.now() + seconds * 1000;
  const sampler = setInterval(() => rssMb.push(t.rssMb()), 1000);
  const worker = async () => {
    while (performance.now() < end) {
      const res = await post(t.url, { query: queries[requests++ % queries.length]!.query });
      if (res.status !== 200 || res.text.includes('"errors"')) {
        failures++;
        const code = /"code":"(\w+)"/.exec(res.text)?.[1];
        const key = `${res.status}${code ? ` ${code}` : ''}`;
        failuresBy[key] = (failuresBy[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  clearInterval(sampler);
  const n = rssMb.length;
  const mx = (n - 1) / 2;
  const my = rssMb.reduce((a, b) => a + b, 0) / n;
  const slope = rssMb.reduce((a, y, x) => a + (x - mx) * (y - my), 0) / rssMb.reduce((a, _, x) => a + (x - mx) ** 2, 0);
  return { seconds, requests, failures, failuresBy, rssMb, slopeMbPerMin: Math.round(slope * 60 * 10) / 10 };
}

export async function audit(t: Target): Promise<{ ok: number; warn: string[]; error: string[] }> {
  const out = { ok: 0, warn: [] as string[], error: [] as string[] };
  for (const a of serverAudits({ url: `${t.url}/graphql`, fetchFn: fetch })) {
    const r = await a.fn();
    if (r.status === 'ok') out.ok++;
    else if (r.status === 'error') out.error.push(`${a.id} ${a.name}`);
    else out.warn.push(`${a.id} ${a.name}`);
  }
  return out;
}
