import { graphql } from '@/gql';

export const PraktijkSubmissionQuery = graphql(`
  query PraktijkSubmission($id: ID!) {
    submission(id: $id) {
      ...PraktijkSubmission
      assignment {
        ...PraktijkAssignment
      }
    }
  }
`);
