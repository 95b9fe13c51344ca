import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ApiContext } from '../context.ts';

export interface ResponseCacheOptions {
  /** How long a query's answer is served again without asking Neo4j; 0: no caching. */
  seconds: number;
  /** Memory the answers may take, in megabytes (least recently used dropped first). */
  maxMb: number;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<ApiContext>[];
}

/**
 * Whole-response caching of GraphQL queries. The corpus changes only through seeding, ingest and
 * curation, so most reads (the landing views, the default graph, the gaps list, an item) are
 * asked again and again with the same answer. An answer is keyed by the operation, its
 * variables, the caller's role and the data version (api/corpus-cache.ts: read from Neo4j once
 * per request, it changes with every seed, ingest and audited curation write, whichever process
 * makes it), so a cached answer is never older than the data; `seconds` only bounds how long an
 * unused answer is kept. Answers with errors are never cached.
 */
export function responseCache(opts: ResponseCacheOptions): ResponseCache {
  if (opts.seconds <= 0 || opts.maxMb <= 0) return { plugins: [ApolloServerPluginCacheControlDisabled()] };
  const cache = new InMemoryLRUCache<string>({ maxSize: opts.maxMb * 1024 * 1024 });
  return {
    plugins: [
      // Every field may be cached for `seconds`; no HTTP cache headers: browsers ask us, and we know when the data changed.
      ApolloServerPluginCacheControl({ defaultMaxAge: opts.seconds, calculateHttpHeaders: false }),
      responseCachePlugin<ApiContext>({
        cache,
        extraCacheKeyData: async ({ contextValue }) => ({
          version: await contextValue.corpus.version(contextValue.db),
          role: contextValue.principal?.role ?? null,
        }),
      }),
    ],
  };
}
