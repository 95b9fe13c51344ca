import { graphql } from '../gql/index.ts';

graphql(`
  fragment GapRow on ResearchGap {
    id
    question
    priority
    priorityTier
    status
    statusRationale
    sourceCount
    topics {
      id
      name
    }
    raisedBy {
      priority
      priorityBasis
      claim {
        id
        quote {
          text
        }
        source {
          ...SourceCitation
        }
      }
    }
    addressedBy {
      ... on Claim {
        id
        quote {
          text
        }
        source {
          ...SourceCitation
        }
      }
      ... on Statistic {
        id
        quote {
          text
        }
        source {
          ...SourceCitation
        }
      }
    }
  }
`);

export const GapsQuery = graphql(`
  query Gaps($filter: EvidenceFilter, $statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int!, $after: String) {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    researchGaps(filter: $filter, statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...GapRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A gap opened by a link (?open=ID) that is not on the pages shown. */
export const OpenGapQuery = graphql(`
  query OpenGap($id: ID!) {
    researchGap(id: $id) {
      ...GapRow
    }
  }
`);

export const PAGE = 50;
