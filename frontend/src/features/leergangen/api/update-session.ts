import { graphql } from '@/gql';

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      session {
        ...SessionRowFields
      }
    }
  }
`);
