import { graphql } from '@/gql';

export const CopyLeergangMutation = graphql(`
  mutation CopyLeergang($input: CopyLeergangInput!) {
    copyLeergang(input: $input) {
      leergang {
        ...LeergangDetailFields
      }
    }
  }
`);
