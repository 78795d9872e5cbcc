import { graphql } from '@/gql';

export const DeleteOrganisationMutation = graphql(`
  mutation DeleteOrganisation($input: DeleteOrganisationInput!) {
    deleteOrganisation(input: $input) {
      deletedId
    }
  }
`);
