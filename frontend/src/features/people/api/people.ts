import { graphql } from '@/gql';

export const PeopleQuery = graphql(`
  query People(
    $first: Int!
    $after: String
    $search: String
    $role: Role
    $schoolId: ID
    $starter: Boolean
    $orderBy: PersonOrder
  ) {
    people(first: $first, after: $after, search: $search, role: $role, schoolId: $schoolId, starter: $starter, orderBy: $orderBy) {
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
        isStarter
        createdAt
        schools {
          id
          name
        }
      }
    }
  }
`);
