import { graphql } from '@/gql';

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        ...PersonDetailFields
      }
    }
  }
`);
