import { graphql } from '@/gql';

export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $after: String, $search: String) {
    outbox(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        to
        subject
        body
        createdAt
        sentAt
      }
    }
  }
`);
