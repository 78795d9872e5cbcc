import { graphql } from '@/gql';

export const FrameworksQuery = graphql(`
  query Frameworks($first: Int!, $after: String, $search: String) {
    frameworks(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        isExample
        competencyCount
        aspectCount
        leergangen {
          id
          name
        }
      }
    }
  }
`);

export const FrameworkQuery = graphql(`
  query Framework($id: ID!) {
    framework(id: $id) {
      ...FrameworkDetailFields
    }
  }
`);
