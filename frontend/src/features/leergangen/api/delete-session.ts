import { graphql } from '@/gql';

export const DeleteSessionMutation = graphql(`
  mutation DeleteSession($input: DeleteSessionInput!) {
    deleteSession(input: $input) {
      deletedId
    }
  }
`);
