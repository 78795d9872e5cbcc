import { graphql } from '@/gql';

export const CancelSessionMutation = graphql(`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      session {
        ...SessionRowFields
      }
    }
  }
`);
