import { graphql } from '@/gql';

export const SchoolsQuery = graphql(`
  query Schools($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: SchoolOrder) {
    schools(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        brin
        plaats
        region
        staffCount
        organisation {
          id
          name
        }
      }
    }
  }
`);
