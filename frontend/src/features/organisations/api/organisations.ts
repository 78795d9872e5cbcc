import { graphql } from '@/gql';

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!, $after: String, $search: String, $kind: OrganisationKind, $orderBy: OrganisationOrder) {
    organisations(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        plaats
        schoolCount
        createdAt
      }
    }
  }
`);
