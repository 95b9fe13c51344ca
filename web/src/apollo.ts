import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from './possible-types.ts';

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      // Generated from the schema: which types implement Evidence, so fragments on it match.
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        // A quote has no id of its own: merge what different queries fetch of the same item's quote.
        Quote: { merge: true },
        Source: {
          fields: {
            passages: {
              keyArgs: ['roles'],
              merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) {
                if (!args?.after || !existing) return incoming;
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}
