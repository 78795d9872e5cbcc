import { graphql } from '@/gql';

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
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
