import { graphql } from '@/gql';

export const HandInSubmissionMutation = graphql(`
  mutation HandInSubmission($input: HandInSubmissionInput!) {
    handInSubmission(input: $input) {
      submission {
        ...PraktijkSubmission
      }
    }
  }
`);
