import { graphql } from '@/gql';

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      document {
        ...DocumentFields
      }
    }
  }
`);
