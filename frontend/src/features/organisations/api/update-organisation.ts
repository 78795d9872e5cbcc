import { graphql } from '@/gql';

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
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
