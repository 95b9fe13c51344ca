import { graphql } from '../gql/index.ts';
import type { ClaimKind } from '../gql/graphql.ts';
import type { Counts } from './heat.ts';

export const EvidenceMapQuery = graphql(`
  query EvidenceMap {
    evidenceMap {
      topics {
        id
        name
        description
      }
      sources {
        ...SourceCitation
      }
      cells {
        topic
        source
        claims
        statistics
        gaps
        agreements
        contradictions
      }
    }
  }
`);

export const CellClaimsQuery = graphql(`
  query EvidenceMapCellClaims($filter: EvidenceFilter!, $first: Int!, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          text
          quote {
            text
          }
          source {
            id
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

export const CellStatisticsQuery = graphql(`
  query EvidenceMapCellStatistics($filter: EvidenceFilter!, $first: Int!, $after: String) {
    statistics(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          measure
          valueText
          unit
          quote {
            text
          }
          source {
            id
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

export const CellGapsQuery = graphql(`
  query EvidenceMapCellGaps($filter: EvidenceFilter!, $first: Int!, $after: String) {
    researchGaps(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          question
          status
          raisedBy {
            claim {
              id
              quote {
                text
              }
              source {
                id
              }
              topics {
                id
              }
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

/** The claim kinds a cell counts as claims (statements raising a gap are counted as gaps). */
export const CLAIM_KINDS: ClaimKind[] = ['FINDING', 'ASSERTION', 'RECOMMENDATION', 'DEFINITION', 'METHOD'];
export const PAGE = 20;

export type Topic = { id: string; name: string; description: string };
export type Source = { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };
export type Cell = Counts & { topic: string; source: string };
