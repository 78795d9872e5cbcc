import { graphql } from '@/gql';

export const SchoolOptionsQuery = graphql(`
  query SchoolOptions($search: String, $organisationId: ID) {
    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      nodes {
        id
        name
        plaats
      }
    }
  }
`);
