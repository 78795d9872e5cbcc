import { graphql } from '@/gql';

export const CreateSessionMutation = graphql(`
  mutation CreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      session {
        ...SessionRowFields
      }
    }
  }
`);
