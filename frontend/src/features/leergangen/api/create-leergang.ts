import { graphql } from '@/gql';

export const CreateLeergangMutation = graphql(`
  mutation CreateLeergang($input: CreateLeergangInput!) {
    createLeergang(input: $input) {
      leergang {
        ...LeergangDetailFields
      }
    }
  }
`);
