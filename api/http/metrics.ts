/**
 * Prometheus metrics in the text exposition format (version 0.0.4), without a client library:
 * GraphQL operations (count and latency histogram per operation name), errors by code, HTTP
 * responses by route and status, whether Neo4j answers, and the load: admission control's places
 * and queue, and the database calls in flight against the driver's pool.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.ts';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Operation names are client-chosen: past this many distinct ones, the rest count as "other". */
const MAX_OPERATIONS = 100;

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labels = (l: Record<string, string>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(',')}}`;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** The server's load at scrape time: admission control's places and the database calls under way. */
export interface Load {
  requestsActive: number;
  requestsQueued: number;
  dbCallsInFlight: number;
  poolSize: number;
}

export class Metrics {
  private readonly operations = new Map<string, Histogram>();
  private readonly errors = new Map<string, number>();
  private readonly http = new Map<string, number>();

  operationName(name: string | null | undefined): string {
    const n = name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : name ? 'invalid' : 'anonymous';
    return this.operations.has(n) || this.operations.size < MAX_OPERATIONS ? n : 'other';
  }

  observeOperation(name: string, seconds: number): void {
    let h = this.operations.get(name);
    if (!h) {
      h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.operations.set(name, h);
    }
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.counts[i]!++;
    });
    h.sum += seconds;
    h.count++;
  }

  countError(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  countHttp(route: string, status: number): void {
    const k = JSON.stringify([route, String(status)]);
    this.http.set(k, (this.http.get(k) ?? 0) + 1);
  }

  render(neo4jUp: boolean, load?: Load): string {
    const out: string[] = [];
    out.push('# HELP triangulate_graphql_operation_duration_seconds GraphQL operations by operation name: latency.');
    out.push('# TYPE triangulate_graphql_operation_duration_seconds histogram');
    for (const [op, h] of this.operations) {
      BUCKETS.forEach((b, i) => out.push(`triangulate_graphql_operation_duration_seconds_bucket${labels({ operation: op, le: String(b) })} ${h.counts[i]}`));
      out.push(`triangulate_graphql_operation_duration_seconds_bucket${labels({ operation: op, le: '+Inf' })} ${h.count}`);
      out.push(`triangulate_graphql_operation_duration_seconds_sum${labels({ operation: op })} ${h.sum}`);
      out.push(`triangulate_graphql_operation_duration_seconds_count${labels({ operation: op })} ${h.count}`);
    }
    out.push('# HELP triangulate_graphql_errors_total GraphQL errors by code.');
    out.push('# TYPE triangulate_graphql_errors_total counter');
    for (const [code, n] of this.errors) out.push(`triangulate_graphql_errors_total${labels({ code })} ${n}`);
    out.push('# HELP triangulate_http_requests_total HTTP responses by route and status.');
    out.push('# TYPE triangulate_http_requests_total counter');
    for (const [k, n] of this.http) {
      const [route, status] = JSON.parse(k) as [string, string];
      out.push(`triangulate_http_requests_total${labels({ route, status })} ${n}`);
    }
    out.push('# HELP triangulate_neo4j_up Whether Neo4j answered a trivial query at scrape time (1) or not (0).');
    out.push('# TYPE triangulate_neo4j_up gauge');
    out.push(`triangulate_neo4j_up ${neo4jUp ? 1 : 0}`);
    if (load) {
      const gauge = (name: string, help: string, value: number) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
      gauge('triangulate_requests_active', 'Requests holding one of the places of admission control (MAX_CONCURRENT_REQUESTS).', load.requestsActive);
      gauge('triangulate_requests_queued', 'Requests waiting for a place (at most QUEUE_TIMEOUT_MS).', load.requestsQueued);
      gauge('triangulate_neo4j_calls_in_flight', "Database calls in flight, each holding one of the driver's pooled connections.", load.dbCallsInFlight);
      gauge('triangulate_neo4j_pool_size', "The driver's connection pool size.", load.poolSize);
    }
    return out.join('\n') + '\n';
  }
}

/** The route label of a path: its first two segments at most, so that ids do not make new series. */
export function routeOf(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/export/')) return path.split('/').slice(0, 3).join('/');
  if (['/healthz', '/readyz', '/metrics'].includes(path)) return path;
  return 'other';
}

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operationName, response }) {
          metrics.observeOperation(metrics.operationName(operationName ?? request.operationName), Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind === 'single')
            for (const e of response.body.singleResult.errors ?? []) metrics.countError(String(e.extensions?.code ?? 'UNKNOWN'));
        },
      };
    },
  };
}
