import { graphql } from '@/gql';

export const UpdateLeergangMutation = graphql(`
  mutation UpdateLeergang($input: UpdateLeergangInput!) {
    updateLeergang(input: $input) {
      leergang {
        ...LeergangDetailFields
      }
    }
  }
`);
