import { graphql } from '@/gql';

export const SaveSubmissionDraftMutation = graphql(`
  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {
    saveSubmissionDraft(input: $input) {
      submission {
        ...PraktijkSubmission
      }
    }
  }
`);
