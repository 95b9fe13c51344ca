/** Load (autocannon at a fixed number of connections, mixed read queries), soak (RSS over time) and the GraphQL-over-HTTP audit. */
import autocannon from 'autocannon';
import { serverAudits } from 'graphql-http';
import { post, type Target } from './target.ts';

export const MIXED = [
  '{ sources { id title } }',
  '{ claims(first: 20) { edges { node { id } } } }',
  '{ claims(first: 5) { edges { node { id } } pageInfo { hasNextPage } } }',
];

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
  perSecond: number;
}

export async function load(t: Target, connections: number, seconds: number): Promise<LoadResult> {
  const r = await autocannon({
    url: `${t.url}/graphql`,
    connections,
    duration: seconds,
    requests: MIXED.map((query) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
  });
  return {
    connections,
    seconds,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    maxMs: r.latency.max,
    perSecond: r.requests.average,
  };
}

/** Mixed queries for `seconds`, the API's RSS sampled each second; the slope of a least-squares line, MB per minute. */
export async function soak(
  t: Target,
  seconds: number,
): Promise<{ seconds: number; requests: number; failures: number; failuresBy: Record<string, number>; rssMb: number[]; slopeMbPerMin: number }> {
  const rssMb: number[] = [];
  let requests = 0;
  let failures = 0;
  const failuresBy: Record<string, number> = {};
  const end = performance.now() + seconds * 1000;
  const sampler = setInterval(() => rssMb.push(t.rssMb()), 1000);
  const worker = async () => {
    while (performance.now() < end) {
      const res = await post(t.url, { query: MIXED[requests++ % MIXED.length] });
      if (res.status !== 200) {
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
