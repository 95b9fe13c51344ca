import { graphql } from '../gql/index.ts';

export const GraphOptions = graphql(`
  query GraphOptions {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
  }
`);

export const GraphElements = graphql(`
  fragment GraphElements on Graph {
    focus
    nodes {
      id
      type
      label
      sourceId
      topics
      kind
      degree
      groupOf
      hiddenCount
      nextOffset
    }
    edges {
      id
      source
      target
      kind
      status
      subtype
      label
    }
  }
`);

/** The whole view in one round trip: the focus, its neighbourhood and every expansion the reader opened. */
export const GraphQuery = graphql(`
  query GraphAround($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {
    graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {
      ...GraphElements
    }
  }
`);
