import { graphql } from '@/gql';

export const PraktijkAssignmentQuery = graphql(`
  query PraktijkAssignment($id: ID!) {
    assignment(id: $id) {
      ...PraktijkAssignment
      mySubmission {
        ...PraktijkSubmission
      }
    }
  }
`);
