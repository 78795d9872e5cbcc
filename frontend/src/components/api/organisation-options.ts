import { graphql } from '@/gql';

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        plaats
      }
    }
  }
`);
