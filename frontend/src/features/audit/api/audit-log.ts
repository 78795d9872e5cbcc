import { graphql } from '@/gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        action
        actorId
        actorName
        objectType
        objectId
        subjectId
        subjectName
        requestId
        ip
        detail {
          key
          value
        }
      }
    }
  }
`);
