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
  /** Forgets every answer: called after anything changes the graph through this process. */
  invalidate(): void;
}

/**
 * Whole-response caching of GraphQL queries. The corpus changes only through curation and
 * ingest, so most reads (the landing views, the default graph, the gaps list, an item) are asked
 * again and again with the same answer. An answer is keyed by the operation, its variables, the
 * caller's role and a version that every mutation and upload through this process raises, so a
 * write is seen at once here; writes made elsewhere (another instance, the seed command) are
 * seen within `seconds`. Answers with errors are never cached.
 */
export function responseCache(opts: ResponseCacheOptions): ResponseCache {
  if (opts.seconds <= 0 || opts.maxMb <= 0) return { plugins: [ApolloServerPluginCacheControlDisabled()], invalidate: () => undefined };
  let version = 0;
  const cache = new InMemoryLRUCache<string>({ maxSize: opts.maxMb * 1024 * 1024 });
  const invalidate = () => {
    version++;
    cache.clear();
  };
  const invalidateOnMutation: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') invalidate();
        },
      };
    },
  };
  return {
    invalidate,
    plugins: [
      // Every field may be cached for `seconds` (the version, not a shorter age, keeps answers current); no HTTP cache headers: browsers ask us.
      ApolloServerPluginCacheControl({ defaultMaxAge: opts.seconds, calculateHttpHeaders: false }),
      responseCachePlugin<ApiContext>({
        cache,
        extraCacheKeyData: async ({ contextValue }) => ({ version, role: contextValue.principal?.role ?? null }),
      }),
      invalidateOnMutation,
    ],
  };
}
