import { graphql } from '@/gql';

export const LeergangenQuery = graphql(`
  query Leergangen($first: Int!, $after: String, $search: String, $status: LeergangStatus) {
    leergangen(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        deelnemerCount
        clientOrganisation {
          id
          name
        }
        leerjaren {
          id
          number
          startsOn
          endsOn
        }
      }
    }
  }
`);
