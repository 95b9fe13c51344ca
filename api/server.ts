import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { authenticate, type ApiContext, type BeforeCommitHook, type Principal } from './context.ts';
import type { ApiToken, Config } from './config.ts';
import { createLoaders } from './loaders.ts';
import { CorpusCache } from './corpus-cache.ts';
import { BoundedDb, ROUND_TRIP_LIMIT_CODE } from './http/bounded-db.ts';
import { boundsPlugin } from './http/plugins.ts';
import { ConcurrencyGate, RateLimiter } from './http/admission.ts';
import { requestBounds } from './http/request-bounds.ts';
import { responseCache, type ResponseCacheOptions } from './http/response-cache.ts';
import { cors, securityHeaders } from './http/security.ts';
import { Metrics, metricsPlugin, routeOf } from './http/metrics.ts';
import { mountUpload, type IngestHooks } from './http/upload.ts';
import { errorHandler, notFound, sendError } from './http/errors.ts';
import { breakerLogPlugin, mountHealth } from './http/health.ts';
import { breakerOf } from '../db/breaker.ts';
import { POOL_SIZE } from '../db/driver.ts';
import { resolvers } from './resolvers/index.ts';
import { mountExports } from './exports/routes.ts';
import { API_ERROR_CODES } from './errors.ts';
import { serveWebApp } from './web-app.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), 'schema.graphql');
export const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');

export interface AppOptions {
  driver: Driver;
  log?: Logger;
  /** Production-safe unless false: internal errors masked, no debug extensions, no landing page. */
  production?: boolean;
  /** A built web app (web/dist) to serve at / beside the API (npm start, scripts/main.ts; `npm run dev` has Vite serve it instead). */
  webDist?: string;
  /** Bearer tokens (TRIANGULATE_TOKENS). None: reads stay open and every mutation answers UNAUTHENTICATED. */
  tokens?: readonly ApiToken[];
  /** Tests only: runs inside each curation transaction just before the commit (see BeforeCommitHook). */
  beforeCommit?: BeforeCommitHook;
  /** Origins besides our own that browsers may call the API from (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Admission control and per-request limits; defaults: LIMITS and DEFAULT_ADMISSION. */
  limits?: Partial<typeof LIMITS>;
  admission?: Partial<Admission>;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies may name the client in X-Forwarded-For. */
  trustProxy?: string | number;
  /** The ingest pipeline for uploads (POST /ingest/upload) and the kept files of removed sources, wired by the process (scripts/serve.ts); none: uploads answer 503. */
  ingest?: IngestHooks;
  /** Whole-response caching of queries (RESPONSE_CACHE_SECONDS, RESPONSE_CACHE_MB); none: every query asks Neo4j. */
  responseCache?: ResponseCacheOptions;
}

export interface App {
  app: Express;
  apollo: ApolloServer<ApiContext>;
}

/** Errors that are safe to show as they are; anything else is masked in production. */
const PUBLIC_CODES = new Set([
  ...API_ERROR_CODES,
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'COST_LIMIT_EXCEEDED',
  ROUND_TRIP_LIMIT_CODE,
  'RESPONSE_TOO_LARGE',
]);

/** Query limits: clear errors for documents that are too deep, too costly or too long, and for requests that would do too much. */
export const LIMITS = {
  maxDepth: 12,
  /** About the number of values the response may hold, variables and defaults included (api/http/cost.ts). */
  maxCost: 100_000,
  maxAliases: 15,
  maxTokens: 3_000,
  maxDirectives: 20,
  /** Neo4j round trips of one request. */
  maxRoundTrips: 50,
  /** Bytes of one GraphQL response. */
  maxResponseBytes: 8_000_000,
  /** Milliseconds one request's database work may take (REQUEST_TIMEOUT_MS): past it, it is stopped and answered 503 REQUEST_TIMEOUT. */
  requestTimeoutMs: 10_000,
};

export interface Admission {
  /** Requests per second per client on average, and at once. */
  ratePerSecond: number;
  rateBurst: number;
  /** Failed authentications per client per minute (and at once). */
  authFailuresPerMinute: number;
  /** Requests served at once; up to maxQueued more wait at most queueTimeoutMs, in order of arrival. */
  maxConcurrent: number;
  maxQueued: number;
  queueTimeoutMs: number;
}
export const DEFAULT_ADMISSION: Admission = {
  ratePerSecond: 50,
  rateBurst: 200,
  authFailuresPerMinute: 10,
  maxConcurrent: 32,
  maxQueued: 512,
  queueTimeoutMs: 1000,
};

/** The options of createApp that the environment sets (scripts/main.ts, npm start). */
export function optionsFromConfig(
  config: Config,
): Pick<AppOptions, 'production' | 'corsOrigins' | 'admission' | 'limits' | 'responseCache' | 'tokens' | 'webDist' | 'trustProxy'> {
  return {
    responseCache: { seconds: config.RESPONSE_CACHE_SECONDS, maxMb: config.RESPONSE_CACHE_MB },
    limits: { requestTimeoutMs: config.REQUEST_TIMEOUT_MS },
    production: config.NODE_ENV !== 'development',
    corsOrigins: config.CORS_ORIGINS,
    admission: {
      ratePerSecond: config.RATE_LIMIT_PER_SECOND,
      rateBurst: config.RATE_LIMIT_BURST,
      authFailuresPerMinute: config.AUTH_FAILURES_PER_MINUTE,
      maxConcurrent: config.MAX_CONCURRENT_REQUESTS,
      maxQueued: config.MAX_QUEUED_REQUESTS,
      queueTimeoutMs: config.QUEUE_TIMEOUT_MS,
    },
    tokens: config.TRIANGULATE_TOKENS,
    webDist: config.WEB_DIST,
    trustProxy: config.TRUST_PROXY,
  };
}

/** The client a request comes from, for rate limits: its peer address (set `trust proxy` in front of a proxy). */
const clientOf = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export async function createApp(opts: AppOptions): Promise<App> {
  const log = opts.log ?? pino({ level: 'silent' });
  const production = opts.production ?? true;
  const tokens = opts.tokens ?? [];
  const limits = { ...LIMITS, ...opts.limits };
  const admission = { ...DEFAULT_ADMISSION, ...opts.admission };
  const metrics = new Metrics();
  const corpus = new CorpusCache();
  const cache = responseCache(opts.responseCache ?? { seconds: 0, maxMb: 0 });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    // The cost limit of api/http/cost.ts counts variables and defaults; the token limit is the parser's (a syntax error, 400).
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    ...armor,
    parseOptions: { maxTokens: limits.maxTokens },
    persistedQueries: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...armor.plugins,
      boundsPlugin({ maxCost: limits.maxCost, maxRoundTrips: limits.maxRoundTrips, maxResponseBytes: limits.maxResponseBytes }, production),
      metricsPlugin(metrics),
      ...cache.plugins,
      breakerLogPlugin(opts.driver, log),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code as string | undefined;
      if (code && PUBLIC_CODES.has(code)) return formatted;
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      log.error({ err: original, path: formatted.path }, 'resolver error');
      if (!production) return formatted;
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  const requests = new RateLimiter(admission.rateBurst, admission.ratePerSecond);
  const authFailures = new RateLimiter(admission.authFailuresPerMinute, admission.authFailuresPerMinute / 60);
  const gate = new ConcurrencyGate(admission.maxConcurrent, admission.maxQueued, admission.queueTimeoutMs);

  const app = express();
  app.disable('x-powered-by');
  if (opts.trustProxy !== undefined) app.set('trust proxy', opts.trustProxy);
  app.use((req, res, next) => {
    // Our request id is ours: a client's X-Request-Id is logged beside it, never used as it.
    const requestId = randomUUID();
    const clientRequestId = (req.headers['x-request-id'] as string | undefined)?.replace(/[^\x21-\x7e]/g, '').slice(0, 64) || undefined;
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      metrics.countHttp(routeOf(req.originalUrl.split('?')[0]!), res.statusCode);
      log.info(
        {
          requestId,
          clientRequestId,
          client: clientOf(req),
          method: req.method,
          url: req.originalUrl.slice(0, 300),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });
  app.use(securityHeaders(!production));
  app.use(cors(opts.corsOrigins ?? []));
  // Gzip for clients that accept it, of compressible types only (compressed formats are left as
  // they are). Not the upload's NDJSON stages: compression would hold them back until the end.
  // GraphQL answers are made per request, so they are gzipped at the fastest level: a 1 MB
  // evidence map (100x) takes about 5 ms at level 1 against 19 ms at the default 6, for 55 kB
  // instead of 37 kB; files and exports (made once, sent often) keep the default.
  const compressible = (req: Request, res: Response) =>
    !String(res.getHeader('content-type') ?? '').startsWith('application/x-ndjson') && compression.filter(req, res);
  const gzip = compression({ filter: compressible });
  const gzipFast = compression({ filter: compressible, level: 1 });
  app.use((req, res, next) => (req.path === '/graphql' ? gzipFast : gzip)(req, res, next));

  // A warning per client and kind at most every 10 s: a flood must not flood the log too.
  const warned = new Map<string, number>();
  const warnOnce = (kind: string, client: string, fields: Record<string, unknown>, message: string) => {
    const key = `${kind} ${client}`;
    const now = Date.now();
    if ((warned.get(key) ?? 0) > now - 10_000) return;
    if (warned.size > 10_000) warned.clear();
    warned.set(key, now);
    log.warn({ client, ...fields }, message);
  };

  // Admission: per-client rate limit, then a place among the requests served at once (or 503 at once).
  const limitRate = (req: Request, res: Response, next: NextFunction) => {
    const client = clientOf(req);
    const rate = requests.take(client);
    if (rate.ok) return next();
    res.setHeader('retry-after', String(rate.retryAfter));
    warnOnce('rate', client, { requestId: res.locals.requestId }, 'rate limited');
    sendError(req, res, 429, 'RATE_LIMITED', `Too many requests from this client; retry after ${rate.retryAfter} s.`);
  };
  const admit = async (req: Request, res: Response, next: NextFunction) => {
    // Listened for from the start: a client may leave while its request waits for a place, and
    // then 'close' has fired before the place is taken (the place would never be given back).
    const place = { state: 'waiting' as 'waiting' | 'admitted' | 'closed' };
    res.once('close', () => {
      if (place.state === 'admitted') gate.leave();
      place.state = 'closed';
    });
    const admitted = await gate.enter();
    if (place.state === 'closed') {
      if (admitted) gate.leave();
      return;
    }
    if (!admitted) {
      res.setHeader('retry-after', '1');
      warnOnce('overload', 'all', { requestId: res.locals.requestId, active: gate.active, queued: gate.queued }, 'overloaded: refused with 503');
      sendError(req, res, 503, 'OVERLOADED', 'The server is at capacity; retry in a second.');
      return;
    }
    place.state = 'admitted';
    next();
  };

  // Authentication before GraphQL: a client that keeps presenting unknown tokens is refused for a while.
  const authenticateRequest = (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    res.locals.principal = null;
    if (header === undefined) return next();
    const client = clientOf(req);
    const blocked = authFailures.peek(client);
    if (!blocked.ok) {
      res.setHeader('retry-after', String(blocked.retryAfter));
      warnOnce('auth', client, { requestId: res.locals.requestId }, 'too many failed authentications: refused');
      sendError(req, res, 429, 'RATE_LIMITED', `Too many failed authentications from this client; retry after ${blocked.retryAfter} s.`);
      return;
    }
    const principal = authenticate(header, tokens);
    if (!principal) {
      authFailures.take(client);
      log.warn({ requestId: res.locals.requestId, client }, 'failed authentication');
    }
    res.locals.principal = principal;
    next();
  };

  mountHealth(app, opts.driver, limitRate);

  const neo4jUp = async () => {
    try {
      await Promise.race([opts.driver.executeQuery('RETURN 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 1000))]);
      return true;
    } catch {
      return false;
    }
  };
  app.get('/metrics', limitRate, async (_req, res) => {
    res.setHeader('content-type', 'text/plain; version=0.0.4; charset=utf-8');
    const load = { requestsActive: gate.active, requestsQueued: gate.queued, dbCallsInFlight: breakerOf(opts.driver)?.inFlight ?? 0, poolSize: POOL_SIZE };
    res.send(metrics.render(await neo4jUp(), load));
  });

  app.use(
    '/graphql',
    limitRate,
    admit,
    authenticateRequest,
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const principal = (res.locals.principal as Principal | null | undefined) ?? authenticate(req.headers.authorization, tokens);
        const db = new BoundedDb(opts.driver, limits.maxRoundTrips, requestBounds(req, res, limits.requestTimeoutMs));
        return {
          db,
          loaders: createLoaders(db),
          corpus,
          log: log.child({ requestId }),
          requestId,
          principal,
          beforeCommit: opts.beforeCommit,
          forgetIngested: opts.ingest?.forget,
        };
      },
    }),
  );

  mountUpload(app, [limitRate, admit, authenticateRequest], opts.ingest?.upload, log, opts.driver);

  app.use('/export', limitRate, admit);
  mountExports(app, opts.driver, log, limits.requestTimeoutMs);

  if (opts.webDist) serveWebApp(app, opts.webDist);
  app.use(notFound);
  app.use(errorHandler(log));
  return { app, apollo };
}

export async function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
    // Idle keep-alive sockets stay open longer than clients and load balancers keep theirs (60 s
    // is common), so a client never sends a request on a socket the server is closing (ECONNRESET).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.on('error', reject);
  });
}
