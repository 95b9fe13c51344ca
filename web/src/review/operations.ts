import { graphql } from '../gql/index.ts';

// ---- operations ------------------------------------------------------------------------------------

export const ReviewLinksQuery = graphql(`
  query ReviewLinks($first: Int) {
    proposedLinks(first: $first) {
      id
      score
      reasons
      status
      from {
        ...ReviewEnd
      }
      to {
        ...ReviewEnd
      }
    }
  }
  fragment ReviewEnd on Evidence {
    __typename
    id
    quote {
      text
    }
    source {
      ...SourceCitation
    }
    ... on Claim {
      text
      kind
    }
    ... on Statistic {
      measure
      valueText
      unit
    }
  }
`);

export const ReviewRelationsQuery = graphql(`
  query ReviewRelations($first: Int) {
    relations(filter: { statuses: [PROPOSED] }, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          subtype
          rationale
          confidence
          status
          curator
          createdAt
          from {
            ...ReviewEnd
          }
          to {
            ...ReviewEnd
          }
        }
      }
    }
  }
`);

export const ReviewAuditQuery = graphql(`
  query ReviewAudit($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ReviewAuditRecord
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment ReviewAuditRecord on AuditRecord {
    id
    at
    actor
    role
    action
    targetId
    relatedId
    before
    after
  }
`);

export const AcceptLinkMutation = graphql(`
  mutation ReviewAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {
    acceptProposedLink(id: $id, input: $input) {
      link {
        id
        status
        decidedBy
        decidedAt
        relationId
      }
      relation {
        id
        kind
        subtype
        rationale
        confidence
        status
        curator
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

export const RejectLinkMutation = graphql(`
  mutation ReviewRejectLink($id: ID!, $reason: String) {
    rejectProposedLink(id: $id, reason: $reason) {
      link {
        id
        status
        decidedBy
        decidedAt
        reason
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

export const AcceptRelationMutation = graphql(`
  mutation ReviewAcceptRelation($id: ID!) {
    acceptRelation(id: $id) {
      relation {
        id
        status
        curator
        updatedAt
        updatedBy
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

export const RejectRelationMutation = graphql(`
  mutation ReviewRejectRelation($id: ID!, $reason: String) {
    rejectRelation(id: $id, reason: $reason) {
      relation {
        id
        status
        rejectionReason
        updatedAt
        updatedBy
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

export const RunLinkProposerMutation = graphql(`
  mutation RunLinkProposer {
    runLinkProposer {
      candidates
      waiting
      audit {
        id
        actor
      }
    }
  }
`);
