/**
 * The concurrency benchmark: the mixed journey workload (every journey query in turn, each client
 * starting at a different one) from many clients at once for a while, with autocannon. A response
 * counts as an error when it is not a 2xx, when the connection fails or times out, or when its
 * GraphQL body carries errors.
 */
import { createRequire } from 'node:module';
import type { JourneyQuery } from './queries.ts';

interface AutocannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  timeout?: number;
  requests: AutocannonRequest[];
  setupClient?: (client: { setRequests?: (r: AutocannonRequest[]) => void }) => void;
}) => Promise<AutocannonResult>;

// autocannon ships CommonJS without types; the shape above is the part of its documented API we use.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Every failed request: the sum of the four below. */
  errors: number;
  timeouts: number;
  connectionErrors: number;
  non2xx: number;
  graphqlErrors: number;
}

export async function mixedLoad(baseUrl: string, queries: readonly JourneyQuery[], connections: number, seconds: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const requests = queries.map(({ query }): AutocannonRequest => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status, body) => {
      if (status < 300 && body.includes('"errors"')) graphqlErrors++;
    },
  }));
  let client = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 10,
    requests,
    // Each client starts at a different query so the mix is spread over the run, not in lockstep.
    setupClient: (c) => {
      const k = client++ % requests.length;
      c.setRequests?.([...requests.slice(k), ...requests.slice(0, k)]);
    },
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    // autocannon's errors include its timeouts.
    errors: result.errors + result.non2xx + graphqlErrors,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}
