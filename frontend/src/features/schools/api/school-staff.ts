import { graphql } from '@/gql';

export const SchoolStaffQuery = graphql(`
  query SchoolStaff($schoolId: ID!, $first: Int!, $after: String) {
    people(schoolId: $schoolId, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        roles
        status
        function
        isStarter
      }
    }
  }
`);
