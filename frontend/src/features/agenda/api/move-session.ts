import { graphql } from '@/gql';

export const AgendaMoveSessionMutation = graphql(`
  mutation AgendaMoveSession($input: MoveSessionInput!) {
    moveSession(input: $input) {
      session {
        ...AgendaSessionFields
      }
    }
  }
`);
