import { graphql } from '@/gql';

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      deletedId
    }
  }
`);
