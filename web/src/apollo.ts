import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
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
