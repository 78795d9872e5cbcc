import { graphql } from '@/gql';

export const SaveFeedbackMutation = graphql(`
  mutation SaveFeedback($input: SaveFeedbackInput!) {
    saveFeedback(input: $input) {
      submission {
        ...PraktijkSubmission
      }
    }
  }
`);
