import { graphql } from '../gql/index.ts';

export const IngestSourcesQuery = graphql(`
  query IngestSources {
    sources {
      id
      title
      year
      ingested
      claimCount
      statisticCount
    }
    topics {
      id
      name
    }
  }
`);

export const CandidatesQuery = graphql(`
  query IngestCandidates($sourceId: ID!, $types: [CandidateType!], $statuses: [CandidateStatus!], $first: Int) {
    candidates(sourceId: $sourceId, types: $types, statuses: $statuses, first: $first) {
      totalCount
      edges {
        node {
          ...CandidateFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
  fragment CandidateFields on Candidate {
    id
    sourceId
    type
    status
    start
    end
    quote
    contextBefore
    contextAfter
    section
    cue
    confidence
    topics
    value
    low
    high
    unit
    measure
    approximate
    itemId
    reason
    decidedBy
    decidedAt
  }
`);

export const AcceptCandidateMutation = graphql(`
  mutation AcceptCandidate($id: ID!, $input: AcceptCandidateInput) {
    acceptCandidate(id: $id, input: $input) {
      candidate {
        ...CandidateFields
      }
      item {
        __typename
        id
      }
      audit {
        id
        actor
      }
    }
  }
`);

export const RejectCandidateMutation = graphql(`
  mutation RejectCandidate($id: ID!, $reason: String!) {
    rejectCandidate(id: $id, reason: $reason) {
      candidate {
        ...CandidateFields
      }
      audit {
        id
        actor
      }
    }
  }
`);

export const RemoveIngestedSourceMutation = graphql(`
  mutation RemoveIngestedSource($id: ID!, $dryRun: Boolean) {
    removeIngestedSource(id: $id, dryRun: $dryRun) {
      sourceId
      dryRun
      passages
      candidates
      items
      mentions
      relations
      audit {
        id
        actor
      }
    }
  }
`);
