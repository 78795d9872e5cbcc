import { graphql } from '@/gql';

export const DecideSubmissionMutation = graphql(`
  mutation DecideSubmission($input: DecideSubmissionInput!) {
    decideSubmission(input: $input) {
      submission {
        ...PraktijkSubmission
      }
    }
  }
`);
