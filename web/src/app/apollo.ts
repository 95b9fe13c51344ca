import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { currentToken } from '../review/curator-session.ts';
import introspection from './possible-types.ts';

/** Sends the curator's token, when one is set, as `Authorization: Bearer …` (read on every request). */
export const authLink = new ApolloLink((operation, forward) => {
  const token = currentToken();
  if (token) operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

/** A connection paged by cursor: a page fetched "after" another is appended to it; keyArgs say which arguments make a different list. */
function appendPages(keyArgs: string[]): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!args?.after || !existing) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

/** A source's passages, fetched in a window around a target and extended both ways: "after" appends, "before" prepends. */
type PassagePage = { edges: unknown[]; hasPreviousPage?: boolean; pageInfo?: unknown };
export const passageWindows: FieldPolicy<PassagePage> = {
  keyArgs: ['roles', 'around'],
  merge(existing, incoming, { args }) {
    if (!existing) return incoming;
    if (args?.before) return { ...existing, edges: [...incoming.edges, ...existing.edges], hasPreviousPage: incoming.hasPreviousPage };
    if (args?.after) return { ...existing, edges: [...existing.edges, ...incoming.edges], pageInfo: incoming.pageInfo };
    return incoming;
  },
};

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Generated from the schema: which types implement Evidence, so fragments on it match.
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      // A quote has no id of its own: merge what different queries fetch of the same item's quote.
      Quote: { merge: true },
      // A graph's nodes and edges are computed for its request: a node's degree and a group's
      // count depend on the filter, so one node id under two filters is two different values.
      // Kept inside each graph result, never merged by id across requests.
      GraphNode: { keyFields: false },
      GraphEdge: { keyFields: false },
      Query: {
        fields: {
          auditLog: appendPages(['targetId', 'actor']),
          claims: appendPages(['filter']),
          statistics: appendPages(['filter']),
          search: appendPages(['query', 'types', 'filter']),
          researchGaps: appendPages(['filter', 'statuses', 'orderBy', 'reverse']),
        },
      },
      Source: {
        fields: {
          passages: passageWindows,
        },
      },
    },
  });
}
