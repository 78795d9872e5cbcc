import { graphql } from '@/gql';

export const SessionEvaluateMutation = graphql(`
  mutation SessionEvaluate($input: EvaluateSessionInput!) {
    evaluateSession(input: $input) {
      session {
        ...SessionDetailFields
      }
    }
  }
`);
