import { graphql } from '../gql/index.ts';
import type { SearchQuery as SearchResult } from '../gql/graphql.ts';

export const PAGE = 20;

export const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, types: $types, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCapped
      countsByType {
        type
        count
        capped
      }
      edges {
        cursor
        type
        highlight
        node {
          __typename
          ... on Claim {
            id
            text
            kind
            hedged
            links {
              ...LinkSummaryFields
            }
            source {
              ...SourceCitation
            }
            quote {
              text
              context {
                passages {
                  id
                }
              }
            }
          }
          ... on Statistic {
            id
            valueText
            unit
            measure
            approximate
            links {
              ...LinkSummaryFields
            }
            source {
              ...SourceCitation
            }
            quote {
              text
              context {
                passages {
                  id
                }
              }
            }
          }
          ... on ResearchGap {
            id
            question
            status
            raisedBy {
              claim {
                id
                source {
                  ...SourceCitation
                }
              }
            }
          }
          ... on Misconception {
            id
            belief
            correction
            mentions {
              stance
              claim {
                id
                source {
                  ...SourceCitation
                }
              }
            }
          }
          ... on Passage {
            id
            role
            section
            source {
              ...SourceCitation
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The count per type over all types, for the tabs while one type is shown. */
export const SearchCountsQuery = graphql(`
  query SearchCounts($query: String!, $filter: SearchFilter) {
    search(query: $query, filter: $filter, first: 0) {
      totalCount
      totalCapped
      countsByType {
        type
        count
        capped
      }
    }
  }
`);

export const SearchFiltersQuery = graphql(`
  query SearchFilters {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
  }
`);

export type Hit = SearchResult['search']['edges'][number];
