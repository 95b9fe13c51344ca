import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { authenticate, type ApiContext, type BeforeCommitHook } from './context.ts';
import type { ApiToken } from './config.ts';
import { createLoaders } from './loaders.ts';
import { Db } from './db.ts';
import { resolvers } from './resolvers/index.ts';
import { mountExports } from './exports/routes.ts';
import { API_ERROR_CODES } from './errors.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), 'schema.graphql');
export const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');

export interface AppOptions {
  driver: Driver;
  log?: Logger;
  production?: boolean;
  /** A built web app to serve at / (used in Docker; in development Vite serves it). */
  webDist?: string;
  /** Bearer tokens (TRIANGULATE_TOKENS). None: reads stay open and every mutation answers UNAUTHENTICATED. */
  tokens?: readonly ApiToken[];
  /** Tests only: runs inside each curation transaction just before the commit (see BeforeCommitHook). */
  beforeCommit?: BeforeCommitHook;
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
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Query limits: clear errors for documents that are too deep, too costly or too long. */
export const LIMITS = { maxDepth: 12, maxCost: 1_000_000, maxAliases: 15, maxTokens: 3_000, maxDirectives: 20 };

/** Counts the Cypher round trips of each operation: logged, and returned in extensions outside production. */
function roundTripPlugin(production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const roundTrips = contextValue.db.roundTrips;
          contextValue.log.debug({ operationName, roundTrips }, 'operation');
          if (!production && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips };
          }
        },
      };
    },
  };
}

export async function createApp(opts: AppOptions): Promise<App> {
  const log = opts.log ?? pino({ level: 'silent' });
  const production = opts.production ?? false;
  const tokens = opts.tokens ?? [];
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    ...armor,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    plugins: [...armor.plugins, roundTripPlugin(production), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
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

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      log.info({ requestId, method: req.method, url: req.originalUrl, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([opts.driver.executeQuery('RETURN 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000))]);
      res.json({ status: 'ready' });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', reason: `graph database unavailable: ${(e as Error).message.split('\n')[0]}` });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const principal = authenticate(req.headers.authorization, tokens);
        const db = new Db(opts.driver);
        return { db, loaders: createLoaders(db), log: log.child({ requestId }), requestId, principal, beforeCommit: opts.beforeCommit };
      },
    }),
  );

  mountExports(app, opts.driver, log);

  if (opts.webDist && existsSync(join(opts.webDist, 'index.html'))) {
    const dist = opts.webDist;
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|export).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
  }
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
